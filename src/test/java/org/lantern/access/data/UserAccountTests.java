package org.lantern.access.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.Role;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes; a day without one ends the
 * run.
 */
class UserAccountTests {

  static final int MAX = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(15);
  static final Duration WINDOW = Duration.ofHours(24);
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  static UserAccountEntity account() {
    return new UserAccountEntity(
        UUID.randomUUID(),
        "amy",
        "Amy Teacher",
        null,
        "{noop}x",
        Role.PRACTITIONER,
        UUID.randomUUID(),
        null,
        T0);
  }

  static void fail(UserAccountEntity account, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      account.failedSignIn(at, MAX, LOCKOUT, WINDOW);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void fewerThanFiveFailuresDoNotLock(int failures) {
    UserAccountEntity a = account();
    fail(a, failures, T0);

    assertThat(a.isLockedAt(T0)).isFalse();
    assertThat(a.lockedUntil()).isNull();
    assertThat(a.failedAttempts()).isEqualTo(failures);
  }

  @Test
  void theFifthFailureLocksForTheLockout() {
    UserAccountEntity a = account();
    fail(a, 4, T0);
    Instant fifth = T0.plusSeconds(30);
    assertThat(a.failedSignIn(fifth, MAX, LOCKOUT, WINDOW)).as("this one locked it").isTrue();

    assertThat(a.lockedUntil()).isEqualTo(fifth.plus(LOCKOUT));
    assertThat(a.isLockedAt(fifth)).isTrue();
    assertThat(a.isLockedAt(fifth.plus(LOCKOUT).minusSeconds(1))).isTrue();
    assertThat(a.isLockedAt(fifth.plus(LOCKOUT))).isFalse();
  }

  @Test
  void whileLockedFurtherFailuresNeitherCountNorExtendTheLock() {
    UserAccountEntity a = account();
    fail(a, 5, T0);

    fail(a, 10, T0.plus(Duration.ofMinutes(10)));

    assertThat(a.lockedUntil()).isEqualTo(T0.plus(LOCKOUT));
    assertThat(a.failedAttempts()).isZero();
  }

  @Test
  void afterTheLockoutTheCountStartsAgain() {
    UserAccountEntity a = account();
    fail(a, 5, T0);
    Instant later = T0.plus(LOCKOUT).plusSeconds(1);

    fail(a, 4, later);
    assertThat(a.isLockedAt(later)).isFalse();

    a.failedSignIn(later, MAX, LOCKOUT, WINDOW);
    assertThat(a.isLockedAt(later)).isTrue();
    assertThat(a.lockedUntil()).isEqualTo(later.plus(LOCKOUT));
  }

  @Test
  void signingInResetsTheCount() {
    UserAccountEntity a = account();
    fail(a, 4, T0);

    a.signedIn();
    fail(a, 4, T0);

    assertThat(a.failedAttempts()).isEqualTo(4);
    assertThat(a.isLockedAt(T0)).isFalse();
  }

  static Stream<Arguments> quietBeforeTheFifth() {
    return Stream.of(
        Arguments.of(Duration.ofMinutes(1), true),
        Arguments.of(WINDOW.minusSeconds(1), true),
        Arguments.of(WINDOW, false),
        Arguments.of(Duration.ofDays(30), false));
  }

  @ParameterizedTest(name = "four wrong, {0} without one, then a fifth: locks {1}")
  @MethodSource("quietBeforeTheFifth")
  void aRunOfWrongPasswordsEndsAfterADayWithoutOne(Duration quiet, boolean locks) {
    UserAccountEntity a = account();
    fail(a, 4, T0);
    Instant fifth = T0.plus(quiet);

    assertThat(a.failedSignIn(fifth, MAX, LOCKOUT, WINDOW)).isEqualTo(locks);

    assertThat(a.isLockedAt(fifth)).isEqualTo(locks);
    assertThat(a.failedAttempts()).isEqualTo(locks ? 0 : 1);
  }

  @Test
  void onlyTheFailureThatLocksSaysSo() {
    UserAccountEntity a = account();
    for (int i = 1; i <= 4; i++) {
      assertThat(a.failedSignIn(T0, MAX, LOCKOUT, WINDOW)).isFalse();
    }
    assertThat(a.failedSignIn(T0, MAX, LOCKOUT, WINDOW)).isTrue();
    assertThat(a.failedSignIn(T0.plusSeconds(1), MAX, LOCKOUT, WINDOW)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"amy", "Amy", "  AMY ", "\tamy\n"})
  void theUsernameIsKeptTrimmedAndInLowerCase(String typed) {
    assertThat(UserAccountEntity.normalise(typed)).isEqualTo("amy");
    assertThat(
            new UserAccountEntity(
                    UUID.randomUUID(),
                    typed,
                    "Amy",
                    null,
                    null,
                    Role.PRACTITIONER,
                    UUID.randomUUID(),
                    null,
                    T0)
                .username())
        .isEqualTo("amy");
  }
}
