package org.lantern.people.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lantern.people.NewPlacement;
import org.lantern.people.OtherAuthority;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * A placement that started, as entered on the placement page: its type, who holds responsibility,
 * the day it started, and when another authority is involved, that authority's name, team, contact
 * and numbers (office hours, out of hours), and for one of ours placed elsewhere whom to inform.
 */
public class PlacementForm {

  private @Nullable String placement;
  private @Nullable String responsibility;
  private DateInput startedOn = new DateInput();
  private @Nullable String authorityName;
  private @Nullable String authorityTeam;
  private @Nullable String contactName;
  private @Nullable String contactEmail;
  private @Nullable String officeHoursPhone;
  private @Nullable String outOfHoursPhone;
  private @Nullable String informWhom;

  /** The placement to record when every field is good, otherwise null with the errors. */
  @Nullable NewPlacement validate(Errors errors, DateRules dates) {
    PlacementType type = pick(PlacementType.values(), placement);
    if (type == null) {
      errors.rejectValue("placement", "placement.required");
    }
    Responsibility resp = pick(Responsibility.values(), responsibility);
    if (resp == null) {
      errors.rejectValue("responsibility", "placement.responsibility.required");
    }
    var started =
        dates.check(
            startedOn.parse(),
            DateRules.Kind.EVENT,
            true,
            errors,
            "startedOn",
            "placement.startedOn");
    boolean other = resp != null && resp.otherAuthority();
    String name = Texts.clean(authorityName);
    if (other && name == null) {
      errors.rejectValue("authorityName", "placement.authorityName.required." + resp.name());
    }
    length(errors, "authorityName", name, OtherAuthority.MAX_NAME);
    length(errors, "authorityTeam", Texts.clean(authorityTeam), OtherAuthority.MAX_NAME);
    length(errors, "contactName", Texts.clean(contactName), OtherAuthority.MAX_NAME);
    length(errors, "informWhom", Texts.clean(informWhom), OtherAuthority.MAX_INFORM);
    String email = Texts.clean(contactEmail);
    if (email != null && !OtherAuthority.isEmail(email)) {
      errors.rejectValue("contactEmail", "placement.contactEmail.invalid");
    }
    for (String[] f :
        new String[][] {
          {"officeHoursPhone", Texts.clean(officeHoursPhone)},
          {"outOfHoursPhone", Texts.clean(outOfHoursPhone)}
        }) {
      if (f[1] != null && !OtherAuthority.isPhone(f[1])) {
        errors.rejectValue(f[0], "placement.phone.invalid");
      }
    }
    if (errors.hasErrors() || type == null || resp == null || started == null) {
      return null;
    }
    OtherAuthority authority =
        other && name != null
            ? new OtherAuthority(
                name,
                Texts.clean(authorityTeam),
                Texts.clean(contactName),
                email,
                Texts.clean(officeHoursPhone),
                Texts.clean(outOfHoursPhone),
                Texts.clean(informWhom))
            : null;
    return new NewPlacement(type, resp, authority, started);
  }

  private static void length(Errors errors, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "placement.tooLong", new Object[] {max}, null);
    }
  }

  private static <E extends Enum<E>> @Nullable E pick(E[] values, @Nullable String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }

  public @Nullable String getPlacement() {
    return placement;
  }

  public void setPlacement(@Nullable String placement) {
    this.placement = placement;
  }

  public @Nullable String getResponsibility() {
    return responsibility;
  }

  public void setResponsibility(@Nullable String responsibility) {
    this.responsibility = responsibility;
  }

  public DateInput getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(DateInput startedOn) {
    this.startedOn = startedOn;
  }

  public @Nullable String getAuthorityName() {
    return authorityName;
  }

  public void setAuthorityName(@Nullable String authorityName) {
    this.authorityName = authorityName;
  }

  public @Nullable String getAuthorityTeam() {
    return authorityTeam;
  }

  public void setAuthorityTeam(@Nullable String authorityTeam) {
    this.authorityTeam = authorityTeam;
  }

  public @Nullable String getContactName() {
    return contactName;
  }

  public void setContactName(@Nullable String contactName) {
    this.contactName = contactName;
  }

  public @Nullable String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(@Nullable String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public @Nullable String getOfficeHoursPhone() {
    return officeHoursPhone;
  }

  public void setOfficeHoursPhone(@Nullable String officeHoursPhone) {
    this.officeHoursPhone = officeHoursPhone;
  }

  public @Nullable String getOutOfHoursPhone() {
    return outOfHoursPhone;
  }

  public void setOutOfHoursPhone(@Nullable String outOfHoursPhone) {
    this.outOfHoursPhone = outOfHoursPhone;
  }

  public @Nullable String getInformWhom() {
    return informWhom;
  }

  public void setInformWhom(@Nullable String informWhom) {
    this.informWhom = informWhom;
  }
}
