package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.panel.InviteeSource;
import org.lantern.people.ChildSummary;
import org.lantern.platform.FieldRuleException;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The professional network: members with accounts gain (and lose) access; the bad inputs. */
@IntegrationTest
class NetworkIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Cases cases;
  @Autowired ProfessionalNetwork network;
  @Autowired AccessPolicy policy;
  @Autowired MutableClock clock;
  @Autowired List<InviteeSource> invitees;

  CaseworkScenario s;
  ChildSummary child;
  CurrentUser police;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
    child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    UUID id = cases.caseOf(child.id());
    allocation.allocate(s.manager, id, cases.open(s.frontDoor, id).c().version(), s.worker.id());
    police = s.p.user(Role.POLICE);
  }

  @Test
  void aMemberWithAnAccountCanOpenTheFileUntilTheirMembershipEnds() {
    assertThat(mayOpen(police)).isFalse();

    UUID member = network.add(s.worker, child.id(), account(NetworkRole.POLICE_OFFICER, police));

    assertThat(mayOpen(police)).isTrue();
    NetworkMember added = network.of(s.worker, child.id()).getFirst();
    assertThat(added.agencyName()).isEqualTo(police.agencyName());

    network.end(s.worker, child.id(), member, added.version());

    assertThat(mayOpen(police)).isFalse();
    assertThat(network.of(s.worker, child.id()).getFirst().isCurrent()).isFalse();
  }

  @Test
  void anAgencyContactIsRecordedWithItsAgencyAndAWayToReachThem() {
    network.add(
        s.frontDoor,
        child.id(),
        new ProfessionalNetwork.NewMember(
            NetworkRole.GP, null, "Dr Ash", "Riverside Surgery", "01632 960000", null));

    assertThat(network.current(List.of(child.id())))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.role()).isEqualTo(NetworkRole.GP);
              assertThat(m.agencyName()).isEqualTo("Riverside Surgery");
              assertThat(m.hasAccount()).isFalse();
            });
  }

  @Test
  void noAgencyOrTheSameMemberTwiceIsRefusedAndNothingSaved() {
    assertThatThrownBy(
            () ->
                network.add(
                    s.worker,
                    child.id(),
                    new ProfessionalNetwork.NewMember(
                        NetworkRole.GP, null, "Dr Ash", null, "01632 960000", null)))
        .isInstanceOfSatisfying(
            CaseRuleException.class, e -> assertThat(e.field()).isEqualTo("agency"));

    network.add(s.worker, child.id(), account(NetworkRole.POLICE_OFFICER, police));
    assertThatThrownBy(() -> network.add(s.worker, child.id(), account(NetworkRole.OTHER, police)))
        .isInstanceOfSatisfying(
            CaseRuleException.class, e -> assertThat(e.code()).isEqualTo("casework.network.twice"));
    network.add(
        s.worker,
        child.id(),
        new ProfessionalNetwork.NewMember(
            NetworkRole.GP, null, "Dr Ash", "Riverside Surgery", "01632 960000", null));
    assertThatThrownBy(
            () ->
                network.add(
                    s.worker,
                    child.id(),
                    new ProfessionalNetwork.NewMember(
                        NetworkRole.GP,
                        null,
                        " dr  ash",
                        "RIVERSIDE SURGERY",
                        null,
                        "a@b.invalid")))
        .isInstanceOfSatisfying(
            CaseRuleException.class, e -> assertThat(e.code()).isEqualTo("casework.network.twice"));

    assertThat(network.of(s.worker, child.id())).hasSize(2);
  }

  @Test
  void anEmptyMemberIsRefusedWithEveryMissingDetailAtOnce() {
    assertThatThrownBy(
            () ->
                network.add(
                    s.worker,
                    child.id(),
                    new ProfessionalNetwork.NewMember(null, null, null, null, null, null)))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldRuleException.Problem::field)
                    .containsExactly("role", "name", "agency", "phone"));
    assertThat(network.of(s.worker, child.id())).isEmpty();
  }

  @Test
  void someoneWithoutAccessToTheChildCannotRecordTheNetwork() {
    assertThatThrownBy(
            () -> network.add(s.otherWorker, child.id(), account(NetworkRole.OTHER, police)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(mayOpen(police)).isFalse();
  }

  @Test
  void theNetworkIsInvitedToMeetingsAboutTheChildUntilTheirMembershipEnds() {
    UUID member =
        network.add(
            s.worker,
            child.id(),
            new ProfessionalNetwork.NewMember(
                NetworkRole.GP, null, "Dr Ash", "Riverside Surgery", "01632 960000", null));

    assertThat(invitees)
        .flatExtracting(source -> source.inviteesFor(List.of(child.id())))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.workerName()).isEqualTo("Dr Ash");
              assertThat(i.authority()).isEqualTo("Riverside Surgery");
              assertThat(i.phone()).isEqualTo("01632 960000");
            });

    network.end(
        s.worker, child.id(), member, network.of(s.worker, child.id()).getFirst().version());
    assertThat(invitees)
        .flatExtracting(source -> source.inviteesFor(List.of(child.id())))
        .isEmpty();
  }

  static ProfessionalNetwork.NewMember account(NetworkRole role, CurrentUser who) {
    return new ProfessionalNetwork.NewMember(role, who.id(), null, null, null, null);
  }

  boolean mayOpen(CurrentUser user) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, child.ref()).allowed();
  }
}
