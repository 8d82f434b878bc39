package org.lantern.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lantern.access.Accounts;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetainedRecords;
import org.lantern.governance.RetentionAnchor;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Component;

/**
 * A member of staff's closed account keeps their name and e-mail address for six years (72 months,
 * by default) after it was closed, then is listed for the information governance officer; deleting
 * it removes the name and e-mail address. The account itself stays, with its username, because the
 * audit log's rows name it and nothing in the audit log is changed.
 */
@Component
class ClosedAccountRetention implements RetainedRecords {

  /** What an erased account is called from then on. */
  static final String ERASED_NAME = "Erased account";

  private final Accounts accounts;

  ClosedAccountRetention(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CLOSED_ACCOUNT;
  }

  @Override
  public RetentionAnchor anchor() {
    return RetentionAnchor.RECORD_CLOSED;
  }

  @Override
  public int defaultMonths() {
    return 6 * 12;
  }

  @Override
  public List<Due> dueBy(UUID partnershipId, int months, LocalDate day) {
    // closed before the start of the day after (day - months) + 1: a few days generous, then exact
    var before = day.minusMonths(months).plusDays(3).atStartOfDay(LanternTime.ZONE).toInstant();
    return accounts.closedBefore(partnershipId, before).stream()
        .map(
            c ->
                new Due(
                    c.id().toString(),
                    null,
                    c.closedAt().atZone(LanternTime.ZONE).toLocalDate().plusMonths(months)))
        .filter(d -> !d.dueOn().isAfter(day))
        .toList();
  }

  @Override
  public void erase(UUID partnershipId, String recordId) {
    accounts.eraseClosed(partnershipId, UUID.fromString(recordId), ERASED_NAME);
  }
}
