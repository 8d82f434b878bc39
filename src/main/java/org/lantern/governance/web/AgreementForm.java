package org.lantern.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.governance.Agreement;
import org.lantern.governance.AgreementTerms;
import org.lantern.governance.DataCategory;
import org.lantern.platform.DateInput;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** An information sharing agreement's terms, or its ending, as the officer types them. */
public class AgreementForm {

  private String agencyId = "";
  private String parties = "";
  private String purpose = "";
  private String lawfulBasis = "";
  private List<String> categories = new ArrayList<>();
  private DateInput startsOn = new DateInput();
  private DateInput reviewOn = new DateInput();
  private DateInput endedOn = new DateInput();
  private String endReason = "";
  private long version;

  static AgreementForm of(Agreement a) {
    AgreementForm form = new AgreementForm();
    form.agencyId = a.agencyId().toString();
    form.parties = a.terms().parties();
    form.purpose = a.terms().purpose();
    form.lawfulBasis = a.terms().lawfulBasis();
    form.categories =
        new ArrayList<>(a.terms().categories().stream().map(Enum::name).sorted().toList());
    form.startsOn = new DateInput(a.terms().startsOn());
    form.reviewOn = new DateInput(a.terms().reviewOn());
    form.version = a.version();
    return form;
  }

  @Nullable UUID agency(Errors errors) {
    UUID agency = Texts.uuid(agencyId);
    if (agency == null) {
      errors.rejectValue("agencyId", "governance.agreement.agency.missing");
    }
    return agency;
  }

  /** The terms, or null with the errors said by the field. */
  @Nullable AgreementTerms terms(Errors errors) {
    required("parties", parties, "governance.agreement.parties.missing", errors);
    required("purpose", purpose, "governance.agreement.purpose.missing", errors);
    required("lawfulBasis", lawfulBasis, "governance.agreement.lawfulBasis.missing", errors);
    var chosen = EnumSet.noneOf(DataCategory.class);
    for (String c : categories) {
      DataCategory category = QueryParams.oneOf(DataCategory.class, c);
      if (category != null) {
        chosen.add(category);
      }
    }
    if (chosen.isEmpty()) {
      errors.rejectValue("categories", "governance.agreement.categories.missing");
    }
    LocalDate starts = date("startsOn", startsOn, "governance.agreement.startsOn.invalid", errors);
    LocalDate review = date("reviewOn", reviewOn, "governance.agreement.reviewOn.invalid", errors);
    if (errors.hasErrors() || starts == null || review == null) {
      return null;
    }
    return new AgreementTerms(parties, purpose, lawfulBasis, chosen, starts, review);
  }

  @Nullable LocalDate endingDate(Errors errors) {
    LocalDate on = date("endedOn", endedOn, "governance.agreement.endedOn.invalid", errors);
    required("endReason", endReason, "governance.agreement.endReason.missing", errors);
    return errors.hasErrors() ? null : on;
  }

  private static void required(String field, String value, String key, Errors errors) {
    if (value.isBlank()) {
      errors.rejectValue(field, key);
    }
  }

  private static @Nullable LocalDate date(
      String field, DateInput input, String key, Errors errors) {
    if (input.parse() instanceof DateInput.Valid(LocalDate date)) {
      return date;
    }
    errors.rejectValue(field, key);
    return null;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId == null ? "" : agencyId;
  }

  public String getParties() {
    return parties;
  }

  public void setParties(@Nullable String parties) {
    this.parties = parties == null ? "" : parties;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(@Nullable String purpose) {
    this.purpose = purpose == null ? "" : purpose;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(@Nullable String lawfulBasis) {
    this.lawfulBasis = lawfulBasis == null ? "" : lawfulBasis;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(@Nullable List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : categories;
  }

  public DateInput getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(DateInput startsOn) {
    this.startsOn = startsOn;
  }

  public DateInput getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(DateInput reviewOn) {
    this.reviewOn = reviewOn;
  }

  public DateInput getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(DateInput endedOn) {
    this.endedOn = endedOn;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(@Nullable String endReason) {
    this.endReason = endReason == null ? "" : endReason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
