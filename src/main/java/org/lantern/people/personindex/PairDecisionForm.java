package org.lantern.people.personindex;

import org.jspecify.annotations.Nullable;
import org.lantern.people.PersonLinking;
import org.springframework.validation.Errors;

/** A reviewer's decision on a pair, with the version they read. */
public class PairDecisionForm {

  private @Nullable String decision;
  private long version;

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  void validate(Errors errors) {
    if (decision == null || !(decision.equals("CONFIRM") || decision.equals("REJECT"))) {
      errors.rejectValue("decision", "linkage.decision.required");
    }
  }

  PersonLinking.Decision decision() {
    return PersonLinking.Decision.valueOf(decision);
  }
}
