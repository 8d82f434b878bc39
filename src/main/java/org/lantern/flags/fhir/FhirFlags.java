package org.lantern.flags.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.lantern.flags.FlagViews;
import org.lantern.flags.Responsible;
import org.lantern.platform.LanternTime;

/** Lantern's flags as FHIR R4 Flag resources: what a clinical system shows, and nothing more. */
final class FhirFlags {

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
  static final String CODES = "urn:lantern:fhir:CodeSystem:flag-type";
  static final String IDS = "urn:lantern:fhir:flag-id";
  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

  /** The code of the answer for an NHS number several children's records carry (not a flag). */
  static final String SEVERAL = "SEVERAL_CHILDREN";

  /** The id of the answer for an NHS number several records carry: this and the number. */
  static final String SEVERAL_ID_PREFIX = "several.";

  private FhirFlags() {}

  static Flag of(
      @Nullable UUID childId,
      org.lantern.flags.Flag flag,
      String nhsNumber,
      @Nullable Responsible responsible,
      FlagViews views,
      @Nullable String partnerIdentifierSystem,
      @Nullable String partnerIdentifierValue) {
    String id = FlagIds.of(childId, flag);
    Flag f = new Flag();
    f.setId(id);
    if (partnerIdentifierSystem != null && partnerIdentifierValue != null) {
      f.addIdentifier(
          new Identifier().setSystem(partnerIdentifierSystem).setValue(partnerIdentifierValue));
    } else {
      f.addIdentifier(new Identifier().setSystem(IDS).setValue(id));
    }
    f.setStatus(flag.current() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
    f.addCategory(new CodeableConcept(new Coding(CATEGORY, "safety", "Safety")));
    f.setCode(
        new CodeableConcept(new Coding(CODES, flag.code(), views.type(flag.code())))
            .setText(views.type(flag.code())));
    f.setSubject(
        new Reference().setIdentifier(new Identifier().setSystem(NHS_NUMBER).setValue(nhsNumber)));
    Period period = new Period();
    if (flag.since() != null) {
      period.setStart(date(flag.since()));
    }
    if (flag.until() != null) {
      period.setEnd(date(flag.until()));
    }
    f.setPeriod(period);
    if (responsible != null) {
      author(f, responsible);
    }
    return f;
  }

  /**
   * What a check answers when several children's records carry the NHS number and at least one of
   * them has flags: one active flag of code {@value #SEVERAL}, naming no child and no flag, with
   * the front door as its author to call. Its id is {@value #SEVERAL_ID_PREFIX} and the NHS number:
   * not kept, read back by a check of the number again ({@link FlagIds#several}).
   */
  static Flag several(String nhsNumber, Responsible frontDoor, String words) {
    Flag f = new Flag();
    f.setId(SEVERAL_ID_PREFIX + nhsNumber);
    f.setStatus(Flag.FlagStatus.ACTIVE);
    f.addCategory(new CodeableConcept(new Coding(CATEGORY, "safety", "Safety")));
    f.setCode(new CodeableConcept(new Coding(CODES, SEVERAL, words)).setText(words));
    f.setSubject(
        new Reference().setIdentifier(new Identifier().setSystem(NHS_NUMBER).setValue(nhsNumber)));
    author(f, frontDoor);
    return f;
  }

  private static void author(Flag f, Responsible responsible) {
    Organization org = new Organization();
    org.setId("responsible");
    org.setName(
        responsible.team() == null
            ? responsible.authority()
            : responsible.authority() + " – " + responsible.team());
    if (responsible.officeHoursPhone() != null) {
      org.addTelecom(
          new ContactPoint()
              .setSystem(ContactPoint.ContactPointSystem.PHONE)
              .setUse(ContactPoint.ContactPointUse.WORK)
              .setRank(1)
              .setValue(responsible.officeHoursPhone()));
    }
    if (responsible.outOfHoursPhone() != null) {
      org.addTelecom(
          new ContactPoint()
              .setSystem(ContactPoint.ContactPointSystem.PHONE)
              .setUse(ContactPoint.ContactPointUse.TEMP)
              .setRank(2)
              .setValue(responsible.outOfHoursPhone()));
    }
    f.addContained(org);
    f.setAuthor(new Reference("#responsible"));
  }

  static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(LanternTime.ZONE).toInstant());
  }

  static @Nullable LocalDate day(@Nullable Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
  }
}
