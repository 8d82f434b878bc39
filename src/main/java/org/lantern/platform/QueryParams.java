package org.lantern.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reading a list's page number and filters from the address. They come from bookmarks and shared
 * links, so anything that is not one of the choices is ignored rather than refused: the list shows
 * unfiltered, never an error page.
 */
public final class QueryParams {

  private QueryParams() {}

  /** A page number from 1; anything else is page 1. */
  public static int page(@Nullable String value) {
    if (value == null || !value.strip().matches("\\d{1,6}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(value.strip()));
  }

  /** One of an enum's values by name (any case), or null. */
  public static <E extends Enum<E>> @Nullable E oneOf(Class<E> type, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
