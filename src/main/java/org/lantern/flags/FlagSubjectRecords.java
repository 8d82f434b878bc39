package org.lantern.flags;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: every flag on the child, current and past (type, dates, what raised
 * it or which agency sent it), and every check of the child's flags from unscheduled care (where
 * from, how, when). The clinician who checked is another person; the setting is not.
 */
@Component
class FlagSubjectRecords implements SubjectRecordSource {

  private final ChildFlags flags;
  private final FlagViews views;
  private final FlagChecks checks;

  FlagSubjectRecords(ChildFlags flags, FlagViews views, FlagChecks checks) {
    this.flags = flags;
    this.views = views;
    this.checks = checks;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<SubjectRecord> records = new ArrayList<>();
    List<Flag> all = flags.of(childId);
    List<FlagViews.Row> rows = views.rows(all);
    for (int i = 0; i < all.size(); i++) {
      Flag f = all.get(i);
      FlagViews.Row row = rows.get(i);
      records.add(
          new SubjectRecord(
              "flags",
              "Flag",
              f.id() != null ? f.id().toString() : f.code() + "/" + f.since(),
              f.since() == null
                  ? null
                  : f.since().atTime(LocalTime.MIDNIGHT).atZone(LanternTime.ZONE).toInstant(),
              List.of(
                  Field.of("Flag", row.type()),
                  Field.of("Current", f.current() ? "yes" : "no"),
                  Field.of("Since", f.since()),
                  Field.of("Until", f.until()),
                  Field.of("Raised by", row.source()))));
    }
    for (FlagChecks.FileCheck c : checks.all(childId)) {
      records.add(
          new SubjectRecord(
              "flags",
              "Check of the flags from unscheduled care",
              c.setting() + "/" + c.at(),
              c.at(),
              List.of(
                  Field.of("Where from", c.setting()),
                  Field.of("How", c.channel()),
                  Field.otherPerson("Checked by", c.checkedBy()),
                  Field.of("Their agency", c.agency()),
                  Field.of("When", c.at()))));
    }
    return records;
  }
}
