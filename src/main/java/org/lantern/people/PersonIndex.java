package org.lantern.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.SetAsideField;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.platform.DateRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person index: partner systems' records of people, kept as sent and re-imported as updates,
 * linked by the linkage engine as they arrive. Rows are saved and linked; a field failing its check
 * is set aside (kept as received, not used for matching) and reported; a row is refused only when
 * it has no source id or nothing identifying is left.
 */
@Service
public class PersonIndex {

  /** What became of one imported row. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  /** One row's result, in the order the rows came. */
  public record RowResult(
      int row,
      String sourceId,
      Outcome outcome,
      @Nullable UUID recordId,
      List<PersonRecordRules.Problem> problems) {}

  /** The whole import's result. */
  public record ImportReport(List<RowResult> rows, PersonLinking.Outcome linking) {

    public long count(Outcome outcome) {
      return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
  }

  private final PersonRecordRows rows;
  private final LanternRecords lantern;
  private final PersonLinking linking;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;
  private final DateRules dates;

  PersonIndex(
      PersonRecordRows rows,
      LanternRecords lantern,
      PersonLinking linking,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock,
      DateRules dates) {
    this.dates = dates;
    this.rows = rows;
    this.lantern = lantern;
    this.linking = linking;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports a partner's records under its source name, then links the new and changed ones, all in
   * one transaction, audited as one import.
   */
  @Transactional
  public ImportReport importRecords(CurrentUser by, String source, List<PersonRecordInput> input) {
    policy.requireRole(by, Permission.IMPORT_PERSON_RECORDS);
    return importAs(by, source, input);
  }

  /**
   * A partner's records uploaded as a CSV file by someone who reviews the person index (front door,
   * coordinator) on the partner's behalf: the same rules, outcome and audit as the partner sending
   * them itself, under the source name the uploader gives.
   */
  @Transactional
  public ImportReport uploadRecords(CurrentUser by, String source, List<PersonRecordInput> input) {
    policy.requireRole(by, Permission.UPLOAD_PERSON_RECORDS);
    if (isReserved(source)) {
      throw new IllegalArgumentException("The source name " + source + " is Lantern's own");
    }
    return importAs(by, source, input);
  }

  /** Whether a source name is the one Lantern's own children have in the index. */
  public static boolean isReserved(String source) {
    return source.strip().equalsIgnoreCase(LanternRecords.SOURCE);
  }

  private ImportReport importAs(CurrentUser by, String source, List<PersonRecordInput> input) {
    List<RowResult> results = new ArrayList<>();
    Map<String, UUID> changed = new HashMap<>();
    for (int i = 0; i < input.size(); i++) {
      PersonRecordRules.Checked checked = PersonRecordRules.check(input.get(i), dates);
      List<PersonRecordRules.Problem> problems = checked.problems();
      if (!checked.valid()) {
        results.add(new RowResult(i + 1, checked.sourceId(), Outcome.REJECTED, null, problems));
        continue;
      }
      LinkRecord record = Objects.requireNonNull(checked.record());
      List<SetAsideField> setAside =
          checked.setAside().stream()
              .map(s -> new SetAsideField(s.field(), s.code(), s.received()))
              .sorted(
                  Comparator.comparing(SetAsideField::field).thenComparing(SetAsideField::received))
              .toList();
      var existing = rows.bySource(by.partnershipId(), source, checked.sourceId());
      if (existing.isEmpty()) {
        UUID id = UUID.randomUUID();
        rows.insert(id, by.partnershipId(), source, checked.sourceId(), record, clock.instant());
        rows.setAside(id, setAside);
        changed.put(checked.sourceId(), id);
        results.add(new RowResult(i + 1, checked.sourceId(), Outcome.CREATED, id, problems));
      } else if (existing.get().record().equals(record)
          && rows.setAside(existing.get().id()).equals(setAside)) {
        results.add(
            new RowResult(
                i + 1, checked.sourceId(), Outcome.UNCHANGED, existing.get().id(), problems));
      } else {
        rows.update(existing.get(), record, clock.instant());
        rows.setAside(existing.get().id(), setAside);
        changed.put(checked.sourceId(), existing.get().id());
        results.add(
            new RowResult(
                i + 1, checked.sourceId(), Outcome.UPDATED, existing.get().id(), problems));
      }
    }
    audit.record(
        by,
        AuditAction.IMPORT_PERSON_RECORDS,
        null,
        new RecordRef("PERSON_RECORD_IMPORT", source),
        "ROLE",
        "import of " + input.size() + " person records");
    // Lantern's own children are records of the index too: brought up to date first, so the
    // partner's records link to them (and any child new since the last import is linked too)
    List<UUID> toLink = new ArrayList<>(lantern.sync(by.partnershipId()));
    toLink.addAll(changed.values());
    PersonLinking.Outcome linked = linking.link(by, toLink);
    return new ImportReport(results, linked);
  }

  /**
   * Brings a child Lantern has just registered into the person index and links them, in the
   * caller's transaction: no access question (the caller registered the child), every automatic
   * link audited as such.
   */
  @Transactional
  public void childRegistered(CurrentUser by, UUID childId) {
    linking.link(by, lantern.sync(by.partnershipId(), childId));
  }

  /**
   * A child's record joined into another child's by the front door, in the caller's transaction:
   * the two Lantern records are one person from now on, so every partner's record joined to either
   * is joined to the child that remains. Nothing is deleted; the joined record's own Lantern record
   * stays, as one more record of that person.
   */
  @Transactional
  public void childJoined(UUID partnershipId, UUID from, UUID into) {
    var joined = rows.bySource(partnershipId, LanternRecords.SOURCE, from.toString());
    var kept = rows.bySource(partnershipId, LanternRecords.SOURCE, into.toString());
    if (joined.isPresent()
        && kept.isPresent()
        && !joined.get().personId().equals(kept.get().personId())) {
      rows.mergePersons(joined.get().personId(), kept.get().personId());
    }
  }

  /** Every record held to be the same person as this one (itself included). */
  @Transactional(readOnly = true)
  public List<Stored> samePerson(CurrentUser by, UUID recordId) {
    policy.requireRole(by, Permission.REVIEW_PERSON_LINKS, RecordRef.of("PERSON_RECORD", recordId));
    return rows.all(by.partnershipId()).stream()
        .filter(s -> s.id().equals(recordId))
        .findFirst()
        .map(s -> rows.ofPerson(s.personId()))
        .orElse(List.of());
  }
}
