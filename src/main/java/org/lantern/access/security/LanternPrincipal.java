package org.lantern.access.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in local account: the current user plus what Spring Security needs to check it. */
public final class LanternPrincipal implements UserDetails, CredentialsContainer, HoldsCurrentUser {

  private final CurrentUser user;
  private @Nullable String passwordHash;
  private final boolean locked;
  private final boolean enabled;

  LanternPrincipal(
      CurrentUser user, @Nullable String passwordHash, boolean locked, boolean enabled) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.locked = locked;
    this.enabled = enabled;
  }

  @Override
  public CurrentUser currentUser() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(user);
  }

  static List<GrantedAuthority> authorities(CurrentUser user) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LanternPrincipal p && p.user.id().equals(user.id());
  }

  @Override
  public int hashCode() {
    return user.id().hashCode();
  }

  @Override
  public String toString() {
    return "LanternPrincipal[" + user.username() + "]";
  }
}
