package org.lantern.panel;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.PanelReferralEntity;
import org.lantern.panel.data.PanelReferrals;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.risk.RiskLevels;
import org.lantern.risk.Tracker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's referral of a child straight to the district panel, made through the coordinator, who
 * records it: the child must be at medium or high risk now and live in a district. It goes on the
 * next agenda the coordinator builds for that district.
 */
@Service
public class DirectReferrals {

  private final PanelReferrals referrals;
  private final Children children;
  private final RiskLevels levels;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final Clock clock;
  private final Tracker tracker;

  DirectReferrals(
      Tracker tracker,
      PanelReferrals referrals,
      Children children,
      RiskLevels levels,
      Directory directory,
      PanelAccess access,
      AccessPolicy policy,
      Clock clock) {
    this.policy = policy;
    this.tracker = tracker;
    this.referrals = referrals;
    this.children = children;
    this.levels = levels;
    this.directory = directory;
    this.access = access;
    this.clock = clock;
  }

  /** The children a partner may refer: medium or high on the tracker, in a district. */
  @Transactional
  public List<Tracker.Row> referable(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
    return tracker.rows(user, Tracker.Filter.none()).stream()
        .filter(r -> r.level().serious() && r.child().districtId() != null)
        .sorted(
            Comparator.comparing(
                (Tracker.Row r) -> r.child().name(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  @Transactional
  public UUID record(
      CurrentUser user,
      UUID childId,
      @Nullable UUID agencyId,
      @Nullable String referrerName,
      @Nullable String reason) {
    if (agencyId == null
        || directory
            .agency(agencyId)
            .map(AgencyView::partnershipId)
            .filter(user.partnershipId()::equals)
            .isEmpty()) {
      throw new PanelRuleException("agencyId", "panel.error.referralAgency");
    }
    if (referrerName == null || referrerName.isBlank() || referrerName.length() > 200) {
      throw new PanelRuleException("referrerName", "panel.error.referrerName");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new PanelRuleException("reason", "panel.error.referralReason");
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        RecordRef.child(childId),
        "record a partner's referral to panel");
    ChildSummary child = children.summary(childId);
    if (child.districtId() == null) {
      throw new PanelRuleException("childId", "panel.error.noDistrict");
    }
    if (!levels.of(childId).serious()) {
      throw new PanelRuleException("childId", "panel.error.referralNotMediumHigh");
    }
    return referrals
        .save(
            new PanelReferralEntity(
                user.partnershipId(),
                child.districtId(),
                childId,
                agencyId,
                referrerName.strip(),
                reason.strip(),
                user.id(),
                clock.instant()))
        .id();
  }
}
