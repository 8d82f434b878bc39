package org.lantern.referral;

/**
 * Risk indicators a referrer can tick. Who each copies in is the copy rule (notify.CopySettings).
 */
public enum RiskIndicator {
  SEXUAL_EXPLOITATION,
  CRIMINAL_EXPLOITATION,
  MISSING,
  ONLINE_HARM,
  SUBSTANCE_MISUSE,
  MISSING_FROM_EDUCATION,
  OLDER_PARTNER,
  UNEXPLAINED_GIFTS_OR_MONEY,
  TRAFFICKING;

  public boolean namesExploitation() {
    return this == SEXUAL_EXPLOITATION || this == CRIMINAL_EXPLOITATION;
  }

  public String messageKey() {
    return "indicator." + name();
  }
}
