package org.lantern.flags;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.Placements;
import org.lantern.platform.LanternTime;
import org.lantern.platform.PendingWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * A child's flags, current and past: Lantern's own, from every module's facts by {@link FlagRules},
 * and those partner systems sent. Checks nothing: callers have checked access (or are the minimal
 * check, which shows flags only).
 */
@Service
public class ChildFlags {

  /**
   * The modules' sources in order and their selects put together, looked up and built once (on the
   * first check, when every module's beans exist; through a provider because the modules' beans
   * depend on this one), not again on every check.
   */
  private final Supplier<Facts> sources;

  private final JdbcTemplate jdbc;

  private final PartnerFlags partnerFlags;
  private final Children children;
  private final Placements placements;
  private final Clock clock;
  private final PendingWrites pendingWrites;

  ChildFlags(
      ObjectProvider<FlagFactSource> sources,
      PartnerFlags partnerFlags,
      Children children,
      Placements placements,
      Clock clock,
      PendingWrites pendingWrites,
      JdbcTemplate jdbc) {
    this.pendingWrites = pendingWrites;
    this.jdbc = jdbc;
    this.sources = SingletonSupplier.of(() -> Facts.of(sources.orderedStream().toList()));
    this.partnerFlags = partnerFlags;
    this.children = children;
    this.placements = placements;
    this.clock = clock;
  }

  /**
   * The child as every source and the responsible team read it, today: the record already read, and
   * its placement on the day (one statement).
   */
  @Transactional(readOnly = true)
  public FlagSubject subject(ChildSummary child) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return new FlagSubject(child, today, placements.currentOn(child.id(), today).orElse(null));
  }

  /**
   * Every fact every module holds about the child that a flag rule reads: every source's select run
   * as one statement ({@link Facts}), each source handed its own rows. Plain statements, so in a
   * transaction that writes (a larger piece of work, the demo county), what it has persisted
   * through JPA and not yet flushed is flushed first; the check's own read-only transaction has
   * nothing to flush.
   */
  @Transactional(readOnly = true)
  public List<FlagFact> facts(FlagSubject child) {
    pendingWrites.flushBeforePlainRead();
    return sources.get().about(child, jdbc);
  }

  /** The child's flags, current first, then the latest begun first. */
  @Transactional(readOnly = true)
  public List<Flag> of(UUID childId) {
    return of(subject(children.summary(childId)));
  }

  /** The flags of the child already read, current first, then the latest begun first. */
  @Transactional(readOnly = true)
  public List<Flag> of(FlagSubject child) {
    List<Flag> flags = new ArrayList<>(FlagRules.flags(facts(child), child.today()));
    flags.addAll(partnerFlags.of(child.child(), child.today()));
    flags.sort(FlagRules.ORDER);
    return flags;
  }
}
