package org.lantern.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention rules as data: for each kind of record a module keeps ({@link RetainedRecords}), how
 * many months from its anchor it is kept. A partnership starts from each kind's default; the
 * officer sets its own, never zero, audited from what to what.
 */
@Service
public class RetentionRules {

  public static final int MAX_MONTHS = 1200;

  private final AccessPolicy policy;
  private final List<RetainedRecords> kinds;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  RetentionRules(
      AccessPolicy policy,
      List<RetainedRecords> kinds,
      JdbcClient jdbc,
      AuditLog audit,
      Clock clock) {
    this.policy = policy;
    this.kinds = kinds.stream().sorted(Comparator.comparing(RetainedRecords::kind)).toList();
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A rule as the officer sees it: the kind, its months, and whether it is the default. */
  public record Rule(RecordKind kind, RetentionAnchor anchor, int months, boolean byDefault) {}

  @Transactional(readOnly = true)
  public List<Rule> rules(CurrentUser officer) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION);
    return rulesOf(officer.partnershipId());
  }

  /** The partnership's rules, every kind (for the daily job, which acts for no one). */
  @Transactional(readOnly = true)
  public List<Rule> rulesOf(UUID partnershipId) {
    Map<RecordKind, Integer> set =
        jdbc
            .sql("select record_kind, period_months from retention_rule where partnership_id = ?")
            .param(partnershipId)
            .query((rs, n) -> Map.entry(RecordKind.valueOf(rs.getString(1)), rs.getInt(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return kinds.stream()
        .map(
            k ->
                set.containsKey(k.kind())
                    ? new Rule(k.kind(), k.anchor(), set.get(k.kind()), false)
                    : new Rule(k.kind(), k.anchor(), k.defaultMonths(), true))
        .toList();
  }

  /**
   * Sets the kind's period: at least one month (a period of zero is refused), at most 100 years.
   */
  @Transactional
  public void set(CurrentUser officer, RecordKind kind, int months) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION);
    if (source(kind).isEmpty()) {
      throw new GovernanceRuleBroken("months", "governance.rule.kind.unknown");
    }
    if (months <= 0) {
      throw new GovernanceRuleBroken("months", "governance.rule.months.zero");
    }
    if (months > MAX_MONTHS) {
      throw new GovernanceRuleBroken("months", "governance.rule.months.tooLong");
    }
    Rule before =
        rulesOf(officer.partnershipId()).stream()
            .filter(r -> r.kind().equals(kind))
            .findFirst()
            .orElseThrow();
    if (before.months() == months && !before.byDefault()) {
      return;
    }
    int updated =
        jdbc.sql(
                "update retention_rule set period_months = ?, changed_at = ?,"
                    + " version = version + 1 where partnership_id = ? and record_kind = ?")
            .params(months, now(), officer.partnershipId(), kind.name())
            .update();
    UUID id;
    if (updated == 0) {
      id = UUID.randomUUID();
      jdbc.sql(
              "insert into retention_rule (id, partnership_id, record_kind, period_months,"
                  + " changed_at) values (?, ?, ?, ?, ?)")
          .params(id, officer.partnershipId(), kind.name(), months, now())
          .update();
    } else {
      id =
          jdbc.sql("select id from retention_rule where partnership_id = ? and record_kind = ?")
              .params(officer.partnershipId(), kind.name())
              .query(UUID.class)
              .single();
    }
    audit.record(
        officer,
        AuditAction.RETENTION_RULE_SET,
        null,
        RecordRef.of("RETENTION_RULE", id),
        null,
        kind
            + ": "
            + before.months()
            + " months"
            + (before.byDefault() ? " (default)" : "")
            + " → "
            + months
            + " months");
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  Optional<RetainedRecords> source(RecordKind kind) {
    return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
  }
}
