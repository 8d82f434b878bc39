package org.lantern.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultInvolved;
import org.lantern.intelligence.NamedAdult;
import org.lantern.people.ChildDescriptionInput;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernRules;
import org.springframework.validation.Errors;

/**
 * The concern form: the child (chosen, or described when new, as the nested {@code child}), what
 * happened, when and where, the risk indicators and immediate danger. The front door's
 * phone-referral form adds the referrer. The token makes a double submission create one concern.
 */
public class ConcernForm {

  private static final Pattern ISSUED_TOKEN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private @Nullable String token;
  private @Nullable String childId;
  private boolean newChild;
  private ChildDescriptionInput child = new ChildDescriptionInput();
  private @Nullable String districtId;
  private @Nullable String whatHappened;
  private DateInput occurredOn = new DateInput();
  private @Nullable String location;
  private List<String> indicators = new ArrayList<>();
  private @Nullable String immediateDanger;
  private @Nullable String referrerUserId;
  private @Nullable String referrerPhone;
  private @Nullable String referrerKind;
  private @Nullable String referrerName;
  private @Nullable String referrerRelationship;
  private @Nullable String referrerEmail;
  private @Nullable String referrerAgency;
  private AdultInvolved adult = new AdultInvolved();

  /**
   * Whether the form carries a token as the form page issues it (a random UUID): a post without
   * one, or with something else, is not a submission of a form Lantern gave out.
   */
  boolean hasIssuedToken() {
    return token != null && ISSUED_TOKEN.matcher(token).matches();
  }

  public @Nullable String getToken() {
    return token;
  }

  public void setToken(@Nullable String token) {
    this.token = token;
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public boolean isNewChild() {
    return newChild;
  }

  public void setNewChild(boolean newChild) {
    this.newChild = newChild;
  }

  /** The child, when described because Lantern does not know them. */
  public ChildDescriptionInput getChild() {
    return child;
  }

  public void setChild(ChildDescriptionInput child) {
    this.child = child;
  }

  public @Nullable String getDistrictId() {
    return districtId;
  }

  public void setDistrictId(@Nullable String districtId) {
    this.districtId = districtId;
  }

  public @Nullable String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(@Nullable String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public DateInput getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(DateInput occurredOn) {
    this.occurredOn = occurredOn;
  }

  public @Nullable String getLocation() {
    return location;
  }

  public void setLocation(@Nullable String location) {
    this.location = location;
  }

  public List<String> getIndicators() {
    return indicators;
  }

  public void setIndicators(List<String> indicators) {
    this.indicators = indicators;
  }

  public @Nullable String getImmediateDanger() {
    return immediateDanger;
  }

  public void setImmediateDanger(@Nullable String immediateDanger) {
    this.immediateDanger = immediateDanger;
  }

  public @Nullable String getReferrerUserId() {
    return referrerUserId;
  }

  public void setReferrerUserId(@Nullable String referrerUserId) {
    this.referrerUserId = referrerUserId;
  }

  public @Nullable String getReferrerPhone() {
    return referrerPhone;
  }

  public void setReferrerPhone(@Nullable String referrerPhone) {
    this.referrerPhone = referrerPhone;
  }

  /** The optional adult involved. */
  public AdultInvolved getAdult() {
    return adult;
  }

  public void setAdult(AdultInvolved adult) {
    this.adult = adult;
  }

  /** The optional adult involved: a first name or nickname at least, when anything is given. */
  private void validateAdult(Errors errors, DateRules dates) {
    if (adult.isEmpty()) {
      return;
    }
    if (Texts.isBlank(adult.getGivenName())) {
      errors.rejectValue("adult.givenName", "concern.adult.givenName.required");
    }
    tooLong(errors, "adult.givenName", adult.getGivenName(), 100);
    tooLong(errors, "adult.familyName", adult.getFamilyName(), 100);
    adult.checkDateOfBirth(dates, errors, "concern.adult.date");
    String age = Texts.clean(adult.getAge());
    if (age != null
        && (!age.matches("\\d{1,3}")
            || Integer.parseInt(age) < 10
            || Integer.parseInt(age) > 120)) {
      errors.rejectValue("adult.age", "concern.adult.age.invalid");
    }
    tooLong(errors, "adult.description", adult.getDescription(), 500);
    tooLong(errors, "adult.place", adult.getPlace(), 300);
  }

  private static void tooLong(Errors errors, String field, @Nullable String value, int max) {
    String v = Texts.clean(value);
    if (v != null && v.length() > max) {
      errors.rejectValue(field, "concern.adult.tooLong", new Object[] {max}, null);
    }
  }

  /** The adults involved, as the intelligence module links them to the child. */
  List<NamedAdult> adultsInvolved() {
    if (adult.isEmpty() || Texts.isBlank(adult.getGivenName())) {
      return List.of();
    }
    String age = Texts.clean(adult.getAge());
    return List.of(
        new NamedAdult(
            Texts.clean(adult.getGivenName()),
            Texts.clean(adult.getFamilyName()),
            adult.getDateOfBirth().parse() instanceof DateInput.Valid v ? v.date() : null,
            age == null ? null : Integer.valueOf(age),
            Texts.clean(adult.getDescription()),
            Texts.clean(adult.getPlace())));
  }

  ConcernRules.ChildFields childFields() {
    return new ConcernRules.ChildFields(
        child.getGivenName(),
        child.getMiddleNames(),
        child.getFamilyName(),
        child.getKnownAs(),
        child.getSex(),
        child.getDateOfBirth().parse(),
        child.getNhsNumber(),
        child.getUpn(),
        child.getPostcode());
  }

  ConcernRules.ConcernFields concernFields() {
    Boolean danger =
        "yes".equals(immediateDanger)
            ? Boolean.TRUE
            : "no".equals(immediateDanger) ? Boolean.FALSE : null;
    return new ConcernRules.ConcernFields(
        whatHappened, occurredOn.parse(), location, indicators, danger);
  }

  void validate(Errors errors, DateRules dates, boolean verbal) {
    if (newChild) {
      ConcernRules.checkChild(childFields(), concernFields(), errors, "child.", dates);
      if (!Texts.isBlank(districtId) && Texts.uuid(districtId) == null) {
        errors.rejectValue("districtId", "concern.district.invalid");
      }
    }
    // the form asks who phoned before what happened: errors are listed in page order
    if (verbal) {
      caller().check(errors);
    }
    ConcernRules.checkConcern(concernFields(), errors, "", dates);
    validateAdult(errors, dates);
  }

  /** Who phoned, as the form gives it. */
  PhoneCaller caller() {
    return new PhoneCaller(
        PhoneCaller.kind(referrerKind),
        referrerUserId,
        referrerName,
        referrerRelationship,
        referrerPhone,
        referrerEmail,
        referrerAgency);
  }

  public @Nullable String getReferrerKind() {
    return referrerKind;
  }

  public void setReferrerKind(@Nullable String referrerKind) {
    this.referrerKind = referrerKind;
  }

  public @Nullable String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(@Nullable String referrerName) {
    this.referrerName = referrerName;
  }

  public @Nullable String getReferrerRelationship() {
    return referrerRelationship;
  }

  public void setReferrerRelationship(@Nullable String referrerRelationship) {
    this.referrerRelationship = referrerRelationship;
  }

  public @Nullable String getReferrerEmail() {
    return referrerEmail;
  }

  public void setReferrerEmail(@Nullable String referrerEmail) {
    this.referrerEmail = referrerEmail;
  }

  public @Nullable String getReferrerAgency() {
    return referrerAgency;
  }

  public void setReferrerAgency(@Nullable String referrerAgency) {
    this.referrerAgency = referrerAgency;
  }

  ChildChoice childChoice() {
    if (newChild) {
      return ChildChoice.described(ConcernRules.newChild(childFields(), Texts.uuid(districtId)));
    }
    return ChildChoice.existing(UUID.fromString(childId));
  }

  ConcernContent content() {
    return ConcernRules.content(concernFields());
  }
}
