package org.lantern.platform;

import org.jspecify.annotations.Nullable;

/**
 * The quarter a figures page shows and its neighbours to move to: the quarter asked for (by its
 * code), kept within the quarters an event can be in, or this one; no previous link before the
 * earliest, no next one into the future. Shared by every quarterly figures page.
 */
public record QuarterChoice(
    FinancialQuarter quarter,
    @Nullable FinancialQuarter previous,
    @Nullable FinancialQuarter next) {

  public static QuarterChoice of(@Nullable String code, DateRules dates) {
    FinancialQuarter today = FinancialQuarter.of(dates.today());
    FinancialQuarter q = FinancialQuarter.parse(code).map(dates::quarter).orElse(today);
    return new QuarterChoice(
        q,
        dates.quarter(q.previous()).equals(q) ? null : q.previous(),
        q.next().start().isAfter(dates.today()) ? null : q.next());
  }
}
