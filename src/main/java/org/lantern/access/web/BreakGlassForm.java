package org.lantern.access.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * Why someone needs emergency access to a child's record, and where to go afterwards. Bound through
 * its constructor.
 */
public record BreakGlassForm(@Nullable String reason, @Nullable String then) {

  static final int MIN_REASON = 20;
  static final int MAX_REASON = 2000;
  private static final int MAX_THEN = 500;
  private static final Pattern LOCAL_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

  void validate(Errors errors) {
    String r = Texts.clean(reason);
    if (r == null) {
      errors.rejectValue("reason", "breakGlass.reason.required");
    } else if (r.length() < MIN_REASON) {
      errors.rejectValue("reason", "breakGlass.reason.tooShort");
    } else if (r.length() > MAX_REASON) {
      errors.rejectValue("reason", "breakGlass.reason.tooLong");
    }
  }

  /**
   * Where to go afterwards: a path of Lantern's own (segments of letters, digits and {@code - . _
   * ~}, as the refused page's address is), else {@code fallback}. Anything else (a scheme or host,
   * {@code //}, a backslash, line breaks, braces, percent escapes, a query, {@code ..}) falls back,
   * so a crafted link can neither send someone elsewhere nor break the redirect after access was
   * granted.
   */
  String safeThen(String fallback) {
    return isLocalPath(then) ? then : fallback;
  }

  static boolean isLocalPath(@Nullable String path) {
    if (path == null || path.length() > MAX_THEN || !LOCAL_PATH.matcher(path).matches()) {
      return false;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
