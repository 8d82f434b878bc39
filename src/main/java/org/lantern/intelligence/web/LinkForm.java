package org.lantern.intelligence.web;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.AdultInvolved;
import org.lantern.intelligence.Assessment;
import org.lantern.intelligence.LinkDetails;
import org.lantern.intelligence.LinkNature;
import org.lantern.intelligence.SourceEvaluation;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * An intelligence link as the officer types it: from the adult's page (the child found by search)
 * or from the child's file (the adult named here, matched as notices match adults).
 */
public class LinkForm {

  private @Nullable String adultId;
  private @Nullable String childId;
  private AdultInvolved adult = new AdultInvolved();
  private ChildPick pick = new ChildPick();
  private @Nullable String nature;
  private @Nullable String evaluation;
  private @Nullable String assessment;
  private DateInput linkedOn = new DateInput();
  private @Nullable String details;

  /** The link, when there were no errors; the adult named, when the form names one. */
  record Checked(@Nullable AdultDetails adult, LinkDetails link) {}

  @Nullable Checked validate(Errors errors, DateRules dates, boolean namesAdult) {
    AdultDetails named = null;
    if (namesAdult) {
      String given = Texts.clean(adult.getGivenName());
      String family = Texts.clean(adult.getFamilyName());
      if (given == null) {
        errors.rejectValue("adult.givenName", "link.adultGivenName.required");
      } else if (given.length() > 100) {
        errors.rejectValue("adult.givenName", "link.text.tooLong", new Object[] {100}, null);
      }
      if (family == null) {
        errors.rejectValue("adult.familyName", "link.adultFamilyName.required");
      } else if (family.length() > 100) {
        errors.rejectValue("adult.familyName", "link.text.tooLong", new Object[] {100}, null);
      }
      LocalDate born = adult.checkDateOfBirth(dates, errors, "link.adultDateOfBirth");
      if (given != null && family != null) {
        named = new AdultDetails(given, family, born);
      }
    }
    LinkNature n = parse(LinkNature.class, nature);
    if (n == null) {
      errors.rejectValue("nature", "link.nature.required");
    }
    SourceEvaluation e = parse(SourceEvaluation.class, evaluation);
    if (e == null) {
      errors.rejectValue("evaluation", "link.evaluation.required");
    }
    Assessment a = parse(Assessment.class, assessment);
    if (a == null) {
      errors.rejectValue("assessment", "link.assessment.required");
    }
    LocalDate on =
        dates.check(
            linkedOn.parse(), DateRules.Kind.EVENT, true, errors, "linkedOn", "link.linkedOn");
    String d = Texts.clean(details);
    if (d == null) {
      errors.rejectValue("details", "link.details.required");
    } else if (d.length() > 2000) {
      errors.rejectValue("details", "link.text.tooLong", new Object[] {2000}, null);
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new Checked(named, new LinkDetails(n, e, a, on, d));
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  public @Nullable String getAdultId() {
    return adultId;
  }

  public void setAdultId(@Nullable String adultId) {
    this.adultId = adultId;
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  /** The search for a child within the form. */
  public ChildPick getPick() {
    return pick;
  }

  public void setPick(ChildPick pick) {
    this.pick = pick;
  }

  public @Nullable String getNature() {
    return nature;
  }

  public void setNature(@Nullable String nature) {
    this.nature = nature;
  }

  public @Nullable String getEvaluation() {
    return evaluation;
  }

  public void setEvaluation(@Nullable String evaluation) {
    this.evaluation = evaluation;
  }

  public @Nullable String getAssessment() {
    return assessment;
  }

  public void setAssessment(@Nullable String assessment) {
    this.assessment = assessment;
  }

  public DateInput getLinkedOn() {
    return linkedOn;
  }

  public void setLinkedOn(DateInput linkedOn) {
    this.linkedOn = linkedOn;
  }

  public @Nullable String getDetails() {
    return details;
  }

  public void setDetails(@Nullable String details) {
    this.details = details;
  }

  /** The adult the form names. */
  public AdultInvolved getAdult() {
    return adult;
  }

  public void setAdult(AdultInvolved adult) {
    this.adult = adult;
  }
}
