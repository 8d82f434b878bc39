package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A relationship with a child ends with a date: access that rested on it ends, the record of it
 * stays, and the same relationship can begin again later.
 */
@IntegrationTest
class RelationshipEndIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Relationships relationships;
  @Autowired AccessPolicy policy;

  @Test
  void anEndedRelationshipNoLongerOpensTheRecordButStaysOnRecord() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser worker = p.user(Role.MISSING_SERVICE_WORKER);
    ChildRef ref = new ChildRef(child.id(), p.id());

    relationships.link(child.id(), worker.id(), RelationshipKind.PROFESSIONAL_NETWORK);
    assertThat(policy.decide(worker, Permission.VIEW_CHILD_RECORD, ref).allowed()).isTrue();
    assertThat(relationships.current(child.id(), worker.id(), null))
        .extracting(Relationships.Held::kind)
        .containsExactly(RelationshipKind.PROFESSIONAL_NETWORK);

    assertThat(relationships.end(child.id(), worker.id(), RelationshipKind.PROFESSIONAL_NETWORK))
        .isTrue();

    assertThat(policy.decide(worker, Permission.VIEW_CHILD_RECORD, ref).allowed()).isFalse();
    assertThat(relationships.current(child.id(), worker.id(), null)).isEmpty();
    assertThat(relationships.end(child.id(), worker.id(), RelationshipKind.PROFESSIONAL_NETWORK))
        .as("nothing left to end")
        .isFalse();

    relationships.link(child.id(), worker.id(), RelationshipKind.PROFESSIONAL_NETWORK);
    assertThat(policy.decide(worker, Permission.VIEW_CHILD_RECORD, ref).allowed())
        .as("the relationship can begin again")
        .isTrue();
  }

  @Test
  void endingATeamsRelationshipEndsItsMembersAccessAndItsAllocation() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser socialWorker = p.user(Role.SOCIAL_WORKER);
    ChildRef ref = new ChildRef(child.id(), p.id());

    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    assertThat(relationships.allocatedTeam(child.id())).isEqualTo(p.teamId());
    assertThat(policy.decide(socialWorker, Permission.VIEW_CHILD_RECORD, ref).allowed()).isTrue();

    assertThat(relationships.endTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM))
        .isTrue();

    assertThat(relationships.allocatedTeam(child.id())).isNull();
    assertThat(policy.decide(socialWorker, Permission.VIEW_CHILD_RECORD, ref).allowed()).isFalse();
    assertThat(relationships.currentOn(child.id())).isEmpty();
  }
}
