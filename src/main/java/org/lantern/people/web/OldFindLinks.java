package org.lantern.people.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * "Find a child" links saved before the child's date of birth and identifiers became the nested
 * {@code child.} fields: {@code ?nhsNumber=} is now {@code ?child.nhsNumber=}, and so on. A
 * bookmark with the old names is sent on to the same search with the new ones.
 */
final class OldFindLinks {

  /** The old names; each is now under {@code child.}. */
  private static final Set<String> OLD =
      Set.of("dateOfBirth.day", "dateOfBirth.month", "dateOfBirth.year", "nhsNumber", "upn");

  private OldFindLinks() {}

  /**
   * The address to send a search with any of the old names on to: the same parameters, in the same
   * order, with the old names renamed; empty when the search has none.
   */
  static Optional<String> renamed(String path, Map<String, String[]> parameters) {
    if (parameters.keySet().stream().noneMatch(OLD::contains)) {
      return Optional.empty();
    }
    StringJoiner query = new StringJoiner("&", path + "?", "");
    parameters.forEach(
        (name, values) -> {
          for (String value : values) {
            query.add(encode(OLD.contains(name) ? "child." + name : name) + "=" + encode(value));
          }
        });
    return Optional.of(query.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
