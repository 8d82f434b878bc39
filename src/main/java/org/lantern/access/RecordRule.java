package org.lantern.access;

/**
 * A rule that the module owning a record decides about it, beyond the role: that the person chairs
 * this panel, owns this action, recorded this episode. {@link AccessPolicy#requireRole(CurrentUser,
 * Permission, RecordRef, RecordRule)} audits it when it does not hold, with {@code basis} as the
 * reason.
 *
 * @param holds whether the person meets the rule
 * @param basis why they are refused when they do not, for the audit log (e.g. {@code NOT_CHAIR})
 * @param hidesRecord whether a refusal (by the rule or by the role) answers as if the record did
 *     not exist (404), so that it does not reveal that it does
 */
public record RecordRule(boolean holds, String basis, boolean hidesRecord) {

  /** Refused (403) with this basis unless it holds. */
  public static RecordRule of(boolean holds, String basis) {
    return new RecordRule(holds, basis, false);
  }

  /**
   * Refused as "not found" (404) with this basis unless it holds, and refused so too when the role
   * does not allow it: the record stays hidden from whoever is refused.
   */
  public static RecordRule hidden(boolean holds, String basis) {
    return new RecordRule(holds, basis, true);
  }
}
