package org.lantern.people.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.springframework.validation.Errors;

/** Where the child lives, as chosen on the placement page. */
public class PlacementForm {

  private @Nullable String placement;

  void validate(Errors errors) {
    if (chosen() == null) {
      errors.rejectValue("placement", "placement.required");
    }
  }

  /** The placement chosen, or null when none (or something not on the list) was sent. */
  @Nullable PlacementType chosen() {
    return Arrays.stream(PlacementType.values())
        .filter(p -> p.name().equals(placement))
        .findFirst()
        .orElse(null);
  }

  public @Nullable String getPlacement() {
    return placement;
  }

  public void setPlacement(@Nullable String placement) {
    this.placement = placement;
  }
}
