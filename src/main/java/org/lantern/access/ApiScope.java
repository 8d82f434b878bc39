package org.lantern.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of Lantern's APIs a partner system may call: each scope is the addresses of one API. A
 * request to an address of a scope the client was not given is refused (403, audited).
 */
public enum ApiScope {
  CONCERNS("/api/v1/concerns"),
  MISSING_EPISODES("/api/v1/missing-episodes"),
  PERSON_RECORDS("/api/v1/person-records"),
  /** The flags API and the FHIR API that serves it to clinical systems. */
  FLAGS("/api/v1/flags", "/fhir");

  private final List<String> prefixes;

  ApiScope(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  /** The scope whose API this address belongs to, if any. */
  public static Optional<ApiScope> of(String path) {
    return Arrays.stream(values())
        .filter(s -> s.prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")))
        .findFirst();
  }

  /** Scopes as stored ({@code CONCERNS,FLAGS}); an unknown name is refused. */
  public static Set<ApiScope> parse(String names) {
    EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (String n : names.split(",")) {
      if (!n.isBlank()) {
        scopes.add(named(n.strip()));
      }
    }
    return scopes;
  }

  /** The scope of this name; an unknown one is refused ({@link IllegalArgumentException}). */
  public static ApiScope named(String name) {
    return Arrays.stream(values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown API scope: " + name));
  }

  public static String format(Set<ApiScope> scopes) {
    return String.join(",", scopes.stream().map(Enum::name).toList());
  }

  public String messageKey() {
    return "apiScope." + name();
  }
}
