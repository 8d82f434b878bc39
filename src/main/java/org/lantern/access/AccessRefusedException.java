package org.lantern.access;

/**
 * The access policy said no. Already written to the audit log. When break-glass access is available
 * the page offers it.
 */
public class AccessRefusedException extends RuntimeException {

  private final ChildRef child;
  private final Permission permission;
  private final boolean breakGlassAvailable;

  public AccessRefusedException(ChildRef child, Permission permission, boolean breakGlass) {
    super("Access refused: " + permission + " on child " + child.childId());
    this.child = child;
    this.permission = permission;
    this.breakGlassAvailable = breakGlass;
  }

  public ChildRef child() {
    return child;
  }

  public Permission permission() {
    return permission;
  }

  public boolean breakGlassAvailable() {
    return breakGlassAvailable;
  }
}
