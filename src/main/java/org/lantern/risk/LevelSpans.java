package org.lantern.risk;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each child's level as dated spans ({@code risk_level_span}) in step with its submitted
 * screenings, so that a report over any period reads only the spans that overlap it (see
 * docs/reports.md). A span runs from a screening at low, medium or high to the child's next
 * submitted screening; the spans are derived from the screenings alone, so rebuilding them after
 * any change gives the same rows whatever the order of events. Each span also carries the child's
 * district, sex and date of birth, which the report groups by, copied from the child's record here
 * and kept in step with it by a database trigger ({@code child_level_span_columns}) whenever the
 * record changes.
 */
@Component
public class LevelSpans {

  private static final String RANK =
      "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end";

  private static final String INSERT =
      """
      insert into risk_level_span (child_id, partnership_id, risk_level, from_at, to_at, first_at,
        district_id, sex, date_of_birth)
      select x.child_id, x.partnership_id, x.risk_level, x.submitted_at, x.next_at, x.first_at,
        c.district_id, c.sex, c.date_of_birth
      from (
        select s.child_id, s.partnership_id, s.risk_level, s.submitted_at,
          lead(s.submitted_at) over (partition by s.child_id order by s.submitted_at, RANK, s.id)
            as next_at,
          min(case when s.risk_level in ('LOW', 'MEDIUM', 'HIGH') then s.submitted_at end)
            over (partition by s.child_id) as first_at
        from screening s
        where WHICH and s.submitted_at is not null and s.risk_level is not null
      ) x
      join child c on c.id = x.child_id
      where x.risk_level in ('LOW', 'MEDIUM', 'HIGH')
        and (x.next_at is null or x.next_at > x.submitted_at)
      """
          .replace("RANK", RANK);

  private final JdbcTemplate jdbc;

  LevelSpans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A submission (or a resubmission after return) changes the child's spans: in its transaction.
   */
  @EventListener
  void submitted(ScreeningSubmitted event) {
    rebuildChild(event.childId());
  }

  /** Rebuilds one child's spans from its screenings (call after the screenings are flushed). */
  void rebuildChild(UUID childId) {
    jdbc.update("delete from risk_level_span where child_id = ?", childId);
    jdbc.update(INSERT.replace("WHICH", "s.child_id = ?"), childId);
  }

  /**
   * Rebuilds every span of a partnership: after an import of many screenings, and for the generated
   * data sets of the benchmarks.
   */
  public void rebuildPartnership(UUID partnershipId) {
    jdbc.update("delete from risk_level_span where partnership_id = ?", partnershipId);
    jdbc.update(INSERT.replace("WHICH", "s.partnership_id = ?"), partnershipId);
  }
}
