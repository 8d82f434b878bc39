package org.lantern.referral;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.NewChild;

/** The child a concern is about: one Lantern already knows, or one the referrer describes. */
public record ChildChoice(@Nullable UUID existingChildId, @Nullable NewChild newChild) {

  public ChildChoice {
    if ((existingChildId == null) == (newChild == null)) {
      throw new IllegalArgumentException("Choose an existing child or describe a new one");
    }
  }

  public static ChildChoice existing(UUID childId) {
    return new ChildChoice(childId, null);
  }

  public static ChildChoice described(NewChild child) {
    return new ChildChoice(null, child);
  }
}
