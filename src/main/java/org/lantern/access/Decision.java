package org.lantern.access;

/** The access policy's answer, with its basis so that the audit log can say why. */
public record Decision(boolean allowed, Basis basis, boolean breakGlassAvailable) {

  public enum Basis {
    PARTNERSHIP_ROLE,
    RELATIONSHIP,
    BREAK_GLASS,
    ROLE,
    OTHER_PARTNERSHIP,
    NO_RELATIONSHIP,
    ROLE_NOT_PERMITTED
  }

  static Decision allow(Basis basis) {
    return new Decision(true, basis, false);
  }

  static Decision refuse(Basis basis, boolean breakGlassAvailable) {
    return new Decision(false, basis, breakGlassAvailable);
  }
}
