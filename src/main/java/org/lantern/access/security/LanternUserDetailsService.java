package org.lantern.access.security;

import java.time.Clock;
import org.lantern.access.data.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts for password sign-in, locked while a lockout lasts. */
@Service
class LanternUserDetailsService implements UserDetailsService {

  private final UserAccounts users;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  LanternUserDetailsService(UserAccounts users, CurrentUsers currentUsers, Clock clock) {
    this.users = users;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    var account =
        users
            .withUsername(username)
            .filter(a -> a.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    return new LanternPrincipal(
        currentUsers.of(account),
        account.passwordHash(),
        account.isLockedAt(clock.instant()),
        account.enabled());
  }
}
