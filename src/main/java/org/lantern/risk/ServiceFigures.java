package org.lantern.risk;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.disclosure.ControlledCount;
import org.lantern.platform.disclosure.ControlledTable;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.platform.disclosure.DisclosureSettings;
import org.lantern.risk.data.ServiceReferralEntity;
import org.lantern.risk.data.ServiceReferralLevelEntity;
import org.lantern.risk.data.ServiceReferralLevels;
import org.lantern.risk.data.ServiceReferralRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exploitation service's figures for a quarter, as the source reports them (seed 002 ¶109: "44
 * referrals received; risk ratings 7 high, 18 medium, 23 low"): referrals received (new ones made
 * in the quarter); risk ratings, each level a child was referred or re-referred at in the quarter
 * (so they can add up to more than the referrals, as the source's do); referrals declined; children
 * worked with (accepted before the quarter ended and not closed before it began); and closures by
 * outcome. Counts only, for the same people as the missing service's figures (the one commissioned
 * service), and the wider-circulation version with small numbers hidden ({@code
 * platform.disclosure}).
 */
@Service
public class ServiceFigures {

  /** The levels the figures show, highest first (as the source lists them). */
  public static final List<RiskLevel> LEVELS =
      List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);

  private final ServiceReferralRecords referrals;
  private final ServiceReferralLevels levels;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final DisclosureSettings disclosure;

  ServiceFigures(
      ServiceReferralRecords referrals,
      ServiceReferralLevels levels,
      AccessPolicy policy,
      AuditLog audit,
      DisclosureSettings disclosure) {
    this.referrals = referrals;
    this.levels = levels;
    this.policy = policy;
    this.audit = audit;
    this.disclosure = disclosure;
  }

  /** A measure by category (a level, an outcome), its total last. */
  public record Breakdown<K>(Map<K, ControlledCount> counts, ControlledCount total) {}

  /**
   * A quarter's figures as shown.
   *
   * @param published whether small numbers were hidden (the wider-circulation version)
   * @param anySuppressed whether any count is hidden (then the page carries the footnote)
   */
  public record Shown(
      FinancialQuarter quarter,
      ControlledCount received,
      Breakdown<RiskLevel> ratings,
      ControlledCount declined,
      ControlledCount childrenWorkedWith,
      Breakdown<ServiceOutcome> closures,
      boolean published,
      boolean anySuppressed,
      int threshold) {}

  /** Whether this person may see every count (the service's own, the coordinator). */
  public boolean seesFullCounts(CurrentUser user) {
    return policy.roleAllows(user, Permission.VIEW_FULL_MISSING_FIGURES);
  }

  /**
   * The quarter's figures: every count if asked for and allowed, otherwise the wider-circulation
   * version. Audited as one view.
   */
  @Transactional
  public Shown shown(CurrentUser user, FinancialQuarter quarter, boolean wantFull) {
    policy.requireRole(user, Permission.VIEW_MISSING_FIGURES);
    var from = quarter.startInstant();
    var to = quarter.endInstant();
    var p = user.partnershipId();
    long received =
        referrals
            .findByPartnershipIdAndReferredAtGreaterThanEqualAndReferredAtLessThan(p, from, to)
            .size();
    Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
    for (ServiceReferralLevelEntity l : levels.referredWithin(p, from, to)) {
      byLevel.merge(l.riskLevel(), 1L, Long::sum);
    }
    List<ServiceReferralEntity> worked = referrals.workedWithin(p, from, to);
    long children = worked.stream().map(ServiceReferralEntity::childId).distinct().count();
    Map<ServiceOutcome, Long> byOutcome = new EnumMap<>(ServiceOutcome.class);
    worked.stream()
        .filter(r -> r.closedAt() != null && r.closedAt().isBefore(to) && r.outcome() != null)
        .forEach(r -> byOutcome.merge(r.outcome(), 1L, Long::sum));
    long declined = referrals.declinedWithin(p, from, to);
    audit.record(
        user,
        AuditAction.VIEW_MISSING_FIGURES,
        null,
        new RecordRef("SERVICE_FIGURES", quarter.code()),
        "ROLE",
        "exploitation service figures " + quarter.code());
    boolean full = wantFull && seesFullCounts(user);
    DisclosureControl control = full ? new DisclosureControl(1) : disclosure.control();
    Breakdown<RiskLevel> ratings = breakdown(control, LEVELS, byLevel);
    Breakdown<ServiceOutcome> closures =
        breakdown(control, List.of(ServiceOutcome.values()), byOutcome);
    ControlledCount r = control.single(received);
    ControlledCount d = control.single(declined);
    ControlledCount c = control.single(children);
    boolean any =
        r.suppressed()
            || d.suppressed()
            || c.suppressed()
            || ratings.total().suppressed()
            || closures.total().suppressed()
            || ratings.counts().values().stream().anyMatch(ControlledCount::suppressed)
            || closures.counts().values().stream().anyMatch(ControlledCount::suppressed);
    return new Shown(quarter, r, ratings, d, c, closures, !full, any, control.threshold());
  }

  private static <K> Breakdown<K> breakdown(
      DisclosureControl control, List<K> keys, Map<K, Long> counts) {
    long[] column = keys.stream().mapToLong(k -> counts.getOrDefault(k, 0L)).toArray();
    ControlledTable table = control.column(column);
    Map<K, ControlledCount> shown = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      shown.put(keys.get(i), table.cell(i, 0));
    }
    return new Breakdown<>(shown, table.columnTotal(0));
  }
}
