package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.stereotype.Component;

/** For a subject access export: the child's own record (who they are, as Lantern knows them). */
@Component
class ChildSubjectRecords implements SubjectRecordSource {

  private final Children children;

  ChildSubjectRecords(Children children) {
    this.children = children;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    ChildSummary c = children.summary(childId);
    if (!c.partnershipId().equals(partnershipId)) {
      return List.of();
    }
    return List.of(
        new SubjectRecord(
            "people",
            "Child's record",
            c.id().toString(),
            null,
            List.of(
                Field.of("Given name", c.givenName()),
                Field.of("Middle names", c.middleNames()),
                Field.of("Family name", c.familyName()),
                Field.of("Known as", c.knownAs()),
                Field.of("Sex", c.sex()),
                Field.of("Date of birth", c.dateOfBirth()),
                Field.of("NHS number", c.nhsNumber()),
                Field.of("Unique pupil number", c.upn()),
                Field.of("Postcode", c.postcode()))));
  }
}
