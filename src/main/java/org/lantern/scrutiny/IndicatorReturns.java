package org.lantern.scrutiny;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' quarterly returns: the lead of the agency an entered indicator names enters its figure
 * for a quarter that has ended and is not closed, within the unit and the indicator's range, with a
 * comment; entering again while the quarter is open replaces the figure. Returns still missing are
 * what the agency's lead is chased for on their home page.
 */
@Service
public class IndicatorReturns {

  /** How many ended quarters back a missing return is still chased. */
  static final int CHASED_QUARTERS = 4;

  private final JdbcClient jdbc;
  private final Indicators indicators;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  IndicatorReturns(
      JdbcClient jdbc, Indicators indicators, AccessPolicy policy, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.indicators = indicators;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** A figure entered for a quarter. */
  public record Entered(
      UUID indicatorId,
      FinancialQuarter quarter,
      BigDecimal figure,
      @Nullable String comment,
      String enteredBy) {}

  /** A return the agency has not made yet: the indicator, its version for the quarter. */
  public record Due(Indicator indicator, Indicator.Version version, FinancialQuarter quarter) {}

  /** Enters (or, while the quarter is open, replaces) the agency's figure for the quarter. */
  @Transactional
  public void enter(
      CurrentUser user,
      UUID indicatorId,
      FinancialQuarter quarter,
      BigDecimal figure,
      @Nullable String comment) {
    RecordRef record = RecordRef.of("INDICATOR", indicatorId);
    policy.requireRole(user, Permission.ENTER_INDICATOR_RETURN, record);
    Indicator indicator = indicators.find(user, indicatorId);
    Indicator.Version version =
        indicator
            .versionFor(quarter)
            .orElseThrow(
                () ->
                    new ScrutinyRejectedException(
                        "quarter", "scrutiny.return.beforeIndicator", quarter.code()));
    IndicatorDefinition d = version.definition();
    policy.requireRole(
        user,
        Permission.ENTER_INDICATOR_RETURN,
        record,
        RecordRule.of(
            d.source() == Source.ENTERED && user.agencyId().equals(d.agencyId()),
            "NOT_INDICATOR_AGENCY"));
    if (today().isBefore(quarter.end())) {
      throw new ScrutinyRejectedException("quarter", "scrutiny.return.notEnded", quarter.code());
    }
    if (indicators.isClosed(user.partnershipId(), quarter)) {
      throw new ScrutinyRejectedException("quarter", "scrutiny.return.closed", quarter.code());
    }
    if (!d.unit().allows(figure)) {
      throw new ScrutinyRejectedException("figure", d.unit().refusalKey());
    }
    if ((d.min() != null && figure.compareTo(d.min()) < 0)
        || (d.max() != null && figure.compareTo(d.max()) > 0)) {
      throw new ScrutinyRejectedException(
          "figure",
          "scrutiny.return.range",
          d.min() == null ? "-" : d.min().toPlainString(),
          d.max() == null ? "-" : d.max().toPlainString());
    }
    jdbc.sql("delete from scrutiny_indicator_return where indicator_id = ? and quarter = ?")
        .params(indicatorId, quarter.code())
        .update();
    jdbc.sql(
            "insert into scrutiny_indicator_return (id, indicator_id, version_id, quarter, figure,"
                + " comment, agency_id, entered_by_user_id, entered_by_name, entered_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            indicatorId,
            version.id(),
            quarter.code(),
            figure,
            comment,
            user.agencyId(),
            user.id(),
            user.displayName(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(
        user,
        AuditAction.ENTER_INDICATOR_RETURN,
        null,
        record,
        "AGENCY",
        "return for " + quarter.code());
  }

  /** The returns this person's agency still owes for ended, open quarters, oldest first. */
  @Transactional(readOnly = true)
  public List<Due> due(CurrentUser user) {
    if (!policy.roleAllows(user, Permission.ENTER_INDICATOR_RETURN)) {
      return List.of();
    }
    List<Due> due = new ArrayList<>();
    List<Indicator> all = indicators.all(user.partnershipId());
    Map<String, Map<UUID, Entered>> entered = entered(user.partnershipId());
    for (FinancialQuarter q : Quarters.upTo(Quarters.lastEnded(today()), CHASED_QUARTERS)) {
      if (indicators.isClosed(user.partnershipId(), q)) {
        continue;
      }
      for (Indicator i : all) {
        i.versionFor(q)
            .filter(v -> v.definition().source() == Source.ENTERED)
            .filter(v -> Objects.equals(v.definition().agencyId(), user.agencyId()))
            .filter(v -> !entered.getOrDefault(q.code(), Map.of()).containsKey(i.id()))
            .ifPresent(v -> due.add(new Due(i, v, q)));
      }
    }
    return due;
  }

  /** Every figure entered in the partnership, by quarter code and indicator. */
  @Transactional(readOnly = true)
  public Map<String, Map<UUID, Entered>> entered(UUID partnershipId) {
    Map<String, Map<UUID, Entered>> all = new HashMap<>();
    jdbc.sql(
            "select r.indicator_id, r.quarter, r.figure, r.comment, r.entered_by_name"
                + " from scrutiny_indicator_return r join scrutiny_indicator i"
                + " on i.id = r.indicator_id where i.partnership_id = ?")
        .param(partnershipId)
        .query(
            rs -> {
              Entered e =
                  new Entered(
                      rs.getObject("indicator_id", UUID.class),
                      FinancialQuarter.parse(rs.getString("quarter")).orElseThrow(),
                      rs.getBigDecimal("figure"),
                      rs.getString("comment"),
                      rs.getString("entered_by_name"));
              all.computeIfAbsent(e.quarter().code(), k -> new HashMap<>()).put(e.indicatorId(), e);
            });
    return all;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LanternTime.ZONE);
  }
}
