package org.lantern.people.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Permission;

/** Why someone is looking for a child, which decides where each result leads. */
enum FindPurpose {
  RECORD("record", Permission.VIEW_CHILD_RECORD, "/children/%s", null, "open child's record"),
  CONCERN(
      "concern",
      Permission.RAISE_CONCERN,
      "/concerns/new?child=%s",
      "/concerns/new?newChild=true",
      "raise a concern"),
  VERBAL(
      "verbal",
      Permission.RECORD_VERBAL_REFERRAL,
      "/front-door/verbal/new?child=%s",
      "/front-door/verbal/new?newChild=true",
      "record a phone referral"),
  AUDIT("audit", Permission.VIEW_CHILD_AUDIT, "/children/%s/audit", null, "check who has looked"),
  MISSING(
      "missing",
      Permission.RECORD_MISSING_EPISODE,
      "/missing/episodes/new?child=%s",
      null,
      "record a missing episode"),
  NOTICE(
      "notice",
      Permission.SERVE_ABDUCTION_NOTICE,
      "/abduction-notices/new?child=%s",
      null,
      "serve a child abduction warning notice"),
  /** A partner's referral straight to panel, recorded by the coordinator. */
  PANEL("panel", Permission.RUN_PANEL, "/panel-referrals/new?childId=%s", null, "refer to panel"),
  /**
   * Adding a brother or sister to a strategy discussion being started: the result leads back to the
   * start page with the children already chosen ({@link StrategyContext}).
   */
  STRATEGY(
      "strategy",
      Permission.RECORD_MEETINGS,
      "/children/%s/strategy/new",
      null,
      "add a child to a strategy meeting");

  private final String code;
  private final Permission permission;
  private final String resultLink;
  private final @Nullable String newChildLink;
  private final String auditPurpose;

  FindPurpose(
      String code,
      Permission permission,
      String resultLink,
      @Nullable String newChildLink,
      String auditPurpose) {
    this.code = code;
    this.permission = permission;
    this.resultLink = resultLink;
    this.newChildLink = newChildLink;
    this.auditPurpose = auditPurpose;
  }

  static Optional<FindPurpose> from(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  public String code() {
    return code;
  }

  Permission permission() {
    return permission;
  }

  public String linkTo(UUID childId) {
    return resultLink.formatted(childId);
  }

  /**
   * Where choosing this child leads, given what the search was started with: for {@link #STRATEGY},
   * back to the first child's start page with the chosen child added.
   */
  public String linkTo(UUID childId, @Nullable StrategyContext context) {
    if (this == STRATEGY && context != null) {
      return context.withChild(childId);
    }
    return linkTo(childId);
  }

  public @Nullable String newChildLink() {
    return newChildLink;
  }

  String auditPurpose() {
    return auditPurpose;
  }

  public String messageKey(String suffix) {
    return "find." + code + "." + suffix;
  }
}
