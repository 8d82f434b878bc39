package org.lantern.reporting;

import java.util.List;
import java.util.function.Function;
import org.lantern.reporting.ReportSection.Scope;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For a section that counts several periods in one statement (the panel section): the periods must
 * share the partnership and the data date (the report's period and the year earlier do); otherwise
 * each is counted on its own. And, for every section, which database the statement is for.
 */
final class SharedScopes {

  private SharedScopes() {}

  /**
   * The counts for each scope, in order: from one call of {@code together} when every scope has the
   * first one's partnership and data date, else from one call for each scope.
   */
  static <T> List<T> counted(List<Scope> scopes, Function<List<Scope>, List<T>> together) {
    Scope first = scopes.get(0);
    boolean shared =
        scopes.stream()
            .allMatch(
                s ->
                    s.partnershipId().equals(first.partnershipId())
                        && s.asAt().equals(first.asAt()));
    return shared
        ? together.apply(scopes)
        : scopes.stream().map(s -> together.apply(List.of(s)).get(0)).toList();
  }

  /** Whether the application's database is PostgreSQL (else the demo's embedded H2). */
  static boolean postgres(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(
        jdbc.execute(
            (ConnectionCallback<Boolean>)
                c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
  }
}
