package org.lantern.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.lantern.people.ChildSummary;
import org.lantern.referral.HistoricConcern;

/**
 * One part of the demo county's story that a later capability adds (screenings, missing episodes,
 * panels...), written after the children, their concerns and links exist. Each chapter is a bean in
 * this package; the county runs them in {@link #order()} inside its one transaction, so a failed
 * chapter leaves no county at all rather than half of one.
 *
 * <p>Because it is one transaction, a chapter that writes many records through JPA services should
 * flush and clear the persistence context every few dozen records; otherwise each query checks
 * every entity loaded so far and the chapter slows quadratically.
 */
interface DemoChapter {

  /** Lower runs first; leave gaps so later chapters can go between. */
  int order();

  void write(Facts county);

  /**
   * What the chapters build on. {@code random} is the county's own seeded generator, shared in
   * order, so a county is the same every time it is made.
   */
  record Facts(
      DemoOrganisation organisation,
      List<ChildSummary> children,
      Random random,
      Instant now,
      LocalDate today,
      List<HistoricConcern> concerns) {}
}
