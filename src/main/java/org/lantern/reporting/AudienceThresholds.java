package org.lantern.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.disclosure.DisclosureSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The small-number threshold the partnership chose for each suppressed audience; an audience it has
 * not chosen for uses the configured one ({@code lantern.disclosure.threshold}).
 */
@Service
public class AudienceThresholds {

  /** The smallest threshold (1 hides nothing). */
  public static final int MINIMUM = 1;

  /** The largest the form takes: above it nearly every table of a county would be hidden. */
  public static final int MAXIMUM = 100;

  private final JdbcTemplate jdbc;
  private final DisclosureSettings defaults;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  AudienceThresholds(
      JdbcTemplate jdbc,
      DisclosureSettings defaults,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.defaults = defaults;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** The threshold of each suppressed audience. */
  @Transactional(readOnly = true)
  public Map<Audience, Integer> all(CurrentUser user) {
    policy.requireRole(user, Permission.MANAGE_REPORT_THRESHOLDS);
    return thresholds(user.partnershipId());
  }

  Map<Audience, Integer> thresholds(UUID partnershipId) {
    Map<Audience, Integer> found = new EnumMap<>(Audience.class);
    for (Audience a : Audience.values()) {
      if (a.suppressed()) {
        found.put(a, defaults.threshold());
      }
    }
    jdbc.query(
        "select audience, threshold from report_audience_threshold where partnership_id = ?",
        rs -> {
          found.put(Audience.valueOf(rs.getString("audience")), rs.getInt("threshold"));
        },
        partnershipId);
    return found;
  }

  /** The configured default, shown beside the form. */
  public int defaultThreshold() {
    return defaults.threshold();
  }

  /** Saves the partnership's thresholds (each already checked to be from 1 to 100). */
  @Transactional
  public void save(CurrentUser user, Map<Audience, Integer> chosen) {
    policy.requireRole(user, Permission.MANAGE_REPORT_THRESHOLDS);
    Map<Audience, Integer> before = thresholds(user.partnershipId());
    StringBuilder changes = new StringBuilder();
    for (Map.Entry<Audience, Integer> e : chosen.entrySet()) {
      if (!e.getKey().suppressed()) {
        throw new IllegalArgumentException(e.getKey() + " is never suppressed");
      }
      int threshold = e.getValue();
      if (threshold < MINIMUM || threshold > MAXIMUM) {
        throw new IllegalArgumentException("a threshold must be from 1 to 100");
      }
      jdbc.update(
          "delete from report_audience_threshold where partnership_id = ? and audience = ?",
          user.partnershipId(),
          e.getKey().name());
      jdbc.update(
          """
          insert into report_audience_threshold
            (partnership_id, audience, threshold, updated_by, updated_at) values (?, ?, ?, ?, ?)
          """,
          user.partnershipId(),
          e.getKey().name(),
          threshold,
          user.id(),
          Timestamp.from(clock.instant()));
      if (!before.get(e.getKey()).equals(threshold)) {
        changes.append(e.getKey()).append(' ').append(before.get(e.getKey()));
        changes.append(" -> ").append(threshold).append("; ");
      }
    }
    audit.record(
        user,
        AuditAction.MANAGE_REPORT_THRESHOLDS,
        null,
        new RecordRef("REPORT_THRESHOLDS", user.partnershipId().toString()),
        "ROLE",
        changes.isEmpty() ? "unchanged" : changes.toString().strip());
  }
}
