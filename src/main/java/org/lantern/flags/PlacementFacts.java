package org.lantern.flags;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildPlacement;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Component;

/**
 * Where the child lives today, from the people module's placement history (which flags already
 * depends on, so this source is flags' own): the kind of place (foster, residential, supported:
 * looked after) and, apart from it, whether another authority placed the child here. Each fact runs
 * from the day the placement started.
 */
@Component
class PlacementFacts implements FlagFactSource {

  private final Placements placements;
  private final Clock clock;

  PlacementFacts(Placements placements, Clock clock) {
    this.placements = placements;
    this.clock = clock;
  }

  @Override
  public List<FlagFact> factsAbout(UUID childId) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    ChildPlacement now = placements.currentOn(childId, today).orElse(null);
    if (now == null) {
      return List.of();
    }
    List<FlagFact> facts = new ArrayList<>();
    facts.add(new FlagFact(FlagFact.Kind.PLACEMENT, now.type().name(), now.startedOn(), null));
    if (now.responsibility() == Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY) {
      facts.add(
          new FlagFact(
              FlagFact.Kind.PLACEMENT, now.responsibility().name(), now.startedOn(), null));
    }
    return facts;
  }
}
