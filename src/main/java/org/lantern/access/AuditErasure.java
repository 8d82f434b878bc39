package org.lantern.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's retention, a month of a partnership's log at a time (UK months): which months
 * hold rows retention may erase, and erasing them through the database function {@code
 * audit_event_erase}, the only delete the append-only trigger lets through. What is never erased:
 * the rows about a child whose record is still held (the audit of access to a child's record is
 * kept as long as the record), and the rows recording an erasure. Called by {@code governance}'s
 * retention, which checks the officer's permission and audits the erasure.
 *
 * <p>Rows of no partnership (a single sign-on refused because no mapping said whose the person
 * would be) go with a partnership's month once the <em>longest</em> of every partnership's period
 * has passed: such a row may be about any partnership, so none is erased before every partnership's
 * own audit of that month may be (with one partnership, that is simply its period). They are not
 * listed on their own: no officer answers for them, and they leave with the partnerships' months.
 */
@Service
public class AuditErasure {

  /** The rows retention may erase; the same condition as the database function's. */
  private static final String ERASABLE =
      "a.partnership_id = ? and a.occurred_at >= ? and a.occurred_at < ?"
          + " and a.action <> 'RECORD_ERASED' and (a.child_id is null"
          + " or not exists (select 1 from child c where c.id = a.child_id))";

  /** Earlier than any row the log can hold (a month of 1910 is as listable as one of 2010). */
  private static final Instant BEFORE_ANY_ROW = Instant.parse("1900-01-01T00:00:00Z");

  private final JdbcClient jdbc;

  AuditErasure(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The months up to and including {@code until} that hold rows retention may erase. */
  @Transactional(readOnly = true)
  public List<YearMonth> erasableMonths(UUID partnershipId, YearMonth until) {
    Timestamp end = Timestamp.from(start(until.plusMonths(1)));
    Timestamp first =
        jdbc.sql("select min(a.occurred_at) from audit_event a where " + ERASABLE)
            .params(partnershipId, Timestamp.from(BEFORE_ANY_ROW), end)
            .query(Timestamp.class)
            .optional()
            .orElse(null);
    List<YearMonth> months = new ArrayList<>();
    if (first == null) {
      return months;
    }
    for (YearMonth m = YearMonth.from(first.toInstant().atZone(LanternTime.ZONE));
        !m.isAfter(until);
        m = m.plusMonths(1)) {
      boolean any =
          jdbc.sql(
                      "select count(*) from (select 1 from audit_event a where "
                          + ERASABLE
                          + " fetch first 1 rows only) x")
                  .params(
                      partnershipId,
                      Timestamp.from(start(m)),
                      Timestamp.from(start(m.plusMonths(1))))
                  .query(Long.class)
                  .single()
              > 0;
      if (any) {
        months.add(m);
      }
    }
    return months;
  }

  /**
   * Erases what retention may of the partnership's audit log for the month, in the caller's
   * transaction; the database refuses a month whose retention has not passed. Returns how many rows
   * went.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long erase(UUID partnershipId, YearMonth month) {
    return jdbc.sql(
            "select audit_event_erase(?, cast(? as timestamp with time zone),"
                + " cast(? as timestamp with time zone))")
        .params(partnershipId, utc(start(month)), utc(start(month.plusMonths(1))))
        .query(Long.class)
        .single();
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(LanternTime.ZONE).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
