package org.lantern.reporting;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;

/**
 * A child presented at a round, as the report card counts them: no name, only the categories.
 *
 * @param level the level the panel recorded at the presentation
 * @param stage new to the panel, continuing, or closed at this round
 * @param placement the type of placement on the day of the round, if recorded
 * @param responsibility who held responsibility for the child then (ours, placed here by another
 *     authority, ours placed elsewhere), if recorded
 */
public record CountedChild(
    RiskLevel level,
    Stage stage,
    Sex sex,
    @Nullable LocalDate dateOfBirth,
    @Nullable PlacementType placement,
    @Nullable Responsibility responsibility) {

  /** Where the child stands with the panel after the round. */
  public enum Stage {
    /** Presented for the first time (or again after the panel closed them), and still open. */
    NEW,
    /** Presented before and still open. */
    CONTINUING,
    /** Closed by the panel at this round. */
    CLOSED
  }

  /** Age bands, as the partnership's data reports use them. */
  public enum AgeBand {
    UNDER_10,
    AGED_10_TO_12,
    AGED_13_TO_15,
    AGED_16_TO_17,
    AGED_18_AND_OVER,
    NOT_KNOWN
  }

  /** The child's age band on the day of the round. */
  public AgeBand ageBand(LocalDate on) {
    if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
      return AgeBand.NOT_KNOWN;
    }
    int age = Period.between(dateOfBirth, on).getYears();
    if (age < 10) {
      return AgeBand.UNDER_10;
    }
    if (age <= 12) {
      return AgeBand.AGED_10_TO_12;
    }
    if (age <= 15) {
      return AgeBand.AGED_13_TO_15;
    }
    return age <= 17 ? AgeBand.AGED_16_TO_17 : AgeBand.AGED_18_AND_OVER;
  }
}
