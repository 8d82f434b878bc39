package org.lantern.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildDescriptionInput;
import org.lantern.people.NewChild;
import org.lantern.people.Postcode;
import org.lantern.people.Sex;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * The rules a concern and a described child must meet, the same for the web form, the phone form
 * and the API. Errors are reported against field names (with a prefix, such as {@code child.} for
 * the API) as message keys. Dates follow the partnership's one date rule ({@link DateRules}): the
 * child in the age range on the day it happened, which is neither in the future nor before the
 * earliest event.
 */
public final class ConcernRules {

  public static final int MAX_NAME = 100;
  public static final int MAX_MIDDLE_NAMES = 200;
  public static final int MAX_WHAT_HAPPENED = 10_000;
  public static final int MAX_LOCATION = 500;
  public static final int MAX_REASONS = 5_000;
  public static final String NO_INDICATORS = "NONE";

  private ConcernRules() {}

  /** A child as typed. */
  public record ChildFields(
      @Nullable String givenName,
      @Nullable String middleNames,
      @Nullable String familyName,
      @Nullable String knownAs,
      @Nullable String sex,
      DateInput.Parsed dateOfBirth,
      @Nullable String nhsNumber,
      @Nullable String upn,
      @Nullable String postcode) {}

  /** A concern as typed. */
  public record ConcernFields(
      @Nullable String whatHappened,
      DateInput.Parsed occurredOn,
      @Nullable String location,
      List<String> indicators,
      @Nullable Boolean immediateDanger) {}

  /**
   * Checks a described child; {@code concern} is the concern about them, whose date is the day the
   * child's age is judged on.
   */
  public static void checkChild(
      ChildFields f, ConcernFields concern, Errors errors, String prefix, DateRules dates) {
    name(f.givenName(), prefix + "givenName", true, MAX_NAME, errors);
    name(f.middleNames(), prefix + "middleNames", false, MAX_MIDDLE_NAMES, errors);
    name(f.familyName(), prefix + "familyName", true, MAX_NAME, errors);
    name(f.knownAs(), prefix + "knownAs", false, MAX_NAME, errors);
    if (sex(f.sex()) == null) {
      errors.rejectValue(prefix + "sex", "concern.sex.required");
    }
    DateRules.Problem born =
        switch (f.dateOfBirth()) {
          case DateInput.Valid v ->
              dates.childBirth(
                  v.date(),
                  concern.occurredOn() instanceof DateInput.Valid on
                          && dates.event(on.date()) == null
                      ? on.date()
                      : null);
          default -> dates.judge(f.dateOfBirth(), DateRules.Kind.CHILD_BIRTH, false);
        };
    if (born != null) {
      DateRules.report(errors, prefix + "dateOfBirth", "concern.dateOfBirth", born);
    }
    ChildDescriptionInput.checkIdentifiers(f.nhsNumber(), f.upn(), errors, prefix);
    if (!Texts.isBlank(f.postcode()) && !Postcode.isValid(f.postcode())) {
      errors.rejectValue(prefix + "postcode", "concern.postcode.invalid");
    }
  }

  public static void checkConcern(ConcernFields f, Errors errors, String prefix, DateRules dates) {
    // checked in the order the form asks, so the error summary lists errors in page order
    if (f.immediateDanger() == null) {
      errors.rejectValue(prefix + "immediateDanger", "concern.immediateDanger.required");
    }
    String what = Texts.clean(f.whatHappened());
    if (what == null) {
      errors.rejectValue(prefix + "whatHappened", "concern.whatHappened.required");
    } else if (what.length() > MAX_WHAT_HAPPENED) {
      errors.rejectValue(prefix + "whatHappened", "concern.whatHappened.tooLong");
    }
    dates.check(
        f.occurredOn(),
        DateRules.Kind.EVENT,
        true,
        errors,
        prefix + "occurredOn",
        "concern.occurredOn");
    String location = Texts.clean(f.location());
    if (location != null && location.length() > MAX_LOCATION) {
      errors.rejectValue(prefix + "location", "concern.location.tooLong");
    }
    checkIndicators(f.indicators(), errors, prefix + "indicators");
  }

  private static void checkIndicators(List<String> given, Errors errors, String field) {
    if (given.isEmpty()) {
      errors.rejectValue(field, "concern.indicators.required");
      return;
    }
    boolean none = given.contains(NO_INDICATORS);
    if (none && given.size() > 1) {
      errors.rejectValue(field, "concern.indicators.noneAndSome");
      return;
    }
    for (String code : given) {
      if (code == null || (!code.equals(NO_INDICATORS) && indicator(code) == null)) {
        errors.rejectValue(field, "concern.indicators.unknown");
        return;
      }
    }
  }

  public static NewChild newChild(ChildFields f, @Nullable UUID districtId) {
    return new NewChild(
        Texts.clean(f.givenName()),
        Texts.clean(f.middleNames()),
        Texts.clean(f.familyName()),
        Texts.clean(f.knownAs()),
        sex(f.sex()),
        f.dateOfBirth() instanceof DateInput.Valid v ? v.date() : null,
        ChildDescriptionInput.nhsNumber(f.nhsNumber()),
        ChildDescriptionInput.upn(f.upn()),
        Texts.isBlank(f.postcode()) ? null : Postcode.parse(f.postcode()),
        districtId);
  }

  public static ConcernContent content(ConcernFields f) {
    Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
    for (String code : f.indicators()) {
      RiskIndicator indicator = code == null ? null : indicator(code);
      if (indicator != null) {
        indicators.add(indicator);
      }
    }
    return new ConcernContent(
        Texts.clean(f.whatHappened()),
        f.occurredOn() instanceof DateInput.Valid v ? v.date() : null,
        Texts.clean(f.location()),
        Boolean.TRUE.equals(f.immediateDanger()),
        indicators);
  }

  private static void name(
      @Nullable String value, String field, boolean required, int max, Errors errors) {
    String v = Texts.clean(value);
    String key = field.substring(field.lastIndexOf('.') + 1);
    if (v == null) {
      if (required) {
        errors.rejectValue(field, "concern." + key + ".required");
      }
    } else if (v.length() > max) {
      errors.rejectValue(field, "concern." + key + ".tooLong");
    } else if (!v.matches(".*\\p{L}.*")) {
      errors.rejectValue(field, "concern." + key + ".noLetters");
    }
  }

  static @Nullable Sex sex(@Nullable String code) {
    if (code == null) {
      return null;
    }
    for (Sex sex : Sex.values()) {
      if (sex.name().equals(code)) {
        return sex;
      }
    }
    return null;
  }

  static @Nullable RiskIndicator indicator(String code) {
    for (RiskIndicator indicator : RiskIndicator.values()) {
      if (indicator.name().equals(code)) {
        return indicator;
      }
    }
    return null;
  }
}
