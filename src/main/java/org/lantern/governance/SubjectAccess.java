package org.lantern.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.ChildDirectory;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.governance.SubjectAccessExport.Look;
import org.lantern.governance.SubjectRecordSource.Field;
import org.lantern.governance.SubjectRecordSource.SubjectRecord;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject access export: the information governance officer gathers everything every module
 * holds about one person ({@link SubjectRecordSource}), a child or an adult of concern, and who
 * looked (the audit log), redacts other people's names and identifiers unless they choose to keep
 * them, and the export is audited.
 */
@Service
public class SubjectAccess {

  private final AccessPolicy policy;
  private final ChildDirectory children;
  private final List<SubjectRecordSource> sources;
  private final AuditLog audit;
  private final Clock clock;

  SubjectAccess(
      AccessPolicy policy,
      ChildDirectory children,
      List<SubjectRecordSource> sources,
      AuditLog audit,
      Clock clock) {
    this.policy = policy;
    this.children = children;
    this.sources = sources;
    this.audit = audit;
    this.clock = clock;
  }

  /** The child's name, for the page that offers the export (guarded as the export is). */
  @Transactional(readOnly = true)
  public String subjectName(CurrentUser officer, UUID childId) {
    guard(officer, childId);
    return children.namesOf(List.of(childId)).getOrDefault(childId, "");
  }

  /** Everything held about the child, redacted unless {@code keepOthers}; audited as exported. */
  @Transactional
  public SubjectAccessExport export(
      CurrentUser officer, UUID childId, boolean keepOthers, String format) {
    guard(officer, childId);
    List<SubjectRecord> records = new ArrayList<>();
    for (SubjectRecordSource source : sources) {
      records.addAll(source.recordsAbout(officer.partnershipId(), childId));
    }
    return assemble(
        officer,
        childId,
        children.namesOf(List.of(childId)).getOrDefault(childId, ""),
        records,
        audit.forChild(childId),
        keepOthers,
        format,
        childId,
        RecordRef.child(childId));
  }

  /**
   * Adults of concern whose name contains these words, for the officer to choose the subject of a
   * request: names and dates of birth only, the search audited once.
   */
  @Transactional
  public List<SubjectRecordSource.AdultSubject> findAdults(CurrentUser officer, String words) {
    RecordRef search = new RecordRef("ADULT_SEARCH", officer.partnershipId().toString());
    policy.requireRole(officer, Permission.EXPORT_SUBJECT_ACCESS, search);
    List<SubjectRecordSource.AdultSubject> found =
        sources.stream()
            .flatMap(s -> s.adultsNamed(officer.partnershipId(), words.strip()).stream())
            .limit(50)
            .toList();
    audit.record(
        officer,
        AuditAction.EXPORT_SUBJECT_ACCESS,
        null,
        search,
        null,
        "subject access: adults named like " + words.strip() + " (" + found.size() + " shown)");
    return found;
  }

  /** The adult of concern, for the page that offers their export (guarded as the export is). */
  @Transactional(readOnly = true)
  public SubjectRecordSource.AdultSubject adult(CurrentUser officer, UUID adultId) {
    policy.requireRole(officer, Permission.EXPORT_SUBJECT_ACCESS, RecordRef.of("ADULT", adultId));
    return sources.stream()
        .flatMap(s -> s.adult(officer.partnershipId(), adultId).stream())
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("ADULT", adultId));
  }

  /**
   * Everything held about an adult of concern (the adult as recorded, their links to children, the
   * notices served on them) and who looked at it, redacted unless {@code keepOthers} (the children
   * are other people here); audited as exported.
   */
  @Transactional
  public SubjectAccessExport exportAdult(
      CurrentUser officer, UUID adultId, boolean keepOthers, String format) {
    SubjectRecordSource.AdultSubject adult = adult(officer, adultId);
    List<SubjectRecord> records = new ArrayList<>();
    for (SubjectRecordSource source : sources) {
      records.addAll(source.recordsAboutAdult(officer.partnershipId(), adultId));
    }
    return assemble(
        officer,
        adultId,
        adult.name(),
        records,
        audit.forRecord(officer.partnershipId(), "ADULT", adultId.toString()),
        keepOthers,
        format,
        null,
        RecordRef.of("ADULT", adultId));
  }

  private SubjectAccessExport assemble(
      CurrentUser officer,
      UUID subjectId,
      String subjectName,
      List<SubjectRecord> records,
      List<AuditEntry> entries,
      boolean keepOthers,
      String format,
      @Nullable UUID childId,
      RecordRef exported) {
    records.sort(
        Comparator.comparing((SubjectRecord r) -> r.at() == null ? Instant.EPOCH : r.at()));
    Set<String> others = new LinkedHashSet<>();
    records.forEach(
        r ->
            r.fields().stream()
                .filter(Field::otherPerson)
                .map(Field::value)
                .forEach(v -> addOther(others, v)));
    entries.forEach(e -> addOther(others, e.username()));
    Redaction redaction = keepOthers ? Redaction.NONE : new Redaction(others);
    List<SubjectRecord> shown =
        records.stream()
            .map(
                r ->
                    new SubjectRecord(
                        r.module(),
                        r.kind(),
                        r.id(),
                        r.at(),
                        r.fields().stream()
                            .map(
                                f ->
                                    new Field(
                                        f.label(),
                                        f.otherPerson() && !keepOthers
                                            ? (f.value() == null
                                                ? null
                                                : SubjectAccessExport.REDACTED)
                                            : redaction.apply(f.value()),
                                        f.otherPerson()))
                            .toList()))
            .toList();
    List<Look> looks =
        entries.stream()
            .map(
                e ->
                    new Look(
                        e.occurredAt(),
                        keepOthers ? e.username() : SubjectAccessExport.REDACTED,
                        e.agencyName(),
                        e.action().name(),
                        e.outcome().name()))
            .toList();
    audit.record(
        officer,
        AuditAction.SUBJECT_ACCESS_EXPORTED,
        childId,
        exported,
        null,
        "format: "
            + format
            + "; other people: "
            + (keepOthers ? "kept" : "redacted")
            + "; records: "
            + shown.size()
            + "; looks: "
            + looks.size());
    return new SubjectAccessExport(
        subjectId, subjectName, clock.instant(), officer.username(), keepOthers, shown, looks);
  }

  private void guard(CurrentUser officer, UUID childId) {
    policy.requireRole(officer, Permission.EXPORT_SUBJECT_ACCESS, RecordRef.child(childId));
    children
        .ref(childId)
        .filter(c -> c.partnershipId().equals(officer.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("CHILD", childId));
  }

  private static void addOther(Set<String> others, @Nullable String value) {
    if (value != null && value.strip().length() >= 3) {
      others.add(value.strip());
    }
  }

  /** Replaces every other person's name or identifier in free text. */
  private record Redaction(Set<String> others) {

    static final Redaction NONE = new Redaction(Set.of());

    @Nullable String apply(@Nullable String text) {
      if (text == null || others.isEmpty()) {
        return text;
      }
      String result = text;
      for (String other :
          others.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
        result =
            Pattern.compile(Pattern.quote(other), Pattern.CASE_INSENSITIVE)
                .matcher(result)
                .replaceAll(SubjectAccessExport.REDACTED.replace("$", "\\$"));
      }
      return result;
    }
  }
}
