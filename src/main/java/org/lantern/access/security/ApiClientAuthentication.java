package org.lantern.access.security;

import java.util.List;
import org.lantern.access.PartnerSystem;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated partner system. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

  private final PartnerSystem principal;

  ApiClientAuthentication(PartnerSystem principal) {
    super(List.of(new SimpleGrantedAuthority("ROLE_PARTNER_SYSTEM")));
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
