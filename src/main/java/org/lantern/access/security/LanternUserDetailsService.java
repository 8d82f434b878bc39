package org.lantern.access.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.lantern.access.data.UnknownNameRows;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for password sign-in, locked while a lockout lasts.
 *
 * <p>A name that is not a local account that may sign in (no such account, one for single sign-on
 * only, one switched off) gets a stand-in that goes through the same checks: locked when its own
 * count of wrong passwords says so, otherwise its password compared with a hash as slow as an
 * account's. So the answer, and the time it takes, do not tell anyone which usernames exist. The
 * stand-in can never sign in: no password matches its hash, and its credentials count as expired.
 */
@Service
class LanternUserDetailsService implements UserDetailsService {

  private final UserAccounts users;
  private final UnknownNameRows unknownNames;
  private final CurrentUsers currentUsers;
  private final Clock clock;
  private final String standInHash;

  LanternUserDetailsService(
      UserAccounts users,
      UnknownNameRows unknownNames,
      CurrentUsers currentUsers,
      PasswordEncoder passwords,
      Clock clock) {
    this.users = users;
    this.unknownNames = unknownNames;
    this.currentUsers = currentUsers;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.standInHash = passwords.encode(Base64.getEncoder().encodeToString(secret));
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    String name = UserAccountEntity.normalise(username);
    if (name.isEmpty()) {
      throw new UsernameNotFoundException("No username");
    }
    Instant now = clock.instant();
    return users
        .findByUsername(name)
        .filter(LanternUserDetailsService::signsInWithPassword)
        .<UserDetails>map(
            account ->
                new LanternPrincipal(
                    currentUsers.of(account),
                    account.passwordHash(),
                    account.isLockedAt(now),
                    true))
        .orElseGet(
            () ->
                User.withUsername(name)
                    .password(standInHash)
                    .authorities(List.of())
                    .accountLocked(unknownNames.failures(name).lockedAt(now))
                    .credentialsExpired(true)
                    .build());
  }

  /** Whether the account is one whose wrong passwords count against it (else against its name). */
  static boolean signsInWithPassword(UserAccountEntity account) {
    return account.passwordHash() != null && account.enabled();
  }
}
