package org.lantern.referral;

/** Who made a phone referral: someone with an account, or someone the front door records. */
public enum ReferrerKind {
  /** A person with a Lantern account: told the outcome in Lantern once they confirm in writing. */
  ACCOUNT,
  /** A professional without an account: owes written confirmation within 48 hours. */
  PROFESSIONAL,
  PARENT_OR_CARER,
  MEMBER_OF_PUBLIC;

  /** Only professionals owe the written confirmation (seed rule: the 48-hour clock). */
  public boolean owesConfirmation() {
    return this == ACCOUNT || this == PROFESSIONAL;
  }

  public String messageKey() {
    return "verbal.kind." + name();
  }
}
