package org.lantern.access;

import org.springframework.security.access.AccessDeniedException;

/** A page or action that the person's role does not allow at all (not about one child). */
public class AccessDeniedForRole extends AccessDeniedException {

  public AccessDeniedForRole(Role role) {
    super("Not permitted for role " + role);
  }
}
