package org.lantern.flags;

/**
 * A partner system's flag refused, and why: nothing of it was saved. {@code messageKey} says it in
 * words; {@code reason} decides the answer's status.
 */
public class PartnerFlagRejected extends RuntimeException {

  /** Why, which decides the status of the answer. */
  public enum Reason {
    /** The request itself is malformed or lacks what it must have (400). */
    INVALID,
    /** This system may not create flags of this type (403). */
    NOT_ALLOWED,
    /** The flag is not one this system sent, or does not exist (404). */
    NOT_FOUND,
    /** Well formed but not acceptable: unknown code, unknown child, dates out of order (422). */
    UNPROCESSABLE
  }

  private final Reason reason;
  private final String messageKey;

  public PartnerFlagRejected(Reason reason, String messageKey) {
    super(messageKey);
    this.reason = reason;
    this.messageKey = messageKey;
  }

  public Reason reason() {
    return reason;
  }

  public String messageKey() {
    return messageKey;
  }
}
