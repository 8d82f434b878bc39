package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultDetails;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * The rules every missing notification meets, however it arrives (form, CSV, API). Each entry point
 * reads dates and times its own way and passes them here; errors use the same codes everywhere.
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
      Clock clock,
      boolean missingAtRead,
      boolean returnedAtRead) {
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
    Instant now = clock.instant();
    if (missingAtRead) {
      if (f.missingAt() == null) {
        errors.rejectValue("missingAt", "missing.missingAt.required");
      } else if (f.missingAt().isAfter(now)) {
        errors.rejectValue("missingAt", "missing.missingAt.future");
      }
    }
    if (returnedAtRead && f.returnedAt() != null) {
      if (f.returnedAt().isAfter(now)) {
        errors.rejectValue("returnedAt", "missing.returnedAt.future");
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
          given == null ? "adultGivenName" : "adultFamilyName", "missing.adult.bothNames");
    }
    length(errors, "adultGivenName", given, 100);
    length(errors, "adultFamilyName", family, 100);
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
