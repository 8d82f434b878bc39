package org.lantern.intelligence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultInvolved;
import org.lantern.people.NhsNumber;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A child abduction warning notice as the officer types it. */
public class NoticeForm {

  private @Nullable String childId;
  private @Nullable String otherChildren;
  private List<String> otherChildIds = new ArrayList<>();
  private ChildPick pick = new ChildPick();
  private AdultInvolved adult = new AdultInvolved();
  private @Nullable String officerName;
  private DateInput servedOn = new DateInput();
  private DateInput expiresOn = new DateInput();
  private @Nullable String circumstances;

  /** What was checked, when there were no errors. */
  record Checked(
      @Nullable LocalDate adultBorn,
      LocalDate servedOn,
      LocalDate expiresOn,
      List<NhsNumber> otherChildren) {}

  @Nullable Checked validate(Errors errors, DateRules dates) {
    required(
        errors, "adult.givenName", adult.getGivenName(), 100, "notice.adultGivenName.required");
    required(
        errors, "adult.familyName", adult.getFamilyName(), 100, "notice.adultFamilyName.required");
    required(errors, "officerName", officerName, 200, "notice.officerName.required");
    required(errors, "circumstances", circumstances, 5000, "notice.circumstances.required");
    LocalDate born = adult.checkDateOfBirth(dates, errors, "notice.adultDateOfBirth");
    LocalDate served =
        dates.check(
            servedOn.parse(), DateRules.Kind.EVENT, true, errors, "servedOn", "notice.servedOn");
    LocalDate expires =
        dates.check(
            expiresOn.parse(),
            DateRules.Kind.PLANNED,
            true,
            errors,
            "expiresOn",
            "notice.expiresOn");
    if (served != null && expires != null && !expires.isAfter(served)) {
      errors.rejectValue("expiresOn", "notice.expiresOn.beforeServed");
    }
    List<NhsNumber> others = new ArrayList<>();
    String text = Texts.clean(otherChildren);
    if (text != null) {
      for (String n : text.split("[,;\\n]+")) {
        if (n.isBlank()) {
          continue;
        }
        if (!NhsNumber.isValid(n)) {
          errors.rejectValue(
              "otherChildren", "notice.otherChildren.invalid", new Object[] {n.strip()}, null);
          break;
        }
        others.add(NhsNumber.parse(n));
      }
    }
    return errors.hasErrors() ? null : new Checked(born, served, expires, others);
  }

  private static void required(
      Errors errors, String field, @Nullable String value, int max, String code) {
    String v = Texts.clean(value);
    if (v == null) {
      errors.rejectValue(field, code);
    } else if (v.length() > max) {
      errors.rejectValue(field, "notice.text.tooLong", new Object[] {max}, null);
    }
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public @Nullable String getOtherChildren() {
    return otherChildren;
  }

  public void setOtherChildren(@Nullable String otherChildren) {
    this.otherChildren = otherChildren;
  }

  /** The other children chosen through the child search (ids), in the order chosen. */
  public List<String> getOtherChildIds() {
    return otherChildIds;
  }

  public void setOtherChildIds(List<String> otherChildIds) {
    this.otherChildIds = new ArrayList<>(otherChildIds);
  }

  /** The search for a child within the form. */
  public ChildPick getPick() {
    return pick;
  }

  public void setPick(ChildPick pick) {
    this.pick = pick;
  }

  public @Nullable String getOfficerName() {
    return officerName;
  }

  public void setOfficerName(@Nullable String officerName) {
    this.officerName = officerName;
  }

  public DateInput getServedOn() {
    return servedOn;
  }

  public void setServedOn(DateInput servedOn) {
    this.servedOn = servedOn;
  }

  public DateInput getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(DateInput expiresOn) {
    this.expiresOn = expiresOn;
  }

  public @Nullable String getCircumstances() {
    return circumstances;
  }

  public void setCircumstances(@Nullable String circumstances) {
    this.circumstances = circumstances;
  }

  /** The adult the form names. */
  public AdultInvolved getAdult() {
    return adult;
  }

  public void setAdult(AdultInvolved adult) {
    this.adult = adult;
  }
}
