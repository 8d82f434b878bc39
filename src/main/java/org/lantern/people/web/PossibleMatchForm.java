package org.lantern.people.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** The front door's decision on a possible match: the same child (join) or not (keep apart). */
public class PossibleMatchForm {

  static final int MAX_REASON = 1000;

  /** What the front door decided. */
  enum Decision {
    JOIN,
    KEEP_APART
  }

  private @Nullable String decision;
  private @Nullable String reason;
  private long version;
  private @Nullable String back;

  void validate(Errors errors) {
    if (decision() == null) {
      errors.rejectValue("decision", "possibleMatch.decision.required");
    }
    String r = Texts.clean(reason);
    if (r == null) {
      errors.rejectValue("reason", "possibleMatch.reason.required");
    } else if (r.length() > MAX_REASON) {
      errors.rejectValue("reason", "possibleMatch.reason.tooLong", new Object[] {MAX_REASON}, null);
    }
  }

  @Nullable Decision decision() {
    for (Decision d : Decision.values()) {
      if (d.name().equals(decision)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Where to go after deciding: a page of Lantern's own (the concern the front door came from),
   * never another site.
   */
  String backOr(String otherwise) {
    return back != null && back.matches("/[A-Za-z0-9/-]{1,200}") && !back.startsWith("//")
        ? back
        : otherwise;
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public @Nullable String getBack() {
    return back;
  }

  public void setBack(@Nullable String back) {
    this.back = back;
  }
}
