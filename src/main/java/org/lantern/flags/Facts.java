package org.lantern.flags;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every module's {@link FlagFactSource} read in one statement: each source's select, in the
 * sources' order, tagged with its place and put together with {@code union all}, its columns cast
 * to the five every source answers; the rows sorted by source and by each source's own order. One
 * round trip for every module's facts about a child, where there was one for each.
 */
final class Facts {

  private final List<FlagFactSource> sources;
  private final @Nullable String sql;
  private final int parameters;

  private Facts(List<FlagFactSource> sources, @Nullable String sql, int parameters) {
    this.sources = sources;
    this.sql = sql;
    this.parameters = parameters;
  }

  static Facts of(List<FlagFactSource> sources) {
    List<String> parts = new ArrayList<>();
    int parameters = 0;
    for (int i = 0; i < sources.size(); i++) {
      String select = sources.get(i).select();
      if (select == null) {
        continue;
      }
      parameters += (int) select.chars().filter(c -> c == '?').count();
      parts.add(
          "select "
              + i
              + " as source, cast(f.n as bigint) as n, cast(f.t as varchar(4000)) as t,"
              + " cast(f.a as timestamp with time zone) as a, cast(f.d as date) as d,"
              + " cast(f.u as date) as u from ("
              + select.strip()
              + ") f (n, t, a, d, u)");
    }
    String sql = parts.isEmpty() ? null : String.join("\nunion all\n", parts) + "\norder by 1, 2";
    return new Facts(List.copyOf(sources), sql, parameters);
  }

  /** The child's facts from every source, in the sources' order. */
  List<FlagFact> about(FlagSubject child, JdbcTemplate jdbc) {
    List<List<FactRow>> rows = new ArrayList<>();
    sources.forEach(s -> rows.add(new ArrayList<>()));
    if (sql != null) {
      Object[] ids = new Object[parameters];
      Arrays.fill(ids, child.id());
      jdbc.query(
          sql,
          rs -> {
            Timestamp at = rs.getTimestamp(4);
            Date day = rs.getDate(5);
            Date until = rs.getDate(6);
            rows.get(rs.getInt(1))
                .add(
                    new FactRow(
                        rs.getString(3),
                        at == null ? null : at.toInstant(),
                        day == null ? null : day.toLocalDate(),
                        until == null ? null : until.toLocalDate()));
          },
          ids);
    }
    List<FlagFact> facts = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      facts.addAll(sources.get(i).factsFrom(child, rows.get(i)));
    }
    return facts;
  }
}
