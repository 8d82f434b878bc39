package org.lantern.demo;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonRecordInput;
import org.springframework.stereotype.Component;

/**
 * The person index's part of the story: the police's and a school's records of some of the county's
 * children, as partner systems would send them, with nicknames, slips, swapped dates and one pair
 * of look-alikes, so the front door has records to review.
 */
@Component
class DemoPersonIndex implements DemoChapter {

  private final PersonIndex index;
  private final Directory directory;

  DemoPersonIndex(PersonIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public void write(Facts county) {
    CurrentUser admin = county.organisation().asUser(directory, "admin");
    List<PersonRecordInput> police = new ArrayList<>();
    List<PersonRecordInput> school = new ArrayList<>();
    List<ChildSummary> some = county.children().subList(0, Math.min(40, county.children().size()));
    for (int i = 0; i < some.size(); i++) {
      ChildSummary c = some.get(i);
      String born = c.dateOfBirth() == null ? null : c.dateOfBirth().toString();
      police.add(
          PersonRecordInput.builder()
              .sourceId("MP-" + (1000 + i))
              .givenName(c.givenName())
              .middleNames(c.middleNames())
              .familyName(c.familyName())
              .previousNames(List.of())
              .dateOfBirth(born)
              .sex(c.sex().name())
              .postcode(c.postcode())
              .nhsNumber(c.nhsNumber())
              .build());
      String given =
          i % 4 == 0 ? c.givenName().substring(0, c.givenName().length() - 1) : c.givenName();
      String schoolBorn =
          i % 5 == 1 && c.dateOfBirth() != null && c.dateOfBirth().getDayOfMonth() <= 12
              ? c.dateOfBirth()
                  .withMonth(c.dateOfBirth().getDayOfMonth())
                  .withDayOfMonth(c.dateOfBirth().getMonthValue())
                  .toString()
              : born;
      String schoolGiven = i % 7 == 3 ? "Sam" : given;
      school.add(
          PersonRecordInput.builder()
              .sourceId("GA-" + (5000 + i))
              .givenName(schoolGiven)
              .familyName(c.familyName())
              .previousNames(List.of())
              .dateOfBirth(schoolBorn)
              .sex(c.sex().name())
              .postcode(c.postcode())
              .upn(c.upn())
              .build());
    }
    index.importRecords(as(admin, "Marlshire Police records"), "Marlshire Police", police);
    index.importRecords(as(admin, "Greywater Academy MIS"), "Greywater Academy", school);
  }

  /** The partner system sending the records, for the audit log. */
  private static CurrentUser as(CurrentUser admin, String system) {
    return new CurrentUser(
        admin.id(),
        admin.username(),
        system,
        Role.PARTNER_SYSTEM,
        admin.agencyId(),
        admin.agencyName(),
        admin.partnershipId(),
        null);
  }
}
