package org.lantern.missing.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultInvolved;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.MissingSettings;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.springframework.validation.Errors;

/** The police's form for a missing notification (or its return), as typed. */
public class EpisodeForm {

  private @Nullable String childId;
  private @Nullable String policeReference;
  private @Nullable String missingFrom;
  private DateInput missingAt = new DateInput();
  private @Nullable String missingAtTime;
  private @Nullable String missingLocation;
  private DateInput returnedAt = new DateInput();
  private @Nullable String returnedAtTime;
  private @Nullable String returnedLocation;
  private @Nullable String foundWith;
  private AdultInvolved adult = new AdultInvolved();
  private @Nullable String riskGrading;

  /** Checks what was typed; the fields as the rules read them, or null when there are errors. */
  EpisodeRules.@Nullable Fields validate(Errors errors, MissingSettings settings, DateRules dates) {
    TimeOfDay.Read missing = TimeOfDay.read(errors, "missingAt", missingAt, missingAtTime, true);
    TimeOfDay.Read returned =
        TimeOfDay.read(errors, "returnedAt", returnedAt, returnedAtTime, false);
    LocalDate adultBorn =
        EpisodeRules.adultBirth(
            adult.getDateOfBirth().parse(),
            dates,
            errors,
            "adult.dateOfBirth",
            "missing.date.invalid");
    EpisodeRules.Fields fields =
        new EpisodeRules.Fields(
            policeReference,
            missingFrom,
            missing.at(),
            missingLocation,
            returned.at(),
            returnedLocation,
            foundWith,
            adult.getGivenName(),
            adult.getFamilyName(),
            adultBorn,
            riskGrading);
    EpisodeRules.check(
        fields,
        errors,
        settings,
        dates,
        missing.readable(),
        returned.readable(),
        "adult.givenName",
        "adult.familyName");
    return errors.hasErrors() ? null : fields;
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public @Nullable String getPoliceReference() {
    return policeReference;
  }

  public void setPoliceReference(@Nullable String policeReference) {
    this.policeReference = policeReference;
  }

  public @Nullable String getMissingFrom() {
    return missingFrom;
  }

  public void setMissingFrom(@Nullable String missingFrom) {
    this.missingFrom = missingFrom;
  }

  public DateInput getMissingAt() {
    return missingAt;
  }

  public void setMissingAt(DateInput missingAt) {
    this.missingAt = missingAt;
  }

  public @Nullable String getMissingAtTime() {
    return missingAtTime;
  }

  public void setMissingAtTime(@Nullable String missingAtTime) {
    this.missingAtTime = missingAtTime;
  }

  public @Nullable String getMissingLocation() {
    return missingLocation;
  }

  public void setMissingLocation(@Nullable String missingLocation) {
    this.missingLocation = missingLocation;
  }

  public DateInput getReturnedAt() {
    return returnedAt;
  }

  public void setReturnedAt(DateInput returnedAt) {
    this.returnedAt = returnedAt;
  }

  public @Nullable String getReturnedAtTime() {
    return returnedAtTime;
  }

  public void setReturnedAtTime(@Nullable String returnedAtTime) {
    this.returnedAtTime = returnedAtTime;
  }

  public @Nullable String getReturnedLocation() {
    return returnedLocation;
  }

  public void setReturnedLocation(@Nullable String returnedLocation) {
    this.returnedLocation = returnedLocation;
  }

  public @Nullable String getFoundWith() {
    return foundWith;
  }

  public void setFoundWith(@Nullable String foundWith) {
    this.foundWith = foundWith;
  }

  public @Nullable String getRiskGrading() {
    return riskGrading;
  }

  public void setRiskGrading(@Nullable String riskGrading) {
    this.riskGrading = riskGrading;
  }

  /** The adult the form names. */
  public AdultInvolved getAdult() {
    return adult;
  }

  public void setAdult(AdultInvolved adult) {
    this.adult = adult;
  }
}
