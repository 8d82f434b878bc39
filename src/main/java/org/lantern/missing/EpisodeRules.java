package org.lantern.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultDetails;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * The rules every missing notification meets, however it arrives (form, CSV, API). Each entry point
 * reads dates and times its own way and passes them here; errors use the same codes everywhere.
 * Dates follow the partnership's one date rule ({@link DateRules}): the times are events, not in
 * the future nor before the earliest event; a child's date of birth puts them in the age range on
 * the day they went missing.
 */
public final class EpisodeRules {

  private EpisodeRules() {}

  /** What was sent, read but not yet checked. */
  public record Fields(
      @Nullable String policeReference,
      @Nullable String missingFrom,
      @Nullable Instant missingAt,
      @Nullable String missingLocation,
      @Nullable Instant returnedAt,
      @Nullable String returnedLocation,
      @Nullable String foundWith,
      @Nullable String adultGivenName,
      @Nullable String adultFamilyName,
      @Nullable LocalDate adultDateOfBirth,
      @Nullable String riskGrading) {}

  /**
   * Checks the fields; {@code missingAtRead} and {@code returnedAtRead} say whether the entry point
   * could read those times at all (it rejects them itself when not).
   */
  public static void check(
      Fields f,
      Errors errors,
      MissingSettings settings,
      DateRules dates,
      boolean missingAtRead,
      boolean returnedAtRead) {
    check(
        f,
        errors,
        settings,
        dates,
        missingAtRead,
        returnedAtRead,
        "adultGivenName",
        "adultFamilyName");
  }

  /**
   * As above, with the adult's names reported under the given fields (the form's {@code
   * adult.givenName}; the API's and the upload's {@code adultGivenName}).
   */
  public static void check(
      Fields f,
      Errors errors,
      MissingSettings settings,
      DateRules dates,
      boolean missingAtRead,
      boolean returnedAtRead,
      String givenNameField,
      String familyNameField) {
    String reference = Texts.clean(f.policeReference());
    if (reference == null) {
      errors.rejectValue("policeReference", "missing.policeReference.required");
    } else if (!settings.isPoliceReference(MissingSettings.normalise(reference))) {
      errors.rejectValue(
          "policeReference",
          "missing.policeReference.format",
          new Object[] {settings.policeReferenceExample()},
          null);
    }
    if (enumValue(MissingFrom.class, f.missingFrom()) == null) {
      errors.rejectValue("missingFrom", "missing.missingFrom.required");
    }
    if (enumValue(RiskGrading.class, f.riskGrading()) == null) {
      errors.rejectValue("riskGrading", "missing.riskGrading.required");
    }
    if (missingAtRead) {
      DateRules.Problem problem = f.missingAt() == null ? null : dates.event(f.missingAt());
      if (f.missingAt() == null) {
        errors.rejectValue("missingAt", "missing.missingAt.required");
      } else if (problem != null) {
        DateRules.report(errors, "missingAt", "missing.missingAt", problem);
      }
    }
    if (returnedAtRead && f.returnedAt() != null) {
      DateRules.Problem problem = dates.event(f.returnedAt());
      if (problem != null) {
        DateRules.report(errors, "returnedAt", "missing.returnedAt", problem);
      } else if (f.missingAt() != null && f.returnedAt().isBefore(f.missingAt())) {
        errors.rejectValue("returnedAt", "missing.returnedAt.beforeMissing");
      }
    }
    length(errors, "missingLocation", f.missingLocation(), 300);
    length(errors, "returnedLocation", f.returnedLocation(), 300);
    length(errors, "foundWith", f.foundWith(), 300);
    String given = Texts.clean(f.adultGivenName());
    String family = Texts.clean(f.adultFamilyName());
    if ((given == null) != (family == null)) {
      errors.rejectValue(
          given == null ? givenNameField : familyNameField, "missing.adult.bothNames");
    }
    length(errors, givenNameField, given, 100);
    length(errors, familyNameField, family, 100);
  }

  /**
   * The missing child's date of birth as an entry point read it ({@code unreadableKey} says it
   * could not be read), judged on the day the child went missing: the date when it is good,
   * otherwise null with the error under {@code field}.
   */
  public static @Nullable LocalDate childBirth(
      DateInput.Parsed typed,
      @Nullable Instant missingAt,
      DateRules dates,
      Errors errors,
      String field,
      String unreadableKey) {
    return switch (typed) {
      case DateInput.Empty empty -> null;
      case DateInput.Invalid invalid -> {
        errors.rejectValue(field, unreadableKey);
        yield null;
      }
      case DateInput.Valid valid -> {
        LocalDate asOf =
            missingAt == null ? null : missingAt.atZone(LanternTime.ZONE).toLocalDate();
        DateRules.Problem problem = dates.childBirth(valid.date(), asOf);
        if (problem != null) {
          DateRules.report(errors, field, "missing.dateOfBirth", problem);
          yield null;
        }
        yield valid.date();
      }
    };
  }

  /** The date of birth of the adult the child was found with, judged the same way. */
  public static @Nullable LocalDate adultBirth(
      DateInput.Parsed typed, DateRules dates, Errors errors, String field, String unreadableKey) {
    return switch (typed) {
      case DateInput.Empty empty -> null;
      case DateInput.Invalid invalid -> {
        errors.rejectValue(field, unreadableKey);
        yield null;
      }
      case DateInput.Valid valid -> {
        DateRules.Problem problem = dates.adultBirth(valid.date());
        if (problem != null) {
          DateRules.report(errors, field, "missing.adultDateOfBirth", problem);
          yield null;
        }
        yield valid.date();
      }
    };
  }

  /** The checked fields as an episode for the child. Call only when {@link #check} passed. */
  public static EpisodeDetails details(UUID childId, Fields f) {
    String given = Texts.clean(f.adultGivenName());
    String family = Texts.clean(f.adultFamilyName());
    AdultDetails adult =
        given == null || family == null
            ? null
            : new AdultDetails(given, family, f.adultDateOfBirth());
    return new EpisodeDetails(
        childId,
        MissingSettings.normalise(f.policeReference()),
        enumValue(MissingFrom.class, f.missingFrom()),
        f.missingAt(),
        Texts.clean(f.missingLocation()),
        f.returnedAt(),
        Texts.clean(f.returnedLocation()),
        Texts.clean(f.foundWith()),
        adult,
        enumValue(RiskGrading.class, f.riskGrading()));
  }

  private static void length(Errors errors, String field, @Nullable String value, int max) {
    String v = Texts.clean(value);
    if (v != null && v.length() > max) {
      errors.rejectValue(field, "missing.text.tooLong", new Object[] {max}, null);
    }
  }

  static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
    String v = Texts.clean(value);
    return v == null
        ? null
        : Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equalsIgnoreCase(v))
            .findFirst()
            .orElse(null);
  }
}
