package org.lantern.flags;

import java.util.List;
import java.util.UUID;
import org.lantern.people.Children;
import org.lantern.people.PlacementType;
import org.springframework.stereotype.Component;

/**
 * Where the child lives, from the people module (which flags already depends on, so this source is
 * flags' own): looked after, or placed here by another authority.
 */
@Component
class PlacementFacts implements FlagFactSource {

  private final Children children;

  PlacementFacts(Children children) {
    this.children = children;
  }

  @Override
  public List<FlagFact> factsAbout(UUID childId) {
    PlacementType placement = children.placements(List.of(childId)).get(childId);
    return placement == null
        ? List.of()
        : List.of(new FlagFact(FlagFact.Kind.PLACEMENT, placement.name(), null, null));
  }
}
