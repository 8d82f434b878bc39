package org.lantern.people;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.FileScope;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.platform.DateRules;
import org.lantern.platform.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's file: their details and chronology, and who has looked at it. */
@Service
public class ChildFile {

  private final Children children;
  private final Chronology chronology;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Directory directory;
  private final List<FilePartSource> parts;
  private final Placements placements;
  private final DateRules dates;

  ChildFile(
      Children children,
      Chronology chronology,
      AccessPolicy policy,
      AuditLog audit,
      Directory directory,
      List<FilePartSource> parts,
      Placements placements,
      DateRules dates) {
    this.placements = placements;
    this.dates = dates;
    this.children = children;
    this.chronology = chronology;
    this.policy = policy;
    this.audit = audit;
    this.directory = directory;
    this.parts = parts;
  }

  /**
   * The file as one person may see it; opening it is checked and audited, section by section.
   *
   * @param identity whether the child's details (beyond their name) are shown
   * @param hidden the sections the person is shown nothing of
   * @param partial the sections the person is shown only part of
   * @param breakGlassAvailable whether the person could ask for emergency access to see more
   */
  public record View(
      ChildSummary child,
      @Nullable String district,
      @Nullable PlacementType placement,
      @Nullable ChildPlacement currentPlacement,
      CrossBorder crossBorder,
      boolean mayChangePlacement,
      List<FileIndicator> indicators,
      List<FileSection> sections,
      List<ChronologyEntry> entries,
      boolean identity,
      List<Section> hidden,
      List<Section> partial,
      boolean breakGlassAvailable) {}

  /** Who has looked at the child, newest first. */
  /** A page of who has looked at the child's record, and what was asked to see. */
  public record Audit(ChildSummary child, Paged<AuditEntry> entries, AuditLog.ChildQuery query) {}

  @Transactional
  public View open(CurrentUser user, UUID childId) {
    return view(user, childId, "open child's record");
  }

  /**
   * The file as one person may see it, for a download (PDF): exactly what {@link #open} shows them,
   * audited section by section as an export.
   */
  @Transactional
  public View export(CurrentUser user, UUID childId) {
    return view(user, childId, "export child's record (PDF)");
  }

  private View view(CurrentUser user, UUID childId, String purpose) {
    var ref = children.ref(childId);
    FileScope scope = policy.openFile(user, ref, RecordRef.child(childId), purpose);
    ChildSummary child = children.summary(childId);
    List<FileIndicator> indicators =
        scope.of(Section.FLAGS).any()
            ? parts.stream()
                .flatMap(p -> p.indicatorsFor(childId, user).stream())
                .sorted(Comparator.comparing(FileIndicator::serious).reversed())
                .toList()
            : List.of();
    List<FileSection> sections =
        parts.stream()
            .flatMap(
                p -> {
                  SectionAccess access = scope.of(p.section());
                  return access.any()
                      ? p.sectionsFor(childId, user, access).stream()
                      : Stream.<FileSection>empty();
                })
            .sorted(Comparator.comparingInt(FileSection::order))
            .toList();
    boolean identity = scope.of(Section.IDENTITY).any();
    ChildPlacement current = identity ? placementOf(childId) : null;
    return new View(
        child,
        identity ? districtName(child) : null,
        current == null ? null : current.type(),
        current,
        current == null ? CrossBorder.none() : CrossBorder.of(current),
        identity && policy.decide(user, Permission.RECORD_PLACEMENT, ref).allowed(),
        indicators,
        sections,
        chronology.of(childId, user, scope),
        identity,
        scope.hidden(),
        scope.partial(),
        !scope.whole()
            && policy.decide(user, Permission.VIEW_CHILD_RECORD, ref).breakGlassAvailable());
  }

  /**
   * Where the child lives, as one person about to change it sees it: the placement open now (if
   * any) and every placement before it, newest first.
   */
  public record Placement(
      ChildSummary child, @Nullable ChildPlacement open, List<ChildPlacement> history) {}

  @Transactional
  public Placement placement(CurrentUser user, UUID childId) {
    var ref = children.ref(childId);
    policy.requireToRead(
        user,
        Permission.RECORD_PLACEMENT,
        ref,
        RecordRef.child(childId),
        "open where the child lives");
    List<ChildPlacement> history = placements.history(childId);
    return new Placement(
        children.summary(childId),
        history.stream().filter(ChildPlacement::open).findFirst().orElse(null),
        history);
  }

  private @Nullable ChildPlacement placementOf(UUID childId) {
    return placements.currentOn(childId, dates.today()).orElse(null);
  }

  @Transactional
  public Audit audit(CurrentUser user, UUID childId, AuditLog.ChildQuery query) {
    var ref = children.ref(childId);
    policy.require(
        user, Permission.VIEW_CHILD_AUDIT, ref, RecordRef.child(childId), "who has looked");
    return new Audit(children.summary(childId), audit.forChild(childId, query), query);
  }

  private @Nullable String districtName(ChildSummary child) {
    if (child.districtId() == null) {
      return null;
    }
    return directory.districts(child.partnershipId()).stream()
        .filter(d -> d.id().equals(child.districtId()))
        .map(DistrictView::name)
        .findFirst()
        .orElse(null);
  }
}
