package org.lantern.people.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.springframework.validation.Errors;

/** The day a child's open placement ended. */
public class EndPlacementForm {

  private DateInput endedOn = new DateInput();

  @Nullable LocalDate validate(Errors errors, DateRules dates) {
    return dates.check(
        endedOn.parse(), DateRules.Kind.EVENT, true, errors, "endedOn", "placement.endedOn");
  }

  public DateInput getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(DateInput endedOn) {
    this.endedOn = endedOn;
  }
}
