package org.lantern.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.strategy.data.MeetingAction;
import org.lantern.strategy.data.Participant;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meeting pages show: one meeting, opened by someone who sees the whole meetings section
 * of each of its children's files or was invited to it (audited for each child), and the people a
 * meeting can invite.
 */
@Service
public class ChildMeetingViews {

  private final StrategyMeetings meetings;
  private final StrategyClocks clocks;
  private final AccessPolicy policy;
  private final Children children;
  private final Directory directory;

  ChildMeetingViews(
      StrategyMeetings meetings,
      StrategyClocks clocks,
      AccessPolicy policy,
      Children children,
      Directory directory) {
    this.meetings = meetings;
    this.clocks = clocks;
    this.policy = policy;
    this.children = children;
    this.directory = directory;
  }

  /** The meeting, for someone allowed to see it (each child's access checked and audited). */
  @Transactional
  public MeetingView open(CurrentUser user, UUID meetingId) {
    StrategyMeetingEntity m =
        meetings
            .findById(meetingId)
            .filter(x -> x.partnershipId().equals(user.partnershipId()))
            .orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
    for (UUID childId : m.childIds()) {
      policy.requireMeeting(
          user,
          children.ref(childId),
          m.invited(user.id()),
          RecordRef.of(ChildMeetings.RECORD, meetingId),
          "read a meeting");
    }
    return of(List.of(m)).getFirst();
  }

  /** The people a meeting can invite or give an action to: everyone in the partnership. */
  @Transactional(readOnly = true)
  public List<UserView> people(CurrentUser user) {
    return directory.referrers(user.partnershipId());
  }

  /** People who may lead a child protection plan (social workers and their managers). */
  @Transactional(readOnly = true)
  public List<UserView> socialWorkers(CurrentUser user) {
    return directory.referrers(user.partnershipId()).stream()
        .filter(u -> u.role().permits(Permission.HOLD_CASES))
        .toList();
  }

  /** Views of these meetings (already allowed). */
  @Transactional(readOnly = true)
  public List<MeetingView> of(List<StrategyMeetingEntity> shown) {
    LocalDate today = clocks.today();
    Set<UUID> userIds = new HashSet<>();
    Set<UUID> childIds = new HashSet<>();
    for (StrategyMeetingEntity m : shown) {
      userIds.add(m.startedByUserId());
      m.participants().forEach(p -> userIds.add(p.userId()));
      m.actions().forEach(a -> userIds.add(a.ownerUserId()));
      childIds.addAll(m.childIds());
    }
    Map<UUID, UserView> users = directory.users(userIds);
    Map<UUID, ChildSummary> kids = children.summaries(childIds);
    Map<UUID, String> agencies = new HashMap<>();
    if (!shown.isEmpty()) {
      for (AgencyView a : directory.agencies(shown.getFirst().partnershipId())) {
        agencies.put(a.id(), a.name());
      }
    }
    List<MeetingView> views = new ArrayList<>();
    for (StrategyMeetingEntity m : shown) {
      List<MeetingView.Person> people = new ArrayList<>();
      for (Participant p : m.participants()) {
        people.add(
            new MeetingView.Person(
                p.userId(),
                name(users, p.userId()),
                agencies.getOrDefault(p.agencyId(), ""),
                p.attended()));
      }
      List<MeetingView.Action> actions = new ArrayList<>();
      for (MeetingAction a : m.actions()) {
        actions.add(
            new MeetingView.Action(
                a.description(),
                a.ownerUserId(),
                name(users, a.ownerUserId()),
                a.dueOn(),
                a.doneOn(),
                a.doneOn() == null && a.dueOn().isBefore(today)));
      }
      LocalDate heldOn =
          m.heldAt() == null ? null : LocalDate.ofInstant(m.heldAt(), LanternTime.ZONE);
      views.add(
          new MeetingView(
              m.id(),
              m.kind(),
              List.copyOf(m.childIds()),
              names(kids, m.childIds()),
              name(users, m.startedByUserId()),
              m.startedFrom(),
              m.dueOn(),
              m.concernId() != null,
              m.heldAt(),
              heldOn != null && heldOn.isAfter(m.dueOn()),
              heldOn == null && m.dueOn().isBefore(today),
              m.known(),
              m.decision(),
              m.reasons(),
              m.conferenceDueOn(),
              m.conferenceDueOn() != null
                  && m.conferenceDueOn().isBefore(today)
                  && !clocks.conferenceHeldAfter(m),
              m.nextReviewOn(),
              people,
              actions,
              m.recordedByAgencyId() == null ? null : agencies.get(m.recordedByAgencyId()),
              m.version()));
    }
    return views;
  }

  private static String name(Map<UUID, UserView> users, UUID id) {
    UserView u = users.get(id);
    return u == null ? "" : u.displayName();
  }

  private static String names(Map<UUID, ChildSummary> kids, Collection<UUID> ids) {
    return ids.stream()
        .map(kids::get)
        .filter(Objects::nonNull)
        .map(ChildSummary::name)
        .collect(Collectors.joining(", "));
  }
}
