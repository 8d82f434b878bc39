package org.lantern.access.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessSettings;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.access.data.UnknownNameRows;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords and locks after too many in a row: an account, or a name that is not an
 * account in just the same way (so that locking does not tell which names are real). Wrong
 * passwords for an account, and its locking, are written to the audit log.
 */
@Component
class SignInAttempts {

  static final String WRONG_PASSWORD = "WRONG_PASSWORD";
  static final String LOCKED = "ACCOUNT_LOCKED";
  static final String TOO_MANY_WRONG_PASSWORDS = "TOO_MANY_WRONG_PASSWORDS";
  static final String CLOSED = "ACCOUNT_CLOSED";
  static final String NO_PASSWORD = "NO_PASSWORD_SET";

  private final UserAccounts users;
  private final UnknownNameRows unknownNames;
  private final CurrentUsers currentUsers;
  private final AccessSettings settings;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SignInAttempts(
      UserAccounts users,
      UnknownNameRows unknownNames,
      CurrentUsers currentUsers,
      AccessSettings settings,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.users = users;
    this.unknownNames = unknownNames;
    this.currentUsers = currentUsers;
    this.settings = settings;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * What a wrong password did: to an account that signs in with one ({@code locked} says whether it
   * locked it), or to an account that does not (closed, or never given a password), whose attempts
   * count against its name like a name that is not an account ({@code refusedAs} says why); for the
   * audit, written once the count is saved.
   */
  private record Counted(
      CurrentUser user,
      boolean locked,
      @Nullable Instant lockedUntil,
      @Nullable String refusedAs) {}

  @EventListener
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    String typed = typedName(event.getAuthentication());
    if (typed.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Optional<Counted> counted = transaction.execute(tx -> count(typed, now));
    // The audit rows are written after the count is saved, each in its own transaction, so that a
    // sign-in never holds two database connections at once.
    counted.ifPresent(
        c -> {
          RecordRef record = RecordRef.of("USER", c.user().id());
          String refusedAs = c.refusedAs();
          if (refusedAs != null) {
            audit.recordRefusal(
                c.user(), AuditAction.SIGN_IN_FAILED, null, record, refusedAs, null);
            return;
          }
          audit.recordRefusal(
              c.user(), AuditAction.SIGN_IN_FAILED, null, record, WRONG_PASSWORD, null);
          if (c.locked()) {
            audit.recordRefusal(
                c.user(),
                AuditAction.ACCOUNT_LOCKED,
                null,
                record,
                TOO_MANY_WRONG_PASSWORDS,
                "locked until " + c.lockedUntil());
          }
        });
  }

  private Optional<Counted> count(String typed, Instant now) {
    Optional<UserAccountEntity> account =
        users
            .lockByUsername(UserAccountEntity.normalise(typed))
            .filter(LanternUserDetailsService::signsInWithPassword);
    if (account.isEmpty()) {
      unknownNames.failed(
          typed,
          now,
          settings.maxFailedSignIns(),
          settings.lockout(),
          settings.failedSignInWindow());
      return withoutPassword(typed);
    }
    UserAccountEntity a = account.get();
    boolean locked =
        a.failedSignIn(
            now, settings.maxFailedSignIns(), settings.lockout(), settings.failedSignInWindow());
    return Optional.of(new Counted(currentUsers.of(a), locked, a.lockedUntil(), null));
  }

  /**
   * A password tried for an account that cannot sign in with one: closed, or never given a password
   * (an invitation not yet taken up, or single sign-on only). The person is answered as for a name
   * that is not an account, so the attempt does not tell whether the account exists; the audit says
   * whose account it was and why it was refused.
   */
  private Optional<Counted> withoutPassword(String typed) {
    return users
        .withUsername(typed)
        .filter(a -> !LanternUserDetailsService.signsInWithPassword(a))
        .map(a -> new Counted(currentUsers.of(a), false, null, refusedAs(a)));
  }

  private static String refusedAs(UserAccountEntity account) {
    return account.enabled() ? NO_PASSWORD : CLOSED;
  }

  /**
   * A password tried while the account (or, for an account that cannot sign in with a password, its
   * name) is locked: not counted, but audited.
   */
  @EventListener
  public void whileLocked(AuthenticationFailureLockedEvent event) {
    String typed = typedName(event.getAuthentication());
    if (typed.isEmpty()) {
      return;
    }
    record Refusal(CurrentUser user, String reason) {}
    transaction
        .execute(
            tx ->
                users
                    .withUsername(typed)
                    .map(
                        a ->
                            new Refusal(
                                currentUsers.of(a),
                                LanternUserDetailsService.signsInWithPassword(a)
                                    ? LOCKED
                                    : refusedAs(a))))
        .ifPresent(
            r ->
                audit.recordRefusal(
                    r.user(),
                    AuditAction.SIGN_IN_FAILED,
                    null,
                    RecordRef.of("USER", r.user().id()),
                    r.reason(),
                    null));
  }

  @EventListener
  @Transactional
  public void succeeded(InteractiveAuthenticationSuccessEvent event) {
    CurrentUsers.from(event.getAuthentication())
        .ifPresent(
            user -> {
              users.lockByUsername(user.username()).ifPresent(UserAccountEntity::signedIn);
              audit.record(
                  user, AuditAction.SIGNED_IN, null, RecordRef.of("USER", user.id()), null, null);
            });
  }

  /** Forgets names that are not accounts once their run of wrong passwords is over. */
  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  void forgetUnknownNames() {
    Instant now = clock.instant();
    unknownNames.forget(now.minus(settings.failedSignInWindow()), now);
  }

  private static String typedName(Authentication attempt) {
    return UserAccountEntity.normalise(String.valueOf(attempt.getPrincipal()));
  }
}
