package org.lantern.reporting;

import org.lantern.access.Permission;

/**
 * Who a period report is for: what they may read and whether small counts are hidden from them. The
 * partnership chooses the threshold of each suppressed audience ({@link AudienceThresholds}).
 */
public enum Audience {
  /** The partnership's own officers: every count. */
  INTERNAL(Permission.VIEW_PERIOD_REPORT, false),
  /** Circulated to the partner agencies: small counts hidden at the partners' threshold. */
  PARTNERS(Permission.VIEW_PARTNERS_PERIOD_REPORT, true),
  /** Published, and the committee's part A: small counts hidden at the public threshold. */
  PUBLIC(Permission.VIEW_PUBLISHED_PERIOD_REPORT, true),
  /** The committee's exempt part B: every count, for its named members only. */
  COMMITTEE_EXEMPT(Permission.VIEW_EXEMPT_PERIOD_REPORT, false);

  private final Permission permission;
  private final boolean suppressed;

  Audience(Permission permission, boolean suppressed) {
    this.permission = permission;
    this.suppressed = suppressed;
  }

  /** What a person needs to read the report for this audience. */
  public Permission permission() {
    return permission;
  }

  /** Whether small counts are hidden from this audience. */
  public boolean suppressed() {
    return suppressed;
  }

  public String messageKey() {
    return "report.audience." + name();
  }
}
