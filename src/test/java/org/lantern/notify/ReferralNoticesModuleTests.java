package org.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.notify.data.NotificationEntity;
import org.lantern.notify.data.Notifications;
import org.lantern.people.Children;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernDecided;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.ServiceTeams;
import org.lantern.testing.ModuleTestSupport;
import org.lantern.testing.ModuleTestSupport.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The event flow from referral to notify, with the notify module started alone: the events referral
 * publishes as a concern moves become the right inbox notices, each announced with {@link
 * NotificationRaised} (which e-mails it after commit). What notify asks of other modules (who holds
 * a role, a concern's details for the inbox page, who holds a child) is stood in for.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(ModuleTestSupport.class)
class ReferralNoticesModuleTests {

  @MockitoBean Directory directory;
  @MockitoBean ConcernReading concerns;
  @MockitoBean Children children;
  @MockitoBean AuditLog audit;
  @MockitoBean AccessPolicy policy;
  @MockitoBean Relationships relationships; // who holds a child, for alerts (AlertListeners)
  @MockitoBean ServiceTeams serviceTeams; // which team covers a child, for the service's alerts

  @Autowired Notifications notifications;
  @Autowired ModuleTestSupport.Rows rows;

  @Test
  void aConcernNamingExploitationIsCopiedToEveryCoordinator(Scenario scenario) {
    Partnership p = rows.partnership();
    UUID coordinator = rows.user(p, Role.EXPLOITATION_COORDINATOR);
    UUID concern = rows.concern(p, rows.child(p));
    when(directory.usersWithRole(p.id(), Role.EXPLOITATION_COORDINATOR))
        .thenReturn(List.of(user(coordinator, Role.EXPLOITATION_COORDINATOR, p)));

    scenario
        .publish(
            new ConcernSubmitted(
                concern,
                p.id(),
                UUID.randomUUID(),
                Channel.WRITTEN,
                null,
                Set.of(RiskIndicator.CRIMINAL_EXPLOITATION, RiskIndicator.MISSING)))
        .andWaitForEventOfType(NotificationRaised.class)
        .toArriveAndVerify(
            raised ->
                assertThat(notifications.findById(raised.notificationId()))
                    .hasValueSatisfying(
                        n -> {
                          assertThat(n.recipientUserId()).isEqualTo(coordinator);
                          assertThat(n.kind()).isEqualTo(NotificationKind.EXPLOITATION_COPY);
                          assertThat(n.concernId()).isEqualTo(concern);
                        }));
  }

  @Test
  void aPhoneReferralAsksItsReferrerToConfirmInWritingAndCopiesNoOneElse(Scenario scenario) {
    Partnership p = rows.partnership();
    UUID referrer = rows.user(p, Role.PRACTITIONER);
    UUID concern = rows.concern(p, rows.child(p));

    scenario
        .publish(
            new ConcernSubmitted(
                concern,
                p.id(),
                UUID.randomUUID(),
                Channel.VERBAL,
                referrer,
                Set.of(RiskIndicator.MISSING)))
        .andWaitForStateChange(() -> noticesAbout(concern))
        .andVerify(
            notices ->
                assertThat(notices)
                    .singleElement()
                    .satisfies(
                        n -> {
                          assertThat(n.recipientUserId()).isEqualTo(referrer);
                          assertThat(n.kind()).isEqualTo(NotificationKind.CONFIRM_PHONE_REFERRAL);
                        }));
  }

  @Test
  void theReferrerHearsOfTheDecisionOnlyOnce(Scenario scenario) {
    Partnership p = rows.partnership();
    UUID referrer = rows.user(p, Role.PRACTITIONER);
    UUID child = rows.child(p);
    UUID concern = rows.concern(p, child);
    ConcernDecided decided =
        new ConcernDecided(
            concern,
            p.id(),
            child,
            referrer,
            ThresholdDecision.EARLY_HELP,
            "Early help suits the family",
            rows.user(p, Role.FRONT_DOOR),
            Instant.now(),
            null,
            true);

    scenario
        .publish(decided)
        .andWaitForStateChange(() -> noticesAbout(concern))
        .andVerify(
            notices ->
                assertThat(notices)
                    .singleElement()
                    .satisfies(
                        n -> assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_DECIDED)));
    scenario
        .publish(decided)
        .andWaitForStateChange(() -> noticesAbout(concern))
        .andVerify(notices -> assertThat(notices).hasSize(1));
  }

  private List<NotificationEntity> noticesAbout(UUID concern) {
    return notifications.findAll().stream().filter(n -> n.concernId().equals(concern)).toList();
  }

  private static UserView user(UUID id, Role role, Partnership p) {
    return new UserView(id, "user-" + id, "A Person", null, role, p.agencyId(), "Council", null);
  }
}
