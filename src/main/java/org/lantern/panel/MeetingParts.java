package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.CrossBorder;
import org.lantern.platform.LanternTime;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.springframework.stereotype.Component;

/**
 * The pieces the panel's views are made of (a meeting's summary, agenda entries, invitees, actions
 * with their owners' names), looked up in one go for a list. Reads no child's record on its own:
 * whoever uses it has checked and audited the children first.
 */
@Component
class MeetingParts {

  private final AgendaItems agenda;
  private final PanelHistory history;
  private final RiskLevels levels;
  private final Children children;
  private final Directory directory;
  private final List<InviteeSource> inviteeSources;
  private final Clock clock;
  private final PanelRecords panels;

  MeetingParts(
      PanelRecords panels,
      AgendaItems agenda,
      PanelHistory history,
      RiskLevels levels,
      Children children,
      Directory directory,
      List<InviteeSource> inviteeSources,
      Clock clock) {
    this.panels = panels;
    this.inviteeSources = inviteeSources;
    this.agenda = agenda;
    this.history = history;
    this.levels = levels;
    this.children = children;
    this.directory = directory;
    this.clock = clock;
  }

  List<MinutesView.Action> actionViews(List<ActionEntity> list, Map<UUID, AgencyView> agencies) {
    Map<UUID, UserView> owners =
        directory.users(
            list.stream().map(ActionEntity::ownerUserId).filter(Objects::nonNull).toList());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return list.stream()
        .sorted(Comparator.comparing(ActionEntity::dueOn))
        .map(
            a ->
                new MinutesView.Action(
                    a.id(),
                    a.childId(),
                    a.description(),
                    a.ownerUserId(),
                    a.ownerUserId() == null
                        ? Objects.requireNonNullElse(a.ownerName(), "")
                        : displayName(owners.get(a.ownerUserId())),
                    a.agencyId() == null || !agencies.containsKey(a.agencyId())
                        ? null
                        : agencies.get(a.agencyId()).name(),
                    a.dueOn(),
                    a.status(),
                    a.status() == ActionStatus.OPEN && a.dueOn().isBefore(today),
                    a.version()))
        .toList();
  }

  Map<UUID, AgencyView> agencies(CurrentUser user) {
    return directory.agencies(user.partnershipId()).stream()
        .collect(Collectors.toMap(AgencyView::id, Function.identity()));
  }

  List<MeetingSummary> summaries(CurrentUser user, List<MeetingEntity> list) {
    Map<UUID, String> names = new LinkedHashMap<>();
    for (PanelEntity p : panels.findByPartnershipId(user.partnershipId())) {
      names.put(p.id(), p.name());
    }
    return list.stream()
        .map(
            m ->
                new MeetingSummary(
                    m.id(),
                    m.panelId(),
                    names.getOrDefault(m.panelId(), ""),
                    m.meetingOn(),
                    m.status(),
                    onAgenda(m.id()).size(),
                    m.version()))
        .toList();
  }

  List<AgendaEntry> entries(List<AgendaItemEntity> items, LocalDate on) {
    List<UUID> ids = items.stream().map(AgendaItemEntity::childId).toList();
    Map<UUID, ChildSummary> kids = children.summaries(ids);
    Map<UUID, RiskLevels.Current> current = levels.current(ids);
    List<AgendaEntry> entries = new ArrayList<>();
    for (AgendaItemEntity i : items) {
      ChildSummary child = Objects.requireNonNull(kids.get(i.childId()));
      RiskLevels.Current level = current.get(i.childId());
      entries.add(
          new AgendaEntry(
              i.childId(),
              child.name(),
              child.dateOfBirth() == null
                  ? null
                  : Period.between(child.dateOfBirth(), on).getYears(),
              level == null ? RiskLevel.NONE : level.level(),
              i.reason(),
              i.detail(),
              history.reReferrals(i.childId()),
              i.removed() ? Objects.requireNonNullElse(i.removedReason(), "") : null,
              i.forNoting()));
    }
    entries.sort(
        Comparator.comparing(AgendaEntry::level)
            .reversed()
            .thenComparing(AgendaEntry::childName, String.CASE_INSENSITIVE_ORDER));
    return entries;
  }

  List<Invitee> invitees(List<UUID> childIds) {
    Map<UUID, CrossBorder> crossBorder = children.crossBorder(childIds);
    Map<UUID, ChildSummary> kids = children.summaries(childIds);
    List<Invitee> invitees = new ArrayList<>();
    for (UUID id : childIds) {
      CrossBorder c = crossBorder.get(id);
      if (c != null && c.placingAuthority() != null && c.hasWorker()) {
        invitees.add(
            new Invitee(
                id,
                kids.get(id).name(),
                c.placingAuthority(),
                Objects.requireNonNull(c.workerName()),
                c.workerEmail(),
                c.workerPhone()));
      }
    }
    // Other modules' invitees (the child's professional network), each person listed once.
    for (InviteeSource source : inviteeSources) {
      for (Invitee more : source.inviteesFor(childIds)) {
        boolean listed =
            invitees.stream()
                .anyMatch(
                    i ->
                        i.childId().equals(more.childId())
                            && i.workerName().equalsIgnoreCase(more.workerName()));
        if (!listed) {
          invitees.add(more);
        }
      }
    }
    return invitees;
  }

  @Nullable String chairName(PanelEntity panel) {
    return panel.chairUserId() == null
        ? null
        : directory.user(panel.chairUserId()).map(UserView::displayName).orElse(null);
  }

  List<AgendaItemEntity> onAgenda(UUID meetingId) {
    return agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
        .filter(i -> !i.removed())
        .toList();
  }

  static String displayName(@Nullable UserView user) {
    return user == null ? "" : user.displayName();
  }
}
