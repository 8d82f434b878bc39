package org.lantern.strategy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.access.UserView;
import org.lantern.missing.MissingRepeats;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.lantern.strategy.data.ConferenceEntity;
import org.lantern.strategy.data.Conferences;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ChildMeetings on the child's file and chronology (the meetings section): the current plan as an
 * indicator; strategy discussions, risk-management meetings, conferences and plans as a section,
 * with what the viewer may start from it ("hold a risk-management meeting" when the child is
 * missing repeatedly). Someone who sees only the meetings they were invited to sees those and
 * nothing else of the section.
 */
@Component
class StrategyFile implements FilePartSource, ChronologySource {

  private final JdbcClient sql;

  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final StrategyMeetings meetings;
  private final Conferences conferences;
  private final ChildProtectionPlans plans;
  private final ChildMeetingViews views;
  private final MissingRepeats repeats;
  private final AccessPolicy policy;
  private final Children children;
  private final Directory directory;
  private final MessageSource messages;

  StrategyFile(
      StrategyMeetings meetings,
      Conferences conferences,
      ChildProtectionPlans plans,
      ChildMeetingViews views,
      MissingRepeats repeats,
      AccessPolicy policy,
      Children children,
      Directory directory,
      MessageSource messages,
      JdbcClient sql) {
    this.sql = sql;
    this.meetings = meetings;
    this.conferences = conferences;
    this.plans = plans;
    this.views = views;
    this.repeats = repeats;
    this.policy = policy;
    this.children = children;
    this.directory = directory;
    this.messages = messages;
  }

  @Override
  public Section section() {
    return Section.MEETINGS;
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    return plans
        .currentPlan(childId)
        .map(
            p ->
                List.of(
                    new FileIndicator(
                        "strategy.indicator.plan",
                        List.of(text(p.category().messageKey()), WRITTEN.format(p.startedOn())),
                        true,
                        "#strategy-meetings")))
        .orElse(List.of());
  }

  private List<StrategyMeetingEntity> shown(
      UUID childId, CurrentUser viewer, SectionAccess access) {
    return meetings.aboutChild(childId).stream()
        .filter(m -> access.admitsMeeting(m.invited(viewer.id())))
        .toList();
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return section(childId, viewer, meetings.aboutChild(childId), true);
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return section(childId, viewer, shown(childId, viewer, access), access.all());
  }

  private List<FileSection> section(
      UUID childId, CurrentUser viewer, List<StrategyMeetingEntity> shown, boolean all) {
    boolean mayRecord =
        policy.decide(viewer, Permission.RECORD_MEETINGS, children.ref(childId)).allowed();
    if (shown.isEmpty() && !(all && (mayRecord || plans.currentPlan(childId).isPresent()))) {
      return List.of();
    }
    List<MeetingView> meetingViews = new ArrayList<>(views.of(shown));
    Collections.reverse(meetingViews);
    List<ConferenceEntity> held =
        all ? conferences.findByChildIdOrderByHeldOnAsc(childId) : List.of();
    Map<UUID, UserView> workers =
        directory.users(
            held.stream().map(ConferenceEntity::socialWorkerUserId).distinct().toList());
    Map<UUID, String> workerNames = new HashMap<>();
    workers.forEach((id, u) -> workerNames.put(id, u.displayName()));
    Map<String, Object> model = new HashMap<>();
    model.put("childId", childId);
    model.put("meetings", meetingViews);
    model.put("conferences", held.reversed());
    model.put("workerNames", workerNames);
    model.put("plans", all ? plans.plans(childId).reversed() : List.of());
    model.put("mayRecord", mayRecord);
    model.put("repeatMissing", mayRecord && repeats.isRepeat(childId));
    return List.of(new FileSection(15, "strategy/file", "section", model));
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select c.child_id, max(m.held_at) from strategy_meeting m join strategy_meeting_child c on c.meeting_id = m.id where c.child_id in (:ids) group by c.child_id",
        "select child_id, max(held_on) from child_protection_conference where child_id in (:ids) group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    return entries(childId, meetings.aboutChild(childId), true);
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return entries(childId, shown(childId, viewer, access), access.all());
  }

  private List<ChronologyEntry> entries(
      UUID childId, List<StrategyMeetingEntity> shown, boolean withConferences) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (MeetingView m : views.of(shown.stream().filter(StrategyMeetingEntity::isHeld).toList())) {
      entries.add(
          new ChronologyEntry(
              m.heldAt(),
              m.kind().messageKey(),
              m.recordedByAgencyName() == null ? "" : m.recordedByAgencyName(),
              text(m.kind().messageKey()),
              m.reasons(),
              List.of(),
              text(m.decision().messageKey()),
              "/strategy/meetings/" + m.id()));
    }
    if (withConferences) {
      Map<UUID, String> agencies = new HashMap<>();
      ChildSummary child = children.summary(childId);
      directory.agencies(child.partnershipId()).forEach(a -> agencies.put(a.id(), a.name()));
      for (ConferenceEntity c : conferences.findByChildIdOrderByHeldOnAsc(childId)) {
        entries.add(
            new ChronologyEntry(
                c.heldOn().atTime(12, 0).toInstant(ZoneOffset.UTC),
                c.kind().messageKey(),
                agencies.getOrDefault(c.recordedByAgencyId(), ""),
                text(c.kind().messageKey()),
                c.notes(),
                List.of(),
                c.plan()
                    ? messages.getMessage(
                        "strategy.conference.outcome.plan",
                        new Object[] {text(c.category().messageKey())},
                        Locale.UK)
                    : text("strategy.conference.outcome.noPlan"),
                null));
      }
    }
    return entries;
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
