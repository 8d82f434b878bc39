package org.lantern.governance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.lantern.access.AuditErasure;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The audit log under retention, a month at a time: a month is kept for six years (72 months, by
 * default) from its end, then listed for the information governance officer, whose confirmation
 * erases its rows. Never erased, whatever their age: the rows about a child whose record is still
 * held (the audit of access to a child's record is kept at least as long as the record) and the
 * rows recording an erasure. The database function that erases enforces both, and the period.
 */
@Component
class AuditLogRetention implements RetainedRecords {

  /** What the database function says of a month whose period has not passed. */
  private static final String NOT_YET_DUE = "has not reached the end of its retention";

  private final AuditErasure erasure;

  AuditLogRetention(AuditErasure erasure) {
    this.erasure = erasure;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.AUDIT_LOG;
  }

  @Override
  public RetentionAnchor anchor() {
    return RetentionAnchor.RECORD_MADE;
  }

  @Override
  public int defaultMonths() {
    return 6 * 12;
  }

  /** The months that ended {@code months} or more before {@code day} and hold rows to erase. */
  @Override
  public List<Due> dueBy(UUID partnershipId, int months, LocalDate day) {
    YearMonth until = YearMonth.from(day.minusMonths(months)).minusMonths(1);
    return erasure.erasableMonths(partnershipId, until).stream()
        .map(m -> new Due(m.toString(), null, m.plusMonths(1).atDay(1).plusMonths(months)))
        .toList();
  }

  /**
   * Erases the month; refused by the field when the database finds its period not yet passed (the
   * officer lengthened the rule after the month was listed).
   */
  @Override
  public void erase(UUID partnershipId, String recordId) {
    try {
      erasure.erase(partnershipId, YearMonth.parse(recordId));
    } catch (DataAccessException refused) {
      if (String.valueOf(refused.getMessage()).contains(NOT_YET_DUE)) {
        throw new GovernanceRuleBroken("review", "governance.review.notYetDue");
      }
      throw refused;
    }
  }
}
