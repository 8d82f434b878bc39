package org.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.notify.data.Notifications;
import org.lantern.people.ChildSummary;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.referral.RiskIndicator;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is copied into a concern (seed 002 ¶99): by default a concern naming sexual exploitation
 * copies in the exploitation coordinator and the specialist safeguarding manager (the managers of
 * the team of that name); a partnership's own rule, from configuration, can add criminal
 * exploitation's leads.
 */
@IntegrationTest
class CopyRuleIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired Inbox inbox;
  @Autowired Notifications notifications;
  @Autowired TransactionTemplate tx;

  TestPartnership p;
  ChildSummary child;
  UUID specialistManager;
  UUID specialistWorker;
  UUID criminalLead;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    child = fixtures.child(p);
    UUID specialist =
        directory.createTeam(p.councilId(), CopySettings.SPECIALIST_SAFEGUARDING_TEAM);
    UUID criminal = directory.createTeam(p.councilId(), "Criminal exploitation " + p.suffix());
    specialistManager = person(Role.TEAM_MANAGER, specialist);
    specialistWorker = person(Role.SOCIAL_WORKER, specialist);
    criminalLead = person(Role.TEAM_MANAGER, criminal);
  }

  @Test
  void byDefaultSexualExploitationCopiesTheCoordinatorAndTheSpecialistSafeguardingManager() {
    UUID cse =
        fixtures.concern(
            p.user(Role.PRACTITIONER),
            child,
            RiskIndicator.SEXUAL_EXPLOITATION,
            RiskIndicator.CRIMINAL_EXPLOITATION);
    UUID online = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.ONLINE_HARM);

    assertThat(copied(cse))
        .as("each once, though both indicators copy the coordinator")
        .containsExactlyInAnyOrder(p.user(Role.EXPLOITATION_COORDINATOR).id(), specialistManager);
    assertThat(copied(online)).isEmpty();
    assertThat(copied(cse)).doesNotContain(specialistWorker, criminalLead);
  }

  @Test
  void aPartnershipsRuleAddsCriminalExploitationsLeads() {
    CopySettings configured =
        settings(
            Map.of(
                "lantern.copies.rules.CRIMINAL_EXPLOITATION",
                "EXPLOITATION_COORDINATOR, TEAM_MANAGER@Criminal exploitation " + p.suffix(),
                "lantern.copies.rules.TRAFFICKING",
                "@" + CopySettings.SPECIALIST_SAFEGUARDING_TEAM));
    ReferralNotices notices = new ReferralNotices(inbox, directory, configured);
    UUID cce = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.ONLINE_HARM);
    UUID trafficking = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.MISSING);

    tx.executeWithoutResult(
        t -> notices.submitted(submitted(cce, RiskIndicator.CRIMINAL_EXPLOITATION)));
    tx.executeWithoutResult(
        t -> notices.submitted(submitted(trafficking, RiskIndicator.TRAFFICKING)));

    assertThat(copied(cce))
        .containsExactlyInAnyOrder(p.user(Role.EXPLOITATION_COORDINATOR).id(), criminalLead);
    assertThat(copied(trafficking))
        .as("everyone in the named team")
        .containsExactlyInAnyOrder(specialistManager, specialistWorker);
    assertThat(configured.table().get(RiskIndicator.SEXUAL_EXPLOITATION))
        .as("a row not written keeps the source's rule")
        .isEqualTo(CopySettings.DEFAULTS.get(RiskIndicator.SEXUAL_EXPLOITATION));
  }

  @Test
  void anEmptyRowSwitchesItOffAndAMistypedRoleStopsTheStart() {
    CopySettings off = settings(Map.of("lantern.copies.rules.CRIMINAL_EXPLOITATION", ""));
    assertThat(off.targetsFor(Set.of(RiskIndicator.CRIMINAL_EXPLOITATION))).isEmpty();
    assertThatThrownBy(
            () -> settings(Map.of("lantern.copies.rules.SEXUAL_EXPLOITATION", "COORDINATR")))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  private ConcernSubmitted submitted(UUID concern, RiskIndicator indicator) {
    return new ConcernSubmitted(
        concern, p.id(), child.id(), Channel.WRITTEN, null, Set.of(indicator));
  }

  private static CopySettings settings(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("lantern.copies", CopySettings.class);
  }

  private List<UUID> copied(UUID concern) {
    return notifications.findAll().stream()
        .filter(n -> n.concernId().equals(concern))
        .filter(n -> n.kind() == NotificationKind.EXPLOITATION_COPY)
        .map(n -> n.recipientUserId())
        .toList();
  }

  private UUID person(Role role, UUID team) {
    String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID();
    return directory.createUser(
        new NewUser(username, "Test " + role, null, null, role, p.councilId(), team));
  }
}
