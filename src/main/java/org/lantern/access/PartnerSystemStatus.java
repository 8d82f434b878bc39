package org.lantern.access;

/** Where a partner system stands: it may call the API, its expiry has passed, or it was revoked. */
public enum PartnerSystemStatus {
  ACTIVE,
  EXPIRED,
  REVOKED;

  public String messageKey() {
    return "admin.partnerSystems.status." + name();
  }
}
