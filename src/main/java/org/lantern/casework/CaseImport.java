package org.lantern.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.casework.data.CaseEventEntity;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.casework.data.NetworkMemberEntity;
import org.lantern.casework.data.NetworkMembers;
import org.lantern.referral.ThresholdDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases and networks brought in with history (a council's case system, the demo county): each case
 * as it stands, routed and perhaps allocated, with its steps on the chronology and the
 * relationships it gives. The importer's own work is audited by whoever calls it.
 */
@Service
public class CaseImport {

  private final ChildCases cases;
  private final CaseEvents events;
  private final NetworkMembers network;
  private final Relationships relationships;
  private final Directory directory;

  CaseImport(
      ChildCases cases,
      CaseEvents events,
      NetworkMembers network,
      Relationships relationships,
      Directory directory) {
    this.cases = cases;
    this.events = events;
    this.network = network;
    this.relationships = relationships;
    this.directory = directory;
  }

  /** A case as it stands: routed to a team by a decision, allocated to a worker or not. */
  public record Historic(
      UUID partnershipId,
      UUID childId,
      UUID concernId,
      ThresholdDecision decision,
      String reasons,
      @Nullable UUID teamId,
      Instant routedAt,
      @Nullable UUID workerId,
      @Nullable UUID allocatedBy,
      @Nullable Instant allocatedAt) {}

  /** A network member as it stands. */
  public record HistoricMember(
      UUID partnershipId,
      UUID childId,
      NetworkRole role,
      @Nullable UUID userId,
      String name,
      String agency,
      @Nullable String phone,
      @Nullable String email,
      UUID addedBy,
      Instant addedAt) {}

  @Transactional
  public void importAll(CurrentUser importer, List<Historic> historic) {
    List<Relationships.Link> links = new ArrayList<>();
    List<ChildCaseEntity> made = new ArrayList<>();
    List<CaseEventEntity> steps = new ArrayList<>();
    for (Historic h : historic) {
      ChildCaseEntity c =
          ChildCaseEntity.routed(
              h.partnershipId(),
              h.childId(),
              h.concernId(),
              h.decision(),
              h.reasons(),
              h.teamId(),
              h.routedAt());
      steps.add(
          new CaseEventEntity(
              c.id(),
              h.childId(),
              h.routedAt(),
              h.teamId() == null ? CaseEventKind.CLOSED_AT_FRONT_DOOR : CaseEventKind.ROUTED,
              null,
              importer.agencyName(),
              null));
      if (h.teamId() != null) {
        links.add(
            new Relationships.Link(h.childId(), null, h.teamId(), RelationshipKind.ALLOCATED_TEAM));
      }
      if (h.workerId() != null && h.allocatedAt() != null && h.allocatedBy() != null) {
        c.allocate(h.workerId(), h.allocatedBy(), h.allocatedAt());
        links.add(
            new Relationships.Link(
                h.childId(), h.workerId(), null, RelationshipKind.ALLOCATED_WORKER));
        steps.add(
            new CaseEventEntity(
                c.id(),
                h.childId(),
                h.allocatedAt(),
                CaseEventKind.ALLOCATED,
                h.allocatedBy(),
                importer.agencyName(),
                directory.user(h.workerId()).map(UserView::displayName).orElse(null)));
      }
      made.add(c);
    }
    cases.saveAll(made);
    events.saveAll(steps);
    relationships.linkAll(links);
  }

  @Transactional
  public void importNetwork(List<HistoricMember> members) {
    List<Relationships.Link> links = new ArrayList<>();
    List<NetworkMemberEntity> made = new ArrayList<>();
    for (HistoricMember m : members) {
      made.add(
          new NetworkMemberEntity(
              m.partnershipId(),
              m.childId(),
              new NetworkMemberEntity.Details(
                  m.role(), m.userId(), m.name(), m.agency(), m.phone(), m.email()),
              m.addedBy(),
              m.addedAt()));
      if (m.userId() != null) {
        links.add(
            new Relationships.Link(
                m.childId(), m.userId(), null, RelationshipKind.PROFESSIONAL_NETWORK));
      }
    }
    network.saveAll(made);
    relationships.linkAll(links);
  }
}
