package org.lantern.access.security;

import java.time.Clock;
import org.lantern.access.AccessSettings;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.RecordRef;
import org.lantern.access.data.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords and locks an account after too many in a row. */
@Component
class SignInAttempts {

  private final UserAccounts users;
  private final AccessSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  SignInAttempts(UserAccounts users, AccessSettings settings, AuditLog audit, Clock clock) {
    this.users = users;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
    users
        .withUsername(username)
        .ifPresent(
            account ->
                account.failedSignIn(
                    clock.instant(), settings.maxFailedSignIns(), settings.lockout()));
  }

  @EventListener
  @Transactional
  public void succeeded(InteractiveAuthenticationSuccessEvent event) {
    CurrentUsers.from(event.getAuthentication())
        .ifPresent(
            user -> {
              users.findById(user.id()).ifPresent(account -> account.signedIn());
              audit.record(
                  user, AuditAction.SIGNED_IN, null, RecordRef.of("USER", user.id()), null, null);
            });
  }
}
