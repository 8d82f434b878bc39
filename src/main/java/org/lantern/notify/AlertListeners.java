package org.lantern.notify;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.flags.FlagsChecked;
import org.lantern.intelligence.ChildNamedOnNotice;
import org.lantern.missing.MissingEpisodeRecorded;
import org.lantern.missing.ReturnInterviewRecorded;
import org.lantern.panel.PanelReferralDeclined;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.risk.ScreeningSubmitted;
import org.lantern.risk.ServiceReferralMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What raises an alert ({@link AlertRule}). These run inside the transaction that made the change,
 * so the alert and the change are saved together or not at all.
 */
@Component
class AlertListeners {

  private final Alerts alerts;
  private final Directory directory;

  AlertListeners(Alerts alerts, Directory directory) {
    this.alerts = alerts;
    this.directory = directory;
  }

  @EventListener
  void concern(ConcernSubmitted event) {
    if (alerts.allocated(event.childId())) {
      alerts.raise(
          AlertRule.NEW_CONCERN_ON_ALLOCATED_CHILD, event.partnershipId(), event.childId());
    }
  }

  @EventListener
  void screening(ScreeningSubmitted event) {
    if (event.highOrRising()) {
      alerts.raise(AlertRule.SCREENING_HIGH_OR_RISING, event.partnershipId(), event.childId());
    }
  }

  @EventListener
  void interview(ReturnInterviewRecorded event) {
    if (event.factorsPeopleOrPlaces()) {
      alerts.raise(AlertRule.RETURN_INTERVIEW_FACTORS, event.partnershipId(), event.childId());
    }
  }

  @EventListener
  void notice(ChildNamedOnNotice event) {
    alerts.raise(AlertRule.CHILD_NAMED_ON_NOTICE, event.partnershipId(), event.childId());
  }

  @EventListener
  void checked(FlagsChecked event) {
    alerts.raise(
        AlertRule.UNSCHEDULED_CARE_CHECK, event.partnershipId(), event.childId(), event.setting());
  }

  @EventListener
  void missing(MissingEpisodeRecorded event) {
    if (event.repeat()) {
      alerts.raise(AlertRule.REPEAT_MISSING, event.partnershipId(), event.childId());
    }
  }

  @EventListener
  void serviceReferral(ServiceReferralMade event) {
    alerts.raise(AlertRule.SERVICE_REFERRAL_MADE, event.partnershipId(), event.childId());
  }

  /**
   * A declined referral to panel tells the partner who made it, with the reason: the accounts of
   * the referring agency carrying the name the coordinator recorded (the referrer is a name on the
   * referral, not an account).
   */
  @EventListener
  void panelReferralDeclined(PanelReferralDeclined event) {
    Set<UUID> referrers =
        directory.referrers(event.partnershipId()).stream()
            .filter(u -> u.agencyId().equals(event.referringAgencyId()))
            .filter(u -> u.displayName().strip().equalsIgnoreCase(event.referrerName().strip()))
            .map(UserView::id)
            .collect(Collectors.toSet());
    alerts.raise(
        AlertRule.PANEL_REFERRAL_DECLINED,
        event.partnershipId(),
        event.childId(),
        event.reason(),
        referrers);
  }
}
