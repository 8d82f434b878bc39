package org.lantern.flags.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.flags.Flag;
import org.lantern.flags.LanternFlag;
import org.lantern.people.NhsNumber;

/**
 * Ids of Flag resources. A partner's flag is its row's id; one of Lantern's own (never stored: it
 * is derived afresh) is the child, the flag's type and the day it began: {@code <child id without
 * dashes>.<type number>.<epoch day or x>}, within FHIR's 64 characters.
 */
final class FlagIds {

  private static final Pattern DERIVED =
      Pattern.compile("([0-9a-f]{32})\\.(\\d{1,2})\\.(-?\\d{1,7}|x)");

  /** A derived flag's parts. */
  record Derived(UUID childId, String code, @Nullable LocalDate since) {}

  private FlagIds() {}

  /** A partner's flag by its row; one of Lantern's own by its child, type and start. */
  static String of(@Nullable UUID childId, Flag flag) {
    if (flag.id() != null) {
      return flag.id().toString();
    }
    return Objects.requireNonNull(childId, "a derived flag's child").toString().replace("-", "")
        + "."
        + LanternFlag.valueOf(flag.code()).ordinal()
        + "."
        + (flag.since() == null ? "x" : String.valueOf(flag.since().toEpochDay()));
  }

  static Optional<Derived> derived(String id) {
    Matcher m = DERIVED.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    int type = Integer.parseInt(m.group(2));
    if (type >= LanternFlag.values().length) {
      return Optional.empty();
    }
    String hex = m.group(1);
    UUID child =
        UUID.fromString(
            hex.substring(0, 8)
                + "-"
                + hex.substring(8, 12)
                + "-"
                + hex.substring(12, 16)
                + "-"
                + hex.substring(16, 20)
                + "-"
                + hex.substring(20));
    LocalDate since =
        m.group(3).equals("x") ? null : LocalDate.ofEpochDay(Long.parseLong(m.group(3)));
    return Optional.of(new Derived(child, LanternFlag.values()[type].code(), since));
  }

  /** The NHS number of the answer for a number several children's records carry, by its id. */
  static Optional<String> several(String id) {
    if (!id.startsWith(FhirFlags.SEVERAL_ID_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(id.substring(FhirFlags.SEVERAL_ID_PREFIX.length()))
        .filter(NhsNumber::isValid);
  }

  static Optional<UUID> partner(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
