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
 * record changes; and the child's placement history in brief (the latest placement, and when the
 * others had all ended), kept in step with {@code child_placement} by triggers on that table
 * (db/vendor). And each span carries its neighbours among the child's spans: when the child's span
 * before it ended ({@code previous_to_at}) and when the one after it started ({@code
 * next_from_at}), and when the child's latest span before it at high, and at medium or high, ended
 * ({@code previous_high_to_at}, {@code previous_medium_to_at}), so that a report can tell from the
 * child's last span in a period the highest level in force in it. A child's spans are only ever
 * written here, all of them together, so these are always those of the rows beside them.
 */
@Component
public class LevelSpans {

  private static final String RANK =
      "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end";

  private static final String INSERT =
      """
      insert into risk_level_span (child_id, partnership_id, risk_level, from_at, to_at, first_at,
        previous_to_at, next_from_at, previous_high_to_at, previous_medium_to_at, district_id, sex,
        date_of_birth, placement_from, placement_to, placement_type, placement_responsibility,
        other_placements_to)
      select x.child_id, x.partnership_id, x.risk_level, x.submitted_at, x.next_at, x.first_at,
        x.previous_to_at, x.next_from_at, x.previous_high_to_at, x.previous_medium_to_at,
        c.district_id, c.sex, c.date_of_birth,
        pl.placement_from, pl.placement_to, pl.placement_type, pl.placement_responsibility,
        pl.other_placements_to
      from (
        select x.child_id, x.partnership_id, x.risk_level, x.submitted_at, x.next_at, x.first_at,
          lag(x.next_at) over (partition by x.child_id order by x.submitted_at)
            as previous_to_at,
          lead(x.submitted_at) over (partition by x.child_id order by x.submitted_at)
            as next_from_at,
          max(case when x.risk_level = 'HIGH' then x.next_at end) over (partition by x.child_id
            order by x.submitted_at rows between unbounded preceding and 1 preceding)
            as previous_high_to_at,
          max(case when x.risk_level in ('MEDIUM', 'HIGH') then x.next_at end)
            over (partition by x.child_id order by x.submitted_at
              rows between unbounded preceding and 1 preceding) as previous_medium_to_at
        from (
          select s.child_id, s.partnership_id, s.risk_level, s.submitted_at,
            lead(s.submitted_at) over (partition by s.child_id order by s.submitted_at, RANK, s.id)
              as next_at,
            min(case when s.risk_level in ('LOW', 'MEDIUM', 'HIGH') then s.submitted_at end)
              over (partition by s.child_id) as first_at
          from screening s
          where WHICH and s.submitted_at is not null and s.risk_level is not null
        ) x
        where x.risk_level in ('LOW', 'MEDIUM', 'HIGH')
          and (x.next_at is null or x.next_at > x.submitted_at)
      ) x
      join child c on c.id = x.child_id
      left join (
        select p.child_id,
          max(case when p.nth = 1 then p.started_on end) as placement_from,
          max(case when p.nth = 1 then p.ended_on end) as placement_to,
          max(case when p.nth = 1 then p.placement_type end) as placement_type,
          max(case when p.nth = 1 then p.responsibility end) as placement_responsibility,
          max(case when p.nth > 1 then coalesce(p.ended_on, date '9999-12-31') end)
            as other_placements_to
        from (
          select p.child_id, p.started_on, p.ended_on, p.placement_type, p.responsibility,
            row_number() over (partition by p.child_id order by p.started_on desc, p.id desc)
              as nth
          from child_placement p join child pc on pc.id = p.child_id
          where PLACED
        ) p
        group by p.child_id
      ) pl on pl.child_id = x.child_id
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
    jdbc.update(
        INSERT.replace("WHICH", "s.child_id = ?").replace("PLACED", "p.child_id = ?"),
        childId,
        childId);
  }

  /**
   * Rebuilds every span of a partnership: after an import of many screenings, and for the generated
   * data sets of the benchmarks.
   */
  public void rebuildPartnership(UUID partnershipId) {
    jdbc.update("delete from risk_level_span where partnership_id = ?", partnershipId);
    jdbc.update(
        INSERT.replace("WHICH", "s.partnership_id = ?").replace("PLACED", "pc.partnership_id = ?"),
        partnershipId,
        partnershipId);
  }
}
