package org.lantern.flags;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildPlacement;
import org.lantern.people.Responsibility;
import org.springframework.stereotype.Component;

/**
 * Where the child lives today, from the people module's placement history (which flags already
 * depends on, so this source is flags' own): the kind of place (foster, residential, supported:
 * looked after) and, apart from it, whether another authority placed the child here. Each fact runs
 * from the day the placement started. The placement on the day is read once with the child ({@link
 * FlagSubject#placement}), since the responsible team reads it too.
 */
@Component
class PlacementFacts implements FlagFactSource {

  /** Nothing to read: the placement is in the subject. */
  @Override
  public @Nullable String select() {
    return null;
  }

  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    ChildPlacement now = child.placement();
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
