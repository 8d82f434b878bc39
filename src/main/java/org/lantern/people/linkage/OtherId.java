package org.lantern.people.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Another system's identifier of a person: which system ({@code police}, {@code council}, a
 * school's admission number) and its value. Compared only with an identifier of the same system.
 *
 * @param system lower case, as the partner names it
 * @param value upper case, without spaces or hyphens
 */
public record OtherId(String system, String value) {

  public static final int MAX_SYSTEM = 40;
  public static final int MAX_VALUE = 60;

  public OtherId {
    system = system.strip().toLowerCase(Locale.UK);
    value = value(value);
  }

  /** A value as identifiers are compared: without spaces or hyphens, upper case. */
  static String value(String value) {
    return value.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
  }

  /** As stored and sent: {@code system:value}. */
  @Override
  public String toString() {
    return system + ":" + value;
  }

  /**
   * Identifiers written {@code system:value}, separated by semicolons, as partners send them;
   * anything without a system or a value is not an identifier and is skipped.
   */
  public static List<OtherId> parse(@Nullable String text) {
    List<OtherId> ids = new ArrayList<>();
    if (text == null) {
      return ids;
    }
    for (String part : text.split(";")) {
      int colon = part.indexOf(':');
      if (colon > 0 && colon < part.length() - 1) {
        OtherId id = new OtherId(part.substring(0, colon), part.substring(colon + 1));
        if (!id.system().isEmpty() && !id.value().isEmpty() && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** The stored form: each {@code system:value}, separated by semicolons; null for none. */
  public static @Nullable String format(List<OtherId> ids) {
    return ids.isEmpty() ? null : String.join(";", ids.stream().map(OtherId::toString).toList());
  }
}
