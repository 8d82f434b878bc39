package org.lantern.flags;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A module that knows facts flags are raised from (a front-door decision, a screening level, a
 * panel presentation, an abduction notice, repeat missing, a child protection plan). Each module
 * implements it as a bean and {@link ChildFlags} finds every implementation by type, so flags
 * depends on none of them. A source reports facts as they are; whether a fact raises a flag, and
 * from when until when, is decided in one place: {@link FlagRules}. Called without a reader: the
 * caller has checked access (or is the minimal unscheduled-care check, which shows only flags).
 *
 * <p>The flag check from unscheduled care asks every source on every check. So a source does not
 * run its own statement: it gives the one select its facts come from ({@link #select}), and {@link
 * ChildFlags} runs every source's select as one statement (their rows put together with {@code
 * union all}), one round trip to the database for all of them, and hands each source its own rows
 * ({@link #factsFrom}). Each module still owns its query (its tables, its columns) and what its
 * rows mean; flags only puts the queries side by side. No source reads the child itself: the caller
 * has read it once ({@link FlagSubject}).
 */
public interface FlagFactSource {

  /**
   * The select this source's facts are read from, or null when it reads nothing (its facts are in
   * the {@link FlagSubject}). Every {@code ?} in it is the child's id. It answers five columns, in
   * this order, any of them null: the order the rows are to be read in (a number: {@code
   * row_number() over (order by ...)}, or 0 when it does not matter), a text, a time (a timestamp
   * with time zone), a day and a second day (dates); {@link FactRow} names them.
   */
  @Nullable String select();

  /**
   * What this module holds about the child that a flag rule reads, from the rows its select
   * returned for the child (in the order of its first column), in any order.
   */
  List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows);
}
