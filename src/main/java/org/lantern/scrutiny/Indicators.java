package org.lantern.scrutiny;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes framework's indicators: the strategic lead defines one, changes its definition from
 * a quarter on (a new version: earlier quarters keep theirs), marks the key ones, and closes a
 * quarter to returns. A closed quarter's definition cannot change.
 */
@Service
public class Indicators {

  private final JdbcClient jdbc;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Directory directory;
  private final List<IndicatorSource> sources;
  private final Clock clock;

  Indicators(
      JdbcClient jdbc,
      AccessPolicy policy,
      AuditLog audit,
      Directory directory,
      List<IndicatorSource> sources,
      Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.audit = audit;
    this.directory = directory;
    this.sources = sources;
    this.clock = clock;
  }

  /** A computed measure on offer, with the source that works it out. */
  public record Offered(IndicatorSource.Measure measure, IndicatorSource source) {}

  /** Every computed measure the modules offer, by key. */
  public Map<String, Offered> measures() {
    Map<String, Offered> all = new LinkedHashMap<>();
    for (IndicatorSource s : sources) {
      s.measures().forEach(m -> all.put(m.key(), new Offered(m, s)));
    }
    return all;
  }

  /** A new indicator, its first version in force from {@code from}. */
  @Transactional
  public UUID define(
      CurrentUser user, FinancialQuarter from, IndicatorDefinition definition, boolean key) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    check(user, definition);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into scrutiny_indicator (id, partnership_id, key_indicator, created_at,"
                + " version) values (?, ?, ?, ?, 0)")
        .params(id, user.partnershipId(), key, Timestamp.from(clock.instant()))
        .update();
    insertVersion(user, id, from, definition);
    audit.record(
        user,
        AuditAction.DEFINE_INDICATORS,
        null,
        RecordRef.of("INDICATOR", id),
        "ROLE",
        "defined " + definition.name() + " from " + from.code());
    return id;
  }

  /**
   * A changed definition in force from {@code from}: quarters before keep the version they had. A
   * closed quarter cannot be changed; a version from the same quarter is replaced.
   */
  @Transactional
  public void revise(
      CurrentUser user, UUID indicatorId, FinancialQuarter from, IndicatorDefinition definition) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS, RecordRef.of("INDICATOR", indicatorId));
    Indicator indicator = find(user, indicatorId);
    check(user, definition);
    if (isClosed(user.partnershipId(), from)) {
      throw new ScrutinyRejectedException("from", "scrutiny.indicator.closedQuarter", from.code());
    }
    jdbc.sql(
            "delete from scrutiny_indicator_version where indicator_id = ? and from_quarter = ?"
                + " and not exists (select 1 from scrutiny_indicator_return r"
                + " where r.version_id = scrutiny_indicator_version.id)")
        .params(indicatorId, from.code())
        .update();
    boolean stillThere =
        indicator.versions().stream().anyMatch(v -> v.from().equals(from))
            && jdbc.sql(
                        "select count(*) from scrutiny_indicator_version where indicator_id = ?"
                            + " and from_quarter = ?")
                    .params(indicatorId, from.code())
                    .query(Long.class)
                    .single()
                > 0;
    if (stillThere) {
      throw new ScrutinyRejectedException("from", "scrutiny.indicator.returnsEntered", from.code());
    }
    insertVersion(user, indicatorId, from, definition);
    audit.record(
        user,
        AuditAction.DEFINE_INDICATORS,
        null,
        RecordRef.of("INDICATOR", indicatorId),
        "ROLE",
        "changed " + definition.name() + " from " + from.code());
  }

  /** Marks an indicator key (on the KPI dashboard) or not. */
  @Transactional
  public void markKey(CurrentUser user, UUID indicatorId, boolean key) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS, RecordRef.of("INDICATOR", indicatorId));
    find(user, indicatorId);
    jdbc.sql("update scrutiny_indicator set key_indicator = ?, version = version + 1 where id = ?")
        .params(key, indicatorId)
        .update();
    audit.record(
        user,
        AuditAction.DEFINE_INDICATORS,
        null,
        RecordRef.of("INDICATOR", indicatorId),
        "ROLE",
        key ? "marked key" : "no longer key");
  }

  /** Closes a quarter that has ended: no return is taken for it after this. */
  @Transactional
  public void close(CurrentUser user, FinancialQuarter quarter) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    if (today().isBefore(quarter.end())) {
      throw new ScrutinyRejectedException("quarter", "scrutiny.quarter.notEnded", quarter.code());
    }
    if (isClosed(user.partnershipId(), quarter)) {
      return;
    }
    jdbc.sql(
            "insert into scrutiny_quarter_closed (partnership_id, quarter, closed_at,"
                + " closed_by_user_id) values (?, ?, ?, ?)")
        .params(user.partnershipId(), quarter.code(), Timestamp.from(clock.instant()), user.id())
        .update();
    // computed figures are frozen as they stand now: a record made late changes no closed quarter
    Map<String, Offered> measures = measures();
    for (Indicator i : all(user.partnershipId())) {
      Indicator.Version v = i.versionFor(quarter).orElse(null);
      if (v == null || v.definition().source() != Source.COMPUTED) {
        continue;
      }
      Offered o = measures.get(v.definition().measure());
      BigDecimal figure =
          o == null
              ? null
              : o.source().figure(o.measure().key(), user.partnershipId(), quarter).orElse(null);
      jdbc.sql(
              "insert into scrutiny_indicator_frozen (indicator_id, quarter, figure, frozen_at)"
                  + " values (?, ?, ?, ?)")
          .params(i.id(), quarter.code(), figure, Timestamp.from(clock.instant()))
          .update();
    }
    audit.record(
        user,
        AuditAction.DEFINE_INDICATORS,
        null,
        new RecordRef("QUARTER", quarter.code()),
        "ROLE",
        "closed " + quarter.code() + " to returns");
  }

  /**
   * The computed figures frozen when their quarters closed: by quarter code, then indicator (a null
   * figure: nothing to measure then).
   */
  @Transactional(readOnly = true)
  public Map<String, Map<UUID, Optional<BigDecimal>>> frozen(UUID partnershipId) {
    Map<String, Map<UUID, Optional<BigDecimal>>> all = new HashMap<>();
    jdbc.sql(
            "select f.* from scrutiny_indicator_frozen f join scrutiny_indicator i"
                + " on i.id = f.indicator_id where i.partnership_id = ?")
        .param(partnershipId)
        .query(
            rs -> {
              all.computeIfAbsent(rs.getString("quarter"), k -> new HashMap<>())
                  .put(
                      rs.getObject("indicator_id", UUID.class),
                      Optional.ofNullable(rs.getBigDecimal("figure")));
            });
    return all;
  }

  public boolean isClosed(UUID partnershipId, FinancialQuarter quarter) {
    return jdbc.sql(
                "select count(*) from scrutiny_quarter_closed where partnership_id = ?"
                    + " and quarter = ?")
            .params(partnershipId, quarter.code())
            .query(Long.class)
            .single()
        > 0;
  }

  /** The partnership's indicators with their versions, in the order they were defined. */
  @Transactional(readOnly = true)
  public List<Indicator> all(UUID partnershipId) {
    Map<UUID, String> agencies = new LinkedHashMap<>();
    for (AgencyView a : directory.agencies(partnershipId)) {
      agencies.put(a.id(), a.name());
    }
    Map<UUID, List<Indicator.Version>> versions = new LinkedHashMap<>();
    Map<UUID, Boolean> keys = new LinkedHashMap<>();
    jdbc.sql(
            "select i.id as indicator_id, i.key_indicator, v.* from scrutiny_indicator i"
                + " join scrutiny_indicator_version v on v.indicator_id = i.id"
                + " where i.partnership_id = ? order by i.created_at, i.id, v.from_quarter")
        .param(partnershipId)
        .query(
            (ResultSet rs) -> {
              UUID id = rs.getObject("indicator_id", UUID.class);
              keys.put(id, rs.getBoolean("key_indicator"));
              versions.computeIfAbsent(id, k -> new ArrayList<>()).add(version(rs, agencies));
            });
    List<Indicator> all = new ArrayList<>();
    versions.forEach((id, v) -> all.add(new Indicator(id, keys.get(id), List.copyOf(v))));
    return all;
  }

  /** One of the person's partnership's indicators, or not found. */
  @Transactional(readOnly = true)
  public Indicator find(CurrentUser user, UUID indicatorId) {
    return all(user.partnershipId()).stream()
        .filter(i -> i.id().equals(indicatorId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("indicator", indicatorId));
  }

  private void check(CurrentUser user, IndicatorDefinition d) {
    if (d.source() == Source.COMPUTED) {
      Offered offered = d.measure() == null ? null : measures().get(d.measure());
      if (offered == null) {
        throw new ScrutinyRejectedException("measure", "scrutiny.indicator.measure.unknown");
      }
      if (offered.measure().unit() != d.unit()) {
        throw new ScrutinyRejectedException("unit", "scrutiny.indicator.unit.notMeasure");
      }
    } else if (d.agencyId() == null
        || directory
            .agency(d.agencyId())
            .filter(a -> a.partnershipId().equals(user.partnershipId()))
            .isEmpty()) {
      throw new ScrutinyRejectedException("agencyId", "scrutiny.indicator.agency.required");
    }
    for (BigDecimal band : new BigDecimal[] {d.greenAt(), d.amberAt()}) {
      if (!d.unit().allows(band)) {
        throw new ScrutinyRejectedException("greenAt", "scrutiny.indicator.band.unit");
      }
    }
    int sign = d.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
    if (sign * d.greenAt().compareTo(d.amberAt()) < 0) {
      throw new ScrutinyRejectedException("amberAt", "scrutiny.indicator.band.order");
    }
    if (d.min() != null && d.max() != null && d.min().compareTo(d.max()) > 0) {
      throw new ScrutinyRejectedException("max", "scrutiny.indicator.range.order");
    }
  }

  private void insertVersion(
      CurrentUser user, UUID indicatorId, FinancialQuarter from, IndicatorDefinition d) {
    jdbc.sql(
            "insert into scrutiny_indicator_version (id, indicator_id, from_quarter, name,"
                + " definition, unit, direction, target, green_at, amber_at, min_value, max_value,"
                + " source, measure, agency_id, defined_by_user_id, defined_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            indicatorId,
            from.code(),
            d.name(),
            d.definition(),
            d.unit().name(),
            d.direction().name(),
            d.target(),
            d.greenAt(),
            d.amberAt(),
            d.min(),
            d.max(),
            d.source().name(),
            d.source() == Source.COMPUTED ? d.measure() : null,
            d.source() == Source.ENTERED ? d.agencyId() : null,
            user.id(),
            Timestamp.from(clock.instant()))
        .update();
  }

  private static Indicator.Version version(ResultSet rs, Map<UUID, String> agencies)
      throws SQLException {
    UUID agencyId = rs.getObject("agency_id", UUID.class);
    IndicatorDefinition d =
        new IndicatorDefinition(
            rs.getString("name"),
            rs.getString("definition"),
            Unit.valueOf(rs.getString("unit")),
            Direction.valueOf(rs.getString("direction")),
            Source.valueOf(rs.getString("source")),
            rs.getString("measure"),
            agencyId,
            rs.getBigDecimal("target"),
            rs.getBigDecimal("green_at"),
            rs.getBigDecimal("amber_at"),
            rs.getBigDecimal("min_value"),
            rs.getBigDecimal("max_value"));
    return new Indicator.Version(
        rs.getObject("id", UUID.class),
        FinancialQuarter.parse(rs.getString("from_quarter")).orElseThrow(),
        d,
        agencyId == null ? null : agencies.get(agencyId));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LanternTime.ZONE);
  }

  static Comparator<Indicator> byName() {
    return Comparator.comparing(i -> i.latest().definition().name());
  }
}
