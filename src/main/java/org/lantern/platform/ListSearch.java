package org.lantern.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed in a worklist's search box, and the one rule every worklist matches it by:
 * any case, spaces squeezed, found anywhere in a child's name or a reference. Blank matches
 * everything.
 */
public final class ListSearch {

  private final String wanted;

  private ListSearch(String wanted) {
    this.wanted = wanted;
  }

  public static ListSearch of(@Nullable String typed) {
    return new ListSearch(plain(typed));
  }

  public boolean isBlank() {
    return wanted.isEmpty();
  }

  /** Whether any of these (a name, a reference) holds what was typed; true when blank. */
  public boolean matchesAny(@Nullable String... texts) {
    if (wanted.isEmpty()) {
      return true;
    }
    for (String text : texts) {
      if (plain(text).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String plain(@Nullable String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * What was typed as a SQL {@code like} pattern on a lower-cased column, found anywhere, for lists
   * paged in SQL: use with {@code escape '\'}. Blank matches everything.
   */
  public String likePattern() {
    String escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
