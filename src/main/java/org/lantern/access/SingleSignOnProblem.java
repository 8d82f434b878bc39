package org.lantern.access;

/**
 * Why a single sign-on mapping cannot be applied now ({@link SingleSignOnMappings}), or cannot be
 * saved as a partnership's own mapping ({@link SingleSignOnMappingChanges}); each belongs to one
 * field of the form.
 */
public enum SingleSignOnProblem {
  /** No open agency has the name or id the mapping gives (or not in the partnership). */
  NO_AGENCY("agencyId"),
  /** Several open agencies have that name. */
  SEVERAL_AGENCIES("agencyId"),
  /** The agency's kind may not hold the mapping's role. */
  ROLE_NOT_FOR_AGENCY("role"),
  /** The agency has no open team of the mapping's team name (or id). */
  NO_TEAM("teamId"),
  /** No claim is named. */
  NO_CLAIM("claim"),
  /** No value of the claim is given. */
  NO_VALUE("value"),
  /** No role, or one not for people. */
  NO_ROLE("role"),
  /** Another of the partnership's mappings reads the same claim and value. */
  DUPLICATE("value");

  private final String field;

  SingleSignOnProblem(String field) {
    this.field = field;
  }

  public String messageKey() {
    return "admin.sso.problem." + name();
  }

  /** The form's field it is about. */
  public String field() {
    return field;
  }

  /** What the form says by that field. */
  public String formMessageKey() {
    return "admin.sso.form.problem." + name();
  }
}
