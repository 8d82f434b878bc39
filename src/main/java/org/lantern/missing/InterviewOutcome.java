package org.lantern.missing;

/** What the missing-service worker records about a return interview. */
public enum InterviewOutcome {
  OFFERED,
  DECLINED,
  COMPLETED;

  public String messageKey() {
    return "missing.interview.outcome." + name();
  }
}
