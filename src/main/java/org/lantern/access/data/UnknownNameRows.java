package org.lantern.access.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Fingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords typed for names that are not accounts, counted as an account counts them (see
 * {@link FailedSignIns}), so that only a real account locking would not tell anyone which names are
 * real. In the database, not in memory, so that every copy of Lantern answers alike. A name is kept
 * only as its SHA-256 hash: people sometimes type a password into the username box.
 */
@Repository
public class UnknownNameRows {

  private final JdbcClient jdbc;

  UnknownNameRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The wrong passwords counted against this typed name. */
  @Transactional(readOnly = true)
  public FailedSignIns failures(String typed) {
    return jdbc.sql(
            """
            select failed_attempts, last_failed_at, locked_until from unknown_name_sign_in
            where name_hash = :name
            """)
        .param("name", hash(typed))
        .query(UnknownNameRows::failures)
        .optional()
        .orElse(FailedSignIns.NONE);
  }

  /** Counts one more wrong password for the name; the row is locked while it is counted. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void failed(String typed, Instant now, int max, Duration lockout, Duration window) {
    String name = hash(typed);
    jdbc.sql(
            """
            insert into unknown_name_sign_in (name_hash, failed_attempts, last_failed_at)
            values (:name, 0, :now) on conflict do nothing
            """)
        .param("name", name)
        .param("now", Timestamp.from(now))
        .update();
    FailedSignIns before =
        jdbc.sql(
                """
                select failed_attempts, last_failed_at, locked_until from unknown_name_sign_in
                where name_hash = :name for update
                """)
            .param("name", name)
            .query(UnknownNameRows::failures)
            .single();
    FailedSignIns after = before.failed(now, max, lockout, window);
    jdbc.sql(
            """
            update unknown_name_sign_in
            set failed_attempts = :count, last_failed_at = :last, locked_until = :until
            where name_hash = :name
            """)
        .param("count", after.count())
        .param("last", timestamp(after.lastFailedAt()))
        .param("until", timestamp(after.lockedUntil()))
        .param("name", name)
        .update();
  }

  /**
   * Forgets names whose last wrong password was at or before {@code lastBy} (their run is over) and
   * that are not locked at {@code now}.
   */
  @Transactional
  public int forget(Instant lastBy, Instant now) {
    return jdbc.sql(
            """
            delete from unknown_name_sign_in
            where last_failed_at <= :lastBy and (locked_until is null or locked_until <= :now)
            """)
        .param("lastBy", Timestamp.from(lastBy))
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The name as an account would have it, hashed. */
  static String hash(String typed) {
    return Fingerprint.of(UserAccountEntity.normalise(typed));
  }

  private static FailedSignIns failures(ResultSet rs, int row) throws SQLException {
    return new FailedSignIns(
        rs.getInt("failed_attempts"),
        instant(rs.getTimestamp("last_failed_at")),
        instant(rs.getTimestamp("locked_until")));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
