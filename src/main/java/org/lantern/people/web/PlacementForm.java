package org.lantern.people.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lantern.people.CrossBorder;
import org.lantern.people.PlacementType;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * Where the child lives, as chosen on the placement page, and for a cross-border placement who
 * holds responsibility: the placing authority and its worker, or where ours is placed and whom to
 * inform.
 */
public class PlacementForm {

  private @Nullable String placement;
  private @Nullable String placingAuthority;
  private @Nullable String workerName;
  private @Nullable String workerEmail;
  private @Nullable String workerPhone;
  private @Nullable String placedIn;
  private @Nullable String informWhom;

  void validate(Errors errors) {
    PlacementType chosen = chosen();
    if (chosen == null) {
      errors.rejectValue("placement", "placement.required");
    }
    if (chosen == PlacementType.PLACED_HERE_BY_ANOTHER_AUTHORITY
        && Texts.isBlank(placingAuthority)) {
      errors.rejectValue("placingAuthority", "placement.crossBorder.authority.required");
    }
    if (chosen == PlacementType.PLACED_ELSEWHERE_BY_US && Texts.isBlank(placedIn)) {
      errors.rejectValue("placedIn", "placement.crossBorder.placedIn.required");
    }
    for (String[] f :
        new String[][] {
          {"placingAuthority", placingAuthority},
          {"workerName", workerName},
          {"workerEmail", workerEmail},
          {"placedIn", placedIn}
        }) {
      String v = Texts.clean(f[1]);
      if (v != null && v.length() > 200) {
        errors.rejectValue(f[0], "placement.crossBorder.tooLong", new Object[] {200}, null);
      }
    }
    String email = Texts.clean(workerEmail);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      errors.rejectValue("workerEmail", "placement.crossBorder.email.invalid");
    }
    String phone = Texts.clean(workerPhone);
    if (phone != null && !phone.matches("[0-9 +()-]{6,40}")) {
      errors.rejectValue("workerPhone", "placement.crossBorder.phone.invalid");
    }
    String inform = Texts.clean(informWhom);
    if (inform != null && inform.length() > 500) {
      errors.rejectValue("informWhom", "placement.crossBorder.tooLong", new Object[] {500}, null);
    }
  }

  /** The cross-border details entered (the file keeps only those that fit the placement). */
  CrossBorder crossBorder() {
    return new CrossBorder(
        Texts.clean(placingAuthority),
        Texts.clean(workerName),
        Texts.clean(workerEmail),
        Texts.clean(workerPhone),
        Texts.clean(placedIn),
        Texts.clean(informWhom));
  }

  void fill(CrossBorder c) {
    placingAuthority = c.placingAuthority();
    workerName = c.workerName();
    workerEmail = c.workerEmail();
    workerPhone = c.workerPhone();
    placedIn = c.placedIn();
    informWhom = c.informWhom();
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

  public @Nullable String getPlacingAuthority() {
    return placingAuthority;
  }

  public void setPlacingAuthority(@Nullable String placingAuthority) {
    this.placingAuthority = placingAuthority;
  }

  public @Nullable String getWorkerName() {
    return workerName;
  }

  public void setWorkerName(@Nullable String workerName) {
    this.workerName = workerName;
  }

  public @Nullable String getWorkerEmail() {
    return workerEmail;
  }

  public void setWorkerEmail(@Nullable String workerEmail) {
    this.workerEmail = workerEmail;
  }

  public @Nullable String getWorkerPhone() {
    return workerPhone;
  }

  public void setWorkerPhone(@Nullable String workerPhone) {
    this.workerPhone = workerPhone;
  }

  public @Nullable String getPlacedIn() {
    return placedIn;
  }

  public void setPlacedIn(@Nullable String placedIn) {
    this.placedIn = placedIn;
  }

  public @Nullable String getInformWhom() {
    return informWhom;
  }

  public void setInformWhom(@Nullable String informWhom) {
    this.informWhom = informWhom;
  }
}
