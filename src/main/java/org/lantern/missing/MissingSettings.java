package org.lantern.missing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The missing service's rules, as a partnership sets them.
 *
 * @param policeReferencePattern what a police reference looks like (a regular expression, matched
 *     against the reference in capitals with spaces removed)
 * @param policeReferenceExample an example shown when a reference does not match
 * @param interviewWindow how soon after the return the interview is due (statutory guidance: 72
 *     hours); the clock runs through weekends and bank holidays
 * @param repeatThreshold how many episodes within {@code repeatWindow} raise the repeat indicator
 * @param repeatWindow the window for counting repeat episodes
 * @param factors the push and pull factors a return interview can record
 */
@ConfigurationProperties("lantern.missing")
public record MissingSettings(
    @DefaultValue("[A-Z]{2,4}-\\d{4}-\\d{3,8}") String policeReferencePattern,
    @DefaultValue("MP-2026-004217") String policeReferenceExample,
    @DefaultValue("72h") Duration interviewWindow,
    @DefaultValue("3") int repeatThreshold,
    @DefaultValue("90d") Duration repeatWindow,
    @Nullable List<Factor> factors) {

  /** A push or pull factor: a code kept on the interview, and the words shown. */
  public record Factor(String code, String label) {}

  public static final List<Factor> DEFAULT_FACTORS =
      List.of(
          new Factor("FRIENDS", "Associating with friends"),
          new Factor("CONFLICT_AT_HOME", "Conflict at home or in placement"),
          new Factor("RELATIONSHIP", "A relationship"),
          new Factor("SUBSTANCES", "Alcohol or drugs"),
          new Factor("EXPLOITATION", "Exploitation concerns"),
          new Factor("BOUNDARIES", "Unhappy with boundaries or rules"),
          new Factor("FAMILY", "Wanting to see family"),
          new Factor("EDUCATION", "Problems at school"),
          new Factor("MENTAL_HEALTH", "Emotional or mental health"));

  public MissingSettings {
    if (factors == null || factors.isEmpty()) {
      factors = DEFAULT_FACTORS;
    }
    Pattern.compile(policeReferencePattern);
  }

  public boolean isPoliceReference(String normalised) {
    return normalised.matches(policeReferencePattern);
  }

  /** A reference as typed, in capitals without spaces. */
  public static String normalise(String typed) {
    return typed.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public boolean isFactor(String code) {
    return factors.stream().anyMatch(f -> f.code().equals(code));
  }

  public String factorLabel(String code) {
    return factors.stream()
        .filter(f -> f.code().equals(code))
        .map(Factor::label)
        .findFirst()
        .orElse(code);
  }
}
