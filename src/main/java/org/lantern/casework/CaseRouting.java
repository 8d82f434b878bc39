package org.lantern.casework;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Directory;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.casework.data.CaseEventEntity;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.referral.ConcernDecided;
import org.lantern.referral.DecisionRouting;
import org.lantern.referral.ThresholdDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The front door's decision routes the child, in the decision's own transaction (the decision and
 * its routing are saved together or not at all): exploitation pathway and strategy discussion to
 * the team chosen (by default the district's), early help to the early-help team, no further action
 * closes. A closed case is reopened by a new decision that routes the child; an open case stays
 * with its team and worker whatever a later concern decides.
 */
@Component
class CaseRouting {

  private final ChildCases cases;
  private final CaseEvents events;
  private final TeamRouting teams;
  private final Relationships relationships;
  private final Directory directory;

  CaseRouting(
      ChildCases cases,
      CaseEvents events,
      TeamRouting teams,
      Relationships relationships,
      Directory directory) {
    this.cases = cases;
    this.events = events;
    this.teams = teams;
    this.relationships = relationships;
    this.directory = directory;
  }

  @EventListener
  void decided(ConcernDecided event) {
    ThresholdDecision decision = event.decision();
    boolean routes = DecisionRouting.routesToTeam(decision);
    @Nullable UUID team =
        !routes
            ? null
            : event.teamId() != null
                ? event.teamId()
                : teams.defaultTeam(event.partnershipId(), decision, event.childId());
    String agency = directory.user(event.decidedByUserId()).map(UserView::agencyName).orElse("");
    ChildCaseEntity existing =
        cases.findFirstByChildIdOrderByRoutedAtDesc(event.childId()).orElse(null);
    if (existing != null && (existing.status().isOpen() || !routes)) {
      return;
    }
    ChildCaseEntity routed;
    CaseEventKind kind;
    if (existing != null) {
      existing.reopen(event.concernId(), decision, event.reasons(), team, event.decidedAt());
      routed = existing;
      kind = CaseEventKind.REOPENED;
    } else {
      routed =
          ChildCaseEntity.routed(
              event.partnershipId(),
              event.childId(),
              event.concernId(),
              decision,
              event.reasons(),
              team,
              event.decidedAt());
      kind = routes ? CaseEventKind.ROUTED : CaseEventKind.CLOSED_AT_FRONT_DOOR;
    }
    cases.save(routed);
    String teamName = team == null ? null : directory.teamNames(List.of(team)).get(team);
    events.save(
        new CaseEventEntity(
            routed.id(),
            event.childId(),
            event.decidedAt(),
            kind,
            event.decidedByUserId(),
            agency,
            teamName));
    if (team != null) {
      relationships.linkTeam(event.childId(), team, RelationshipKind.ALLOCATED_TEAM);
    }
  }
}
