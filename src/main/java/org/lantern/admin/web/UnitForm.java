package org.lantern.admin.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.lantern.platform.DateInput;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A district, agency or team: its name; an agency's kind, district and numbers; a closing date. */
public class UnitForm {

  static final int MAX_PHONE = 40;

  private String name = "";
  private String agencyKind = "";
  private String districtId = "";
  private String agencyId = "";
  private String authorityId = "";
  private String officeHoursPhone = "";
  private String outOfHoursPhone = "";
  private DateInput closedOn = new DateInput();

  void validateName(Errors errors) {
    if (name.isBlank() || name.strip().length() > 200) {
      errors.rejectValue("name", "admin.structure.name.missing");
    }
  }

  void validatePhones(Errors errors) {
    if (!phone(officeHoursPhone)) {
      errors.rejectValue("officeHoursPhone", "admin.structure.phone.invalid");
    }
    if (!phone(outOfHoursPhone)) {
      errors.rejectValue("outOfHoursPhone", "admin.structure.phone.invalid");
    }
  }

  @Nullable AgencyKind kind(Errors errors) {
    AgencyKind kind = QueryParams.oneOf(AgencyKind.class, agencyKind);
    if (kind == null) {
      errors.rejectValue("agencyKind", "admin.structure.agencyKind.missing");
    }
    return kind;
  }

  /** The local authority chosen for a district, or null for the partnership's first. */
  @Nullable UUID authority() {
    return Texts.uuid(authorityId);
  }

  @Nullable UUID district() {
    return Texts.uuid(districtId);
  }

  @Nullable UUID agency(Errors errors) {
    UUID agency = Texts.uuid(agencyId);
    if (agency == null) {
      errors.rejectValue("agencyId", "admin.structure.agency.missing");
    }
    return agency;
  }

  @Nullable LocalDate closingDate(Errors errors) {
    if (closedOn.parse() instanceof DateInput.Valid(LocalDate date)) {
      return date;
    }
    errors.rejectValue("closedOn", "admin.structure.closedOn.invalid");
    return null;
  }

  private static boolean phone(String value) {
    return value.isBlank()
        || value.strip().length() <= MAX_PHONE && value.strip().matches("[0-9+() -]{6,}");
  }

  static @Nullable String blankAsNull(String value) {
    return value.isBlank() ? null : value.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name == null ? "" : name;
  }

  public String getAgencyKind() {
    return agencyKind;
  }

  public void setAgencyKind(@Nullable String agencyKind) {
    this.agencyKind = agencyKind == null ? "" : agencyKind;
  }

  public String getAuthorityId() {
    return authorityId;
  }

  public void setAuthorityId(@Nullable String authorityId) {
    this.authorityId = authorityId == null ? "" : authorityId;
  }

  public String getDistrictId() {
    return districtId;
  }

  public void setDistrictId(@Nullable String districtId) {
    this.districtId = districtId == null ? "" : districtId;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId == null ? "" : agencyId;
  }

  public String getOfficeHoursPhone() {
    return officeHoursPhone;
  }

  public void setOfficeHoursPhone(@Nullable String officeHoursPhone) {
    this.officeHoursPhone = officeHoursPhone == null ? "" : officeHoursPhone;
  }

  public String getOutOfHoursPhone() {
    return outOfHoursPhone;
  }

  public void setOutOfHoursPhone(@Nullable String outOfHoursPhone) {
    this.outOfHoursPhone = outOfHoursPhone == null ? "" : outOfHoursPhone;
  }

  public DateInput getClosedOn() {
    return closedOn;
  }

  public void setClosedOn(DateInput closedOn) {
    this.closedOn = closedOn;
  }
}
