package org.lantern.flags;

import java.util.List;

/**
 * A module that knows facts flags are raised from (a front-door decision, a screening level, a
 * panel presentation, an abduction notice, repeat missing, a child protection plan). Each module
 * implements it as a bean and {@link ChildFlags} finds every implementation by type, so flags
 * depends on none of them. A source reports facts as they are; whether a fact raises a flag, and
 * from when until when, is decided in one place: {@link FlagRules}. Called without a reader: the
 * caller has checked access (or is the minimal unscheduled-care check, which shows only flags).
 *
 * <p>The flag check from unscheduled care calls every source on every check, so a source reads what
 * it needs in one statement where it can, and never reads the child itself: the caller has read it
 * once ({@link FlagSubject}) for every source.
 */
public interface FlagFactSource {

  /** What this module holds about the child that a flag rule reads, in any order. */
  List<FlagFact> factsAbout(FlagSubject child);
}
