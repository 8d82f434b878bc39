package org.lantern.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.testing.TestPartnership;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partnership's children, placements, screenings and panels written straight into the tables with
 * SQL, for the reporting tests that compare one statement with another and for the period report's
 * benchmark: the child's number {@code n} (1 to N) decides everything about it, through the SQL
 * expressions each method is given (in {@code n}; a meeting's in its month {@code k}). The
 * partnership has four districts: the test partnership's own and East, South and West.
 */
final class GeneratedPartnership {

  private final JdbcTemplate jdbc;
  private final TestPartnership p;
  private final List<UUID> districts;
  private final int children;

  private GeneratedPartnership(
      JdbcTemplate jdbc, TestPartnership p, List<UUID> districts, int children) {
    this.jdbc = jdbc;
    this.p = p;
    this.districts = List.copyOf(districts);
    this.children = children;
  }

  /** The test partnership with three more districts, for {@code children} generated children. */
  static GeneratedPartnership of(
      JdbcTemplate jdbc, Directory directory, TestPartnership p, int children) {
    List<UUID> districts = new ArrayList<>(List.of(p.districtId()));
    for (String name : List.of("East", "South", "West")) {
      districts.add(directory.createDistrict(p.id(), name + " " + p.suffix()));
    }
    return new GeneratedPartnership(jdbc, p, districts, children);
  }

  /**
   * A partnership an earlier run generated completely with n children (its notices, written last,
   * are there), the latest if several; null if none.
   */
  static @Nullable UUID latest(JdbcTemplate jdbc, int n) {
    List<UUID> found =
        jdbc.queryForList(
            """
            select c.partnership_id from child c
            where exists (select 1 from abduction_notice a where a.partnership_id = c.partnership_id)
            group by c.partnership_id having count(*) = ?
            order by max(c.created_at) desc limit 1
            """,
            UUID.class,
            n);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The strategic lead the generating run made in the partnership. */
  static CurrentUser strategicLead(JdbcTemplate jdbc, Directory directory, UUID partnership) {
    UUID id =
        jdbc.queryForObject(
            "select u.id from user_account u join agency a on a.id = u.agency_id"
                + " where a.partnership_id = ? and u.role = 'STRATEGIC_LEAD' limit 1",
            UUID.class,
            partnership);
    UserView u = directory.user(id).orElseThrow();
    return new CurrentUser(
        u.id(),
        u.username(),
        u.displayName(),
        u.role(),
        u.agencyId(),
        u.agencyName(),
        partnership,
        u.teamId());
  }

  List<UUID> districts() {
    return districts;
  }

  /** The id of child number n. */
  UUID child(int n) {
    return jdbc.queryForObject("select md5(? || ?)::uuid", UUID.class, p.id().toString(), "" + n);
  }

  /** SQL: child n's id. */
  String childId() {
    return "md5('" + p.id() + "' || n)::uuid";
  }

  /** SQL: the i-th district (1 to 4), as {@code districts() + "[1 + n % 4]"}. */
  String districtArray() {
    return "(array["
        + String.join(",", districts.stream().map(d -> "'" + d + "'::uuid").toList())
        + "])";
  }

  /** Every child, with its sex, date of birth, district and time of recording. */
  void children(String sex, String dateOfBirth, String district, String createdAt) {
    run(
        """
        insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,
          district_id, created_at, updated_at, version)
        select @CHILD@, '@PID@', 'Generated', 'Child' || n, @SEX@, @BORN@, @DISTRICT@, @AT@, @AT@, 0
        from generate_series(1, @N@) n
        """
            .replace("@SEX@", sex)
            .replace("@BORN@", dateOfBirth)
            .replace("@DISTRICT@", district)
            .replace("@AT@", createdAt),
        "true");
  }

  /** A placement for the children chosen ({@code where}); another authority's unless OURS. */
  void placements(
      String type, String responsibility, String startedOn, String endedOn, String where) {
    run(
        """
        insert into child_placement (id, child_id, placement_type, responsibility, authority_name,
          started_on, ended_on, recorded_at)
        select gen_random_uuid(), @CHILD@, @TYPE@, @RESPONSIBILITY@,
          case when @RESPONSIBILITY@ <> 'OURS' then 'Another Council' end,
          @STARTED@, @ENDED@, cast(@STARTED@ as timestamp with time zone)
        from generate_series(1, @N@) n where @WHERE@
        """
            .replace("@TYPE@", type)
            .replace("@RESPONSIBILITY@", responsibility)
            .replace("@STARTED@", startedOn)
            .replace("@ENDED@", endedOn),
        where);
  }

  /** A submitted screening for the children chosen, at the time and level given. */
  void screenings(String at, String level, String where) {
    String tool =
        jdbc.queryForObject(
            "select v.id from screening_tool_version v join screening_tool t on t.id = v.tool_id"
                + " where t.partnership_id = ? limit 1",
            String.class,
            p.id());
    run(
        """
        insert into screening (id, partnership_id, child_id, tool_version_id, status,
          author_user_id, started_at, updated_at, submitted_at, risk_level, version)
        select gen_random_uuid(), '@PID@', @CHILD@, '@TOOL@', 'SIGNED_OFF', '@AUTHOR@', @AT@, @AT@,
          @AT@, @LEVEL@, 0
        from generate_series(1, @N@) n
        where @WHERE@ and @AT@ < timestamp with time zone '2026-11-30'
        """
            .replace("@TOOL@", tool)
            .replace("@AT@", at)
            .replace("@LEVEL@", level),
        where);
  }

  /**
   * A panel for each district without one, meeting monthly ({@code k} from 0) from the day given,
   * with the status and approval time given for month k.
   */
  void monthlyPanels(String firstMeeting, int months, String status, String approvedAt) {
    run(
        """
        with area as (
          select gen_random_uuid() as id, d from unnest(@DISTRICTS@) d
          where not exists (select 1 from panel_district x where x.district_id = d)),
        made as (
          insert into panel (id, partnership_id, name, interval_months, created_at, updated_at,
            version)
          select id, '@PID@', 'Panel', 1, now(), now(), 0 from area)
        insert into panel_district (panel_id, district_id) select id, d from area
        """,
        "true");
    run(
        """
        insert into panel_meeting (id, panel_id, partnership_id, meeting_on, status,
          approved_at, created_at, updated_at, version)
        select gen_random_uuid(), x.id, '@PID@', @FIRST@ + k * interval '1 month', @STATUS@,
          @APPROVED@, now(), now(), 0
        from panel x cross join generate_series(0, @MONTHS@) k
        where x.partnership_id = '@PID@'
          and not exists (select 1 from panel_meeting m where m.panel_id = x.id
            and m.meeting_on = @FIRST@ + k * interval '1 month')
        """
            .replace("@FIRST@", firstMeeting)
            .replace("@MONTHS@", Integer.toString(months - 1))
            .replace("@STATUS@", status)
            .replace("@APPROVED@", approvedAt),
        "true");
  }

  /**
   * The children chosen presented at the meeting on the day given of the panel of the district they
   * live in ({@code districts[1 + n % 4]}), in the district, at the level and with the decision
   * given.
   */
  void presentations(
      String meetingOn, String district, String level, String decision, String where) {
    run(
        """
        insert into panel_presentation (id, meeting_id, child_id, district_id, level, decision,
          recorded_by_user_id, created_at, updated_at, version)
        select gen_random_uuid(), m.id, @CHILD@, @DISTRICT@, @LEVEL@, @DECISION@, '@AUTHOR@',
          now(), now(), 0
        from generate_series(1, @N@) n
        join panel_district pd on pd.district_id = @DISTRICTS@[1 + n % 4]
        join panel_meeting m on m.partnership_id = '@PID@' and m.panel_id = pd.panel_id
          and m.meeting_on = @MEETING_ON@
        where @WHERE@
        """
            .replace("@MEETING_ON@", meetingOn)
            .replace("@DISTRICT@", district)
            .replace("@LEVEL@", level)
            .replace("@DECISION@", decision),
        where);
  }

  /** Runs generated SQL, its placeholders for the partnership, children and author filled in. */
  void run(String sql, String where) {
    jdbc.execute(
        sql.replace("@WHERE@", where)
            .replace("@CHILD@", childId())
            .replace("@PID@", p.id().toString())
            .replace("@AUTHOR@", p.user(Role.EXPLOITATION_COORDINATOR).id().toString())
            .replace("@DISTRICTS@", districtArray())
            .replace("@N@", Integer.toString(children)));
  }
}
