package org.lantern.missing.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.missing.InterviewOutcome;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** Recording a return interview: offered, declined or completed, with what the child said. */
public class InterviewForm {

  private long version;
  private @Nullable String outcome;
  private DateInput at = new DateInput();
  private @Nullable String atTime;
  private List<String> factors = new ArrayList<>();
  private @Nullable String people;
  private @Nullable String places;
  private @Nullable String notes;

  @Nullable InterviewOutcome outcome() {
    for (InterviewOutcome o : InterviewOutcome.values()) {
      if (o.name().equals(outcome)) {
        return o;
      }
    }
    return null;
  }

  TimeOfDay.Read validate(Errors errors) {
    if (outcome() == null) {
      errors.rejectValue("outcome", "missing.interview.outcome.required");
    }
    TimeOfDay.Read when = TimeOfDay.read(errors, "at", at, atTime, true);
    if (outcome() == InterviewOutcome.COMPLETED && factors.isEmpty()) {
      errors.rejectValue("factors", "missing.interview.factors.required");
    }
    for (String[] field :
        new String[][] {{"people", people}, {"places", places}, {"notes", notes}}) {
      String v = Texts.clean(field[1]);
      int max = field[0].equals("notes") ? 10000 : 2000;
      if (v != null && v.length() > max) {
        errors.rejectValue(field[0], "missing.text.tooLong", new Object[] {max}, null);
      }
    }
    return when;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable String outcome) {
    this.outcome = outcome;
  }

  public DateInput getAt() {
    return at;
  }

  public void setAt(DateInput at) {
    this.at = at;
  }

  public @Nullable String getAtTime() {
    return atTime;
  }

  public void setAtTime(@Nullable String atTime) {
    this.atTime = atTime;
  }

  public List<String> getFactors() {
    return factors;
  }

  public void setFactors(List<String> factors) {
    this.factors = factors == null ? new ArrayList<>() : factors;
  }

  public @Nullable String getPeople() {
    return people;
  }

  public void setPeople(@Nullable String people) {
    this.people = people;
  }

  public @Nullable String getPlaces() {
    return places;
  }

  public void setPlaces(@Nullable String places) {
    this.places = places;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }
}
