package org.lantern.missing;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.reporting.ReportSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The missing service's part of the partnership's period data report: episodes that began in the
 * period (from home or care, and from education) and the children they were of, and the return
 * interviews of the episodes that ended in it (completed, and completed within the window). Counted
 * in the district recorded on the episode, from records made by the data's date.
 */
@Component
class MissingReportSection implements ReportSection {

  private static final String BEGAN =
      """
      select district_id, case when missing_from = 'SCHOOL' then 1 else 0 end as education,
        count(*) as episodes, count(distinct child_id) as children
      from missing_episode
      where partnership_id = ? and missing_at >= ? and missing_at < ? and recorded_at <= ?
      group by district_id, case when missing_from = 'SCHOOL' then 1 else 0 end
      """;

  private static final String RETURNED =
      """
      select district_id, returned_at, interview_completed_at
      from missing_episode
      where partnership_id = ? and missing_from <> 'SCHOOL'
        and returned_at >= ? and returned_at < ? and recorded_at <= ?
      """;

  private final JdbcTemplate jdbc;
  private final Duration window;

  MissingReportSection(JdbcTemplate jdbc, MissingSettings settings) {
    this.jdbc = jdbc;
    this.window = settings.interviewWindow();
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String titleKey() {
    return "missing.report.title";
  }

  @Override
  public List<Table> tables(Scope scope) {
    Timestamp start = Timestamp.from(scope.start());
    Timestamp end = Timestamp.from(scope.end());
    Timestamp asAt = Timestamp.from(scope.asAt());
    Map<UUID, Long> episodes = new HashMap<>();
    Map<UUID, Long> children = new HashMap<>();
    Map<UUID, Long> school = new HashMap<>();
    Map<UUID, Long> schoolChildren = new HashMap<>();
    jdbc.query(
        BEGAN,
        rs -> {
          UUID d = district(rs.getString("district_id"));
          boolean education = rs.getInt("education") == 1;
          (education ? school : episodes).merge(d, rs.getLong("episodes"), Long::sum);
          (education ? schoolChildren : children).merge(d, rs.getLong("children"), Long::sum);
        },
        scope.partnershipId(),
        start,
        end,
        asAt);
    Map<UUID, Long> returned = new HashMap<>();
    Map<UUID, Long> interviewed = new HashMap<>();
    Map<UUID, Long> within = new HashMap<>();
    jdbc.query(
        RETURNED,
        rs -> {
          UUID d = district(rs.getString("district_id"));
          returned.merge(d, 1L, Long::sum);
          Timestamp back = rs.getTimestamp("returned_at");
          Timestamp done = rs.getTimestamp("interview_completed_at");
          if (done != null && !done.after(asAt)) {
            interviewed.merge(d, 1L, Long::sum);
            if (!done.toInstant().isAfter(back.toInstant().plus(window))) {
              within.merge(d, 1L, Long::sum);
            }
          }
        },
        scope.partnershipId(),
        start,
        end,
        asAt);
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "missing.report.episodes",
            Kind.COUNTS,
            List.of(
                Row.summed("missing.report.fromHome", episodes),
                Row.summed("missing.report.fromHomeChildren", children),
                Row.summed("missing.report.fromSchool", school),
                Row.summed("missing.report.fromSchoolChildren", schoolChildren)),
            null));
    Row back = Row.summed("missing.report.returned", returned);
    tables.add(
        new Table(
            "missing.report.interviews",
            Kind.COUNTS,
            List.of(
                Row.summed("missing.report.interviewed", interviewed),
                Row.summed("missing.report.within", within)),
            back));
    return tables;
  }

  private static UUID district(String id) {
    return id == null ? NO_DISTRICT : UUID.fromString(id);
  }
}
