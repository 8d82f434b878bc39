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
import org.lantern.risk.RiskLevel;
import org.lantern.risk.Tracker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's referral of a child straight to the district panel, made through the coordinator, who
 * records it with the partner's own assessment of the child's level: no Lantern screening is needed
 * first, and the child must live in a district. It goes on the next agenda the coordinator builds
 * for that district.
 */
@Service
public class DirectReferrals {

  private final PanelReferrals referrals;
  private final Children children;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final Clock clock;
  private final Tracker tracker;

  DirectReferrals(
      Tracker tracker,
      PanelReferrals referrals,
      Children children,
      Directory directory,
      PanelAccess access,
      AccessPolicy policy,
      Clock clock) {
    this.policy = policy;
    this.tracker = tracker;
    this.referrals = referrals;
    this.children = children;
    this.directory = directory;
    this.access = access;
    this.clock = clock;
  }

  /** The partner's levels a referral can carry. */
  public static final List<RiskLevel> PARTNER_LEVELS =
      List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);

  /**
   * The children on the tracker a partner may refer, at any level, in a district (a child never
   * screened is referred from their file).
   */
  @Transactional
  public List<Tracker.Row> referable(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
    return tracker.rows(user, Tracker.Filter.none()).stream()
        .filter(r -> r.child().districtId() != null)
        .sorted(
            Comparator.comparing(
                (Tracker.Row r) -> r.child().name(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * A child chosen by id, never screened perhaps (so not on the tracker): read for the coordinator
   * through the access policy (audited).
   */
  @Transactional
  public ChildSummary chosen(CurrentUser user, UUID childId) {
    access.requireChild(
        user, Permission.RUN_PANEL, childId, RecordRef.child(childId), "refer to panel");
    return children.summary(childId);
  }

  @Transactional
  public UUID record(
      CurrentUser user,
      UUID childId,
      @Nullable UUID agencyId,
      @Nullable String referrerName,
      @Nullable String reason,
      @Nullable RiskLevel partnerLevel) {
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
    if (partnerLevel == null || !PARTNER_LEVELS.contains(partnerLevel)) {
      throw new PanelRuleException("partnerLevel", "panel.error.partnerLevel");
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
    return referrals
        .save(
            new PanelReferralEntity(
                user.partnershipId(),
                child.districtId(),
                childId,
                agencyId,
                referrerName.strip(),
                reason.strip(),
                partnerLevel,
                user.id(),
                clock.instant()))
        .id();
  }
}
