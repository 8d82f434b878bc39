package org.lantern.notify;

import org.lantern.flags.FlagsChecked;
import org.lantern.intelligence.ChildNamedOnNotice;
import org.lantern.missing.MissingEpisodeRecorded;
import org.lantern.missing.ReturnInterviewRecorded;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.risk.ScreeningSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What raises an alert ({@link AlertRule}). These run inside the transaction that made the change,
 * so the alert and the change are saved together or not at all.
 */
@Component
class AlertListeners {

  private final Alerts alerts;

  AlertListeners(Alerts alerts) {
    this.alerts = alerts;
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
}
