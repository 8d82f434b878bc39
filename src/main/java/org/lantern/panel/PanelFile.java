package org.lantern.panel;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.Amendments;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.lantern.people.KnownFact;
import org.lantern.people.KnownSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Panels on the child's file. Indicators: "presented to panel" (current while the child was on the
 * agenda of their panel's latest approved meeting and not closed there; past otherwise), the
 * re-referral count, and an escalation awaiting the county manager. A section with each approved
 * presentation and the open actions. Each approved presentation on the chronology. Only approved
 * minutes show: a draft is not yet a record.
 */
@Component
class PanelFile implements FilePartSource, ChronologySource, KnownSource {

  private final JdbcClient sql;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final PanelHistory history;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final Actions actions;
  private final Amendments amendments;
  private final Escalations escalations;
  private final MeetingParts parts;
  private final PanelRecords panels;
  private final AccessPolicy policy;
  private final MessageSource messages;

  PanelFile(
      PanelHistory history,
      MeetingRecords meetings,
      AgendaItems agenda,
      Actions actions,
      Amendments amendments,
      Escalations escalations,
      MeetingParts parts,
      PanelRecords panels,
      AccessPolicy policy,
      MessageSource messages,
      JdbcClient sql) {
    this.sql = sql;
    this.policy = policy;
    this.history = history;
    this.meetings = meetings;
    this.agenda = agenda;
    this.actions = actions;
    this.amendments = amendments;
    this.escalations = escalations;
    this.parts = parts;
    this.panels = panels;
    this.messages = messages;
  }

  /** Whether the child is currently a panel child: see the class comment. */
  boolean current(UUID childId, List<PanelHistory.Shown> approved) {
    if (approved.isEmpty()) {
      return false;
    }
    PanelHistory.Shown last = approved.getLast();
    MeetingEntity latest =
        meetings
            .findByPanelIdAndStatusOrderByMeetingOnAsc(
                last.meeting().panelId(), MeetingStatus.MINUTES_APPROVED)
            .getLast();
    return latest.id().equals(last.meeting().id())
        && last.presentation().decision() != PanelDecision.CLOSE
        && agenda.findByMeetingIdAndChildId(latest.id(), childId).isPresent();
  }

  /** For the front door: whether the child is a panel child now, was one, or never went. */
  @Override
  public List<KnownFact> knownAbout(UUID childId, CurrentUser viewer) {
    List<PanelHistory.Shown> approved = history.approved(childId);
    if (approved.isEmpty()) {
      return List.of(new KnownFact(20, "panel.known.never", List.of(), false, null));
    }
    String on = approved.getLast().meeting().meetingOn().format(DATE);
    return List.of(
        current(childId, approved)
            ? new KnownFact(20, "panel.known.current", List.of(on), true, null)
            : new KnownFact(20, "panel.known.past", List.of(on), false, null));
  }

  @Override
  public Section section() {
    return Section.PANELS;
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    List<PanelHistory.Shown> approved = history.approved(childId);
    if (approved.isEmpty()) {
      return List.of();
    }
    List<FileIndicator> indicators = new ArrayList<>();
    String on = approved.getLast().meeting().meetingOn().format(DATE);
    indicators.add(
        current(childId, approved)
            ? new FileIndicator("panel.indicator.current", List.of(on), true, "#panel")
            : new FileIndicator("panel.indicator.past", List.of(on), false, "#panel"));
    int reReferred = history.reReferrals(childId);
    if (reReferred > 0) {
      indicators.add(
          new FileIndicator("panel.indicator.reReferred", List.of(reReferred), true, "#panel"));
    }
    if (escalations.findByChildIdOrderByOpenedAtAsc(childId).stream()
        .anyMatch(e -> e.decidedAt() == null)) {
      indicators.add(new FileIndicator("panel.indicator.escalated", List.of(), true, "#panel"));
    }
    return indicators;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    List<PanelHistory.Shown> approved = history.approved(childId);
    // the coordinator, who records partners' referrals, may refer any child from the file
    boolean mayRefer = policy.roleAllows(viewer, Permission.RUN_PANEL);
    if (approved.isEmpty()) {
      if (!mayRefer) {
        return List.of();
      }
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("childId", childId);
      model.put("mayRefer", true);
      model.put("presentations", List.of());
      model.put("actions", List.of());
      model.put("current", false);
      model.put("reReferrals", 0);
      return List.of(new FileSection(15, "panel/file", "section", model));
    }
    Map<UUID, String> names = panelNames(viewer);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PanelHistory.Shown s : approved.reversed()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meetingOn", s.meeting().meetingOn());
      row.put("panel", names.getOrDefault(s.meeting().panelId(), ""));
      row.put("level", s.presentation().level());
      row.put(
          "change",
          LevelChange.between(s.presentation().previousLevel(), s.presentation().level()));
      row.put("decision", s.presentation().decision());
      rows.add(row);
    }
    List<ActionEntity> open =
        actions.findByChildIdOrderByDueOnAsc(childId).stream()
            .filter(a -> a.status() == ActionStatus.OPEN)
            .toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("childId", childId);
    model.put("mayRefer", mayRefer);
    model.put("presentations", rows);
    model.put("actions", parts.actionViews(open, parts.agencies(viewer)));
    model.put("current", current(childId, approved));
    model.put("reReferrals", history.reReferrals(childId));
    return List.of(new FileSection(15, "panel/file", "section", model));
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select p.child_id, max(m.approved_at) from panel_presentation p join panel_meeting m on m.id = p.meeting_id where p.child_id in (:ids) group by p.child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    Map<UUID, String> names = panelNames(viewer);
    List<ChronologyEntry> entries = new ArrayList<>();
    for (PanelHistory.Shown s : history.approved(childId)) {
      String panel = names.getOrDefault(s.meeting().panelId(), "");
      boolean amended =
          amendments.findByMeetingIdOrderByAmendedAtAsc(s.meeting().id()).stream()
              .anyMatch(a -> childId.equals(a.childId()));
      String decision = message(s.presentation().decision().messageKey());
      entries.add(
          new ChronologyEntry(
              Objects.requireNonNull(s.meeting().approvedAt()),
              "panel.chronology.kind",
              message("panel.chronology.agency", panel),
              message(
                  "panel.chronology.title",
                  panel,
                  s.meeting().meetingOn().format(DATE),
                  message(s.presentation().level().messageKey())),
              s.presentation().discussion(),
              List.of(),
              amended ? message("panel.chronology.amended", decision) : decision,
              "/panel-meetings/" + s.meeting().id() + "/minutes"));
    }
    return entries;
  }

  private Map<UUID, String> panelNames(CurrentUser viewer) {
    return panels.findByPartnershipId(viewer.partnershipId()).stream()
        .collect(Collectors.toMap(PanelEntity::id, PanelEntity::name));
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }
}
