package org.lantern.access.data;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wrong passwords in a row and the lockout they lead to. One rule for accounts and for names that
 * are not accounts, so that the lockout does not tell anyone which usernames exist.
 *
 * @param count wrong passwords in a row, not yet locked
 * @param lastFailedAt the latest of them
 * @param lockedUntil when the latest lockout ends
 */
public record FailedSignIns(
    int count, @Nullable Instant lastFailedAt, @Nullable Instant lockedUntil) {

  public static final FailedSignIns NONE = new FailedSignIns(0, null, null);

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * One more wrong password at {@code now}. The {@code max}th in a row locks for {@code lockout}; a
   * run is broken by {@code window} without a wrong password. While locked, nothing changes.
   */
  public FailedSignIns failed(Instant now, int max, Duration lockout, Duration window) {
    if (lockedAt(now)) {
      return this;
    }
    boolean runGoesOn = lastFailedAt != null && lastFailedAt.plus(window).isAfter(now);
    int failures = (runGoesOn ? count : 0) + 1;
    if (failures >= max) {
      return new FailedSignIns(0, now, now.plus(lockout));
    }
    return new FailedSignIns(failures, now, lockedUntil);
  }

  /** Whether going from this to {@code next} locked the name. */
  public boolean locks(FailedSignIns next, Instant now) {
    return !lockedAt(now) && next.lockedAt(now);
  }
}
