package org.lantern.scrutiny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outcomes framework and the KPI dashboard show: each indicator's figure for each quarter
 * (computed through its module's {@link IndicatorSource}, or as its agency entered it), rated
 * against the version in force for that quarter, grouped by the agency that reports it. Figures
 * only: reading them is audited as a role-level read.
 */
@Service
public class OutcomeViews {

  /** How many quarters the framework shows by default. */
  public static final int QUARTERS = 6;

  private final Indicators indicators;
  private final IndicatorReturns returns;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  OutcomeViews(
      Indicators indicators,
      IndicatorReturns returns,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.indicators = indicators;
    this.returns = returns;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** One quarter's figure: its version, the figure (if any), its rating, the agency's comment. */
  public record Cell(
      FinancialQuarter quarter,
      Indicator.@Nullable Version version,
      @Nullable BigDecimal figure,
      Rag rag,
      @Nullable String comment,
      boolean newVersion) {

    public String text() {
      return figure == null ? "" : figure.stripTrailingZeros().toPlainString();
    }
  }

  /** An indicator over the quarters. */
  public record Row(Indicator indicator, Indicator.Version shown, String group, List<Cell> cells) {

    /** The latest quarter with a figure, if any. */
    public @Nullable Cell latest() {
      for (int i = cells.size() - 1; i >= 0; i--) {
        if (cells.get(i).figure() != null) {
          return cells.get(i);
        }
      }
      return null;
    }

    /** The figure before the latest, if any. */
    public @Nullable Cell before() {
      Cell latest = latest();
      if (latest == null) {
        return null;
      }
      for (int i = cells.indexOf(latest) - 1; i >= 0; i--) {
        if (cells.get(i).figure() != null) {
          return cells.get(i);
        }
      }
      return null;
    }

    /** "UP", "DOWN", "SAME" or "NONE", against the figure before. */
    public String trend() {
      Cell latest = latest();
      Cell before = before();
      if (latest == null || before == null) {
        return "NONE";
      }
      int c = Objects.requireNonNull(latest.figure()).compareTo(before.figure());
      return c > 0 ? "UP" : c < 0 ? "DOWN" : "SAME";
    }

    /** Whether the trend is an improvement in the indicator's direction. */
    public boolean improving() {
      String t = trend();
      Direction d = Objects.requireNonNull(latest()).version().definition().direction();
      return (t.equals("UP") && d == Direction.HIGHER_IS_BETTER)
          || (t.equals("DOWN") && d == Direction.LOWER_IS_BETTER);
    }
  }

  /** The framework over {@code quarters}, rows grouped by who reports them. */
  public record Framework(List<FinancialQuarter> quarters, List<Row> rows) {}

  /** The framework for the {@code count} quarters ending with {@code last}. */
  @Transactional
  public Framework framework(CurrentUser user, FinancialQuarter last, int count) {
    policy.requireRole(user, Permission.VIEW_OUTCOMES);
    Framework f = build(user.partnershipId(), last, count, false);
    audit.record(
        user,
        AuditAction.VIEW_OUTCOMES,
        null,
        new RecordRef("OUTCOMES_FRAMEWORK", last.code()),
        "ROLE",
        "outcomes framework to " + last.code());
    return f;
  }

  /** The key indicators over the last {@link #QUARTERS} ended quarters. */
  @Transactional
  public Framework kpis(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_OUTCOMES);
    Framework f = build(user.partnershipId(), lastEnded(), QUARTERS, true);
    audit.record(
        user,
        AuditAction.VIEW_OUTCOMES,
        null,
        new RecordRef("KPI_DASHBOARD", lastEnded().code()),
        "ROLE",
        "KPI dashboard");
    return f;
  }

  /** For a pack section: no person, the partnership's own figures (the pack guards itself). */
  Framework forPack(UUID partnershipId, LocalDate on, boolean keyOnly) {
    return build(partnershipId, FinancialQuarter.of(on).previous(), QUARTERS, keyOnly);
  }

  public FinancialQuarter lastEnded() {
    return Quarters.lastEnded(LocalDate.ofInstant(clock.instant(), LanternTime.ZONE));
  }

  private Framework build(UUID partnershipId, FinancialQuarter last, int count, boolean keyOnly) {
    List<FinancialQuarter> quarters = Quarters.upTo(last, count);
    Map<String, Map<UUID, IndicatorReturns.Entered>> entered = returns.entered(partnershipId);
    Map<String, Indicators.Offered> measures = indicators.measures();
    Map<String, Map<UUID, Optional<BigDecimal>>> frozen = indicators.frozen(partnershipId);
    List<Row> rows = new ArrayList<>();
    for (Indicator i : indicators.all(partnershipId)) {
      if (keyOnly && !i.key()) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      Indicator.Version previous = null;
      for (FinancialQuarter q : quarters) {
        Indicator.Version v = i.versionFor(q).orElse(null);
        if (v == null) {
          cells.add(new Cell(q, null, null, Rag.NONE, null, false));
          continue;
        }
        BigDecimal figure = null;
        String comment = null;
        Optional<BigDecimal> closed = frozen.getOrDefault(q.code(), Map.of()).get(i.id());
        if (v.definition().source() == Source.COMPUTED && closed != null) {
          figure = closed.orElse(null);
        } else if (v.definition().source() == Source.COMPUTED) {
          Indicators.Offered o = measures.get(v.definition().measure());
          figure =
              o == null
                  ? null
                  : o.source().figure(o.measure().key(), partnershipId, q).orElse(null);
        } else {
          IndicatorReturns.Entered e = entered.getOrDefault(q.code(), Map.of()).get(i.id());
          figure = e == null ? null : e.figure();
          comment = e == null ? null : e.comment();
        }
        boolean changed = previous != null && !previous.id().equals(v.id());
        cells.add(new Cell(q, v, figure, v.definition().rate(figure), comment, changed));
        previous = v;
      }
      Indicator.Version shown = i.versionFor(last).orElse(i.versions().getFirst());
      String group = shown.agencyName() == null ? "" : shown.agencyName();
      rows.add(new Row(i, shown, group, cells));
    }
    rows.sort(Comparator.comparing(Row::group).thenComparing(r -> r.shown().definition().name()));
    return new Framework(quarters, rows);
  }
}
