package org.lantern.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the district panels saw in the period, from minutes the chair approved by the data's date:
 * children at their initial panel (their first presentation ever was in the period) by the level
 * recorded there and by sex; children re-referred (presented again after the panel closed them);
 * children escalated to a county manager (their third presentation without a reduction was in the
 * period). Counted in the district the child lived in when presented (a panel may cover several).
 */
@Component
class PanelSection implements ReportSection {

  // Presentations in approved minutes by the data's date: "pp" in a meeting "pm" of the period, and
  // (for the one before it) "p2" in "m2". Only the period's meetings are read, each presentation's
  // earlier ones through the child's index: no pass over every presentation ever made.
  private static final String IN_PERIOD =
      """
      from panel_presentation pp
      join panel_meeting pm on pm.id = pp.meeting_id
      join child c on c.id = pp.child_id
      where pm.partnership_id = ? and pm.status = 'MINUTES_APPROVED' and pm.approved_at <= ?
        and pm.meeting_on >= ? and pm.meeting_on <= ?
      """;

  private static final String EARLIER =
      """
      from panel_presentation p2
      join panel_meeting m2 on m2.id = p2.meeting_id
      where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED' and m2.approved_at <= ?
        and (m2.meeting_on < pm.meeting_on or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))
      """;

  private static final String INITIAL =
      """
      select pp.district_id, pp.level, c.sex, count(*) as n
      """
          + IN_PERIOD
          + """
        and not exists (select 1
      """
          + EARLIER
          + """
        )
      group by pp.district_id, pp.level, c.sex
      """;

  private static final String RE_REFERRED =
      """
      select pp.district_id, count(distinct pp.child_id) as n
      """
          + IN_PERIOD
          + """
        and 'CLOSE' = (select p2.decision
      """
          + EARLIER
          + """
          order by m2.meeting_on desc, p2.id desc fetch first 1 rows only)
      group by pp.district_id
      """;

  private static final String ESCALATED =
      """
      select e.district_id, count(distinct e.child_id) as n
      from panel_escalation e
      join panel_presentation pp on pp.id = e.third_presentation_id
      join panel_meeting pm on pm.id = pp.meeting_id
      where e.partnership_id = ? and e.opened_at <= ? and pm.meeting_on >= ? and pm.meeting_on <= ?
      group by e.district_id
      """;

  private final JdbcTemplate jdbc;

  PanelSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String titleKey() {
    return "report.period.section.panel";
  }

  private record Initial(UUID district, RiskLevel level, Sex sex, long n) {}

  @Override
  public List<Table> tables(Scope scope) {
    Timestamp asAt = Timestamp.from(scope.asAt());
    Date from = Date.valueOf(scope.period().from());
    Date to = Date.valueOf(scope.period().to());
    List<Initial> initial =
        jdbc.query(
            INITIAL,
            (rs, i) ->
                new Initial(
                    UUID.fromString(rs.getString("district_id")),
                    RiskLevel.valueOf(rs.getString("level")),
                    Sex.valueOf(rs.getString("sex")),
                    rs.getLong("n")),
            scope.partnershipId(),
            asAt,
            from,
            to,
            asAt);
    List<Table> tables = new ArrayList<>();
    List<Row> levels = new ArrayList<>();
    for (RiskLevel level :
        List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE)) {
      levels.add(Row.summed(level.messageKey(), sum(initial, i -> i.level() == level)));
    }
    tables.add(new Table("report.period.table.initialLevel", Kind.BREAKDOWN, levels, null));
    List<Row> sexes = new ArrayList<>();
    for (Sex sex : Sex.values()) {
      sexes.add(Row.summed(sex.messageKey(), sum(initial, i -> i.sex() == sex)));
    }
    tables.add(new Table("report.period.table.initialSex", Kind.BREAKDOWN, sexes, null));
    Map<UUID, Long> reReferred =
        byDistrict(RE_REFERRED, scope.partnershipId(), asAt, from, to, asAt);
    Map<UUID, Long> escalated = byDistrict(ESCALATED, scope.partnershipId(), asAt, from, to);
    tables.add(
        new Table(
            "report.period.table.panelFlow",
            Kind.COUNTS,
            List.of(
                Row.summed("report.period.reReferred", reReferred),
                Row.summed("report.period.escalated", escalated)),
            null));
    return tables;
  }

  private Map<UUID, Long> byDistrict(String sql, Object... args) {
    Map<UUID, Long> counts = new HashMap<>();
    jdbc.query(
        sql,
        rs -> {
          counts.put(UUID.fromString(rs.getString("district_id")), rs.getLong("n"));
        },
        args);
    return counts;
  }

  private static Map<UUID, Long> sum(List<Initial> initial, Predicate<Initial> which) {
    Map<UUID, Long> counts = new HashMap<>();
    for (Initial i : initial) {
      if (which.test(i)) {
        counts.merge(i.district(), i.n(), Long::sum);
      }
    }
    return counts;
  }
}
