package org.lantern.scrutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lantern.platform.FinancialQuarter;

/** Quarter arithmetic the framework needs. */
public final class Quarters {

  private Quarters() {}

  /** Whether {@code a} comes after {@code b}. */
  public static boolean after(FinancialQuarter a, FinancialQuarter b) {
    return a.code().compareTo(b.code()) > 0;
  }

  /** The last quarter that has ended on {@code today}. */
  public static FinancialQuarter lastEnded(LocalDate today) {
    return FinancialQuarter.of(today).previous();
  }

  /** {@code count} quarters ending with {@code last}, oldest first. */
  public static List<FinancialQuarter> upTo(FinancialQuarter last, int count) {
    List<FinancialQuarter> quarters = new ArrayList<>();
    FinancialQuarter q = last;
    for (int i = 0; i < count; i++) {
      quarters.addFirst(q);
      q = q.previous();
    }
    return quarters;
  }
}
