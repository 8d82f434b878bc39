package org.lantern.flags;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.platform.LanternTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's flags, current and past: Lantern's own, from every module's facts by {@link FlagRules},
 * and those partner systems sent. Checks nothing: callers have checked access (or are the minimal
 * check, which shows flags only).
 */
@Service
public class ChildFlags {

  private final ObjectProvider<FlagFactSource> sources;
  private final PartnerFlags partnerFlags;
  private final Clock clock;

  ChildFlags(ObjectProvider<FlagFactSource> sources, PartnerFlags partnerFlags, Clock clock) {
    this.sources = sources;
    this.partnerFlags = partnerFlags;
    this.clock = clock;
  }

  /** Every fact every module holds about the child that a flag rule reads. */
  @Transactional(readOnly = true)
  public List<FlagFact> facts(UUID childId) {
    List<FlagFact> facts = new ArrayList<>();
    sources.orderedStream().forEach(s -> facts.addAll(s.factsAbout(childId)));
    return facts;
  }

  /** The child's flags, current first, then the latest begun first. */
  @Transactional(readOnly = true)
  public List<Flag> of(UUID childId) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<Flag> flags = new ArrayList<>(FlagRules.flags(facts(childId), today));
    flags.addAll(partnerFlags.of(childId, today));
    flags.sort(FlagRules.ORDER);
    return flags;
  }
}
