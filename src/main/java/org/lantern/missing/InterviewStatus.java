package org.lantern.missing;

/** Where a returned child's return interview stands. */
public enum InterviewStatus {
  /** The child has not returned yet: no interview is due. */
  NOT_DUE,
  /** Returned; the interview has not been offered yet. */
  TO_OFFER,
  /** Offered; waiting to take place. */
  OFFERED,
  DECLINED,
  COMPLETED,
  /**
   * Missing from school (education): statutory return interviews are for children missing from home
   * or care, so the episode never enters the queue.
   */
  NOT_STATUTORY;

  /** Still on the missing service's queue. */
  public boolean open() {
    return this == TO_OFFER || this == OFFERED;
  }

  public String messageKey() {
    return "missing.interview.status." + name();
  }
}
