package org.lantern.flags;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The check rows ({@code flag_check}) of a group commit written as one JDBC batch: each check of
 * the group adds its row as its writes run, and the group's rows go to the database together just
 * before the group's transaction commits — one round trip for the group's check rows, not one a
 * check. Inside the same transaction as each check's audit row and notice, so still never one
 * without the others; if the batch fails, the group rolls back and each check is written alone
 * ({@link CheckCommits}). Outside a group commit (a caller already in a transaction: a test, a
 * larger piece of work) a row is inserted at once, so that what follows in that transaction sees
 * it.
 */
@Component
class CheckRows {

  static final String INSERT =
      """
      insert into flag_check (id, partnership_id, child_id, setting, channel,
        checked_by_user_id, checked_by_name, agency_name, checked_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final JdbcTemplate jdbc;

  CheckRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes this check row: with the group's others before the group commits, or at once. */
  void add(Object[] row) {
    if (!CheckCommits.writingGroup()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      jdbc.update(INSERT, row);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = (List<Object[]>) TransactionSynchronizationManager.getResource(this);
    if (rows == null) {
      List<Object[]> group = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, group);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              jdbc.batchUpdate(INSERT, group);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(CheckRows.this);
            }
          });
      rows = group;
    }
    rows.add(row);
  }
}
