package org.lantern.access.security;

import java.util.List;
import org.lantern.access.PartnerSystem;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated partner system. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

  private final PartnerSystem principal;

  ApiClientAuthentication(PartnerSystem principal) {
    this(principal, true);
  }

  /** Out of scope, it holds no authority, so the API refuses it (403, audited). */
  ApiClientAuthentication(PartnerSystem principal, boolean inScope) {
    super(inScope ? List.of(new SimpleGrantedAuthority("ROLE_PARTNER_SYSTEM")) : List.of());
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public PartnerSystem getPrincipal() {
    return principal;
  }
}
