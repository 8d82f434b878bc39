package org.lantern.access;

/** Why a single sign-on mapping cannot be applied now ({@link SingleSignOnMappings}). */
public enum SingleSignOnProblem {
  /** No open agency has the name or id the mapping gives. */
  NO_AGENCY,
  /** Several open agencies have that name. */
  SEVERAL_AGENCIES,
  /** The agency's kind may not hold the mapping's role. */
  ROLE_NOT_FOR_AGENCY,
  /** The agency has no open team of the mapping's team name. */
  NO_TEAM;

  public String messageKey() {
    return "admin.sso.problem." + name();
  }
}
