package org.lantern.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal that is not about one child's record: the role does not allow it, or the owning
 * module's rule about the record does not hold. Only {@link AccessPolicy} throws it, after writing
 * the refusal to the audit log; pages answer 403.
 */
public class AccessDeniedForRole extends AccessDeniedException {

  private final Permission permission;
  private final @Nullable RecordRef record;

  AccessDeniedForRole(CurrentUser user, Permission permission, @Nullable RecordRef record) {
    super("Not permitted: " + permission + " for role " + user.role());
    this.permission = permission;
    this.record = record;
  }

  public Permission permission() {
    return permission;
  }

  public @Nullable RecordRef record() {
    return record;
  }
}
