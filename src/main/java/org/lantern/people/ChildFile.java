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

  ChildFile(
      Children children,
      Chronology chronology,
      AccessPolicy policy,
      AuditLog audit,
      Directory directory,
      List<FilePartSource> parts) {
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
  public record Audit(ChildSummary child, List<AuditEntry> entries) {}

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
    return new View(
        child,
        identity ? districtName(child) : null,
        identity ? placementOf(childId) : null,
        identity
            ? children.crossBorder(List.of(childId)).getOrDefault(childId, CrossBorder.none())
            : CrossBorder.none(),
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

  /** Where the child lives, as one person about to change it sees it. */
  public record Placement(
      ChildSummary child, @Nullable PlacementType placement, CrossBorder crossBorder) {}

  @Transactional
  public Placement placement(CurrentUser user, UUID childId) {
    var ref = children.ref(childId);
    policy.require(
        user,
        Permission.RECORD_PLACEMENT,
        ref,
        RecordRef.child(childId),
        "open where the child lives");
    return new Placement(
        children.summary(childId),
        placementOf(childId),
        children.crossBorder(List.of(childId)).getOrDefault(childId, CrossBorder.none()));
  }

  @Transactional
  public void changePlacement(CurrentUser user, UUID childId, PlacementType placement) {
    changePlacement(
        user,
        childId,
        placement,
        children.crossBorder(List.of(childId)).getOrDefault(childId, CrossBorder.none()));
  }

  /**
   * Records where the child lives and, for a cross-border placement, who holds responsibility: the
   * placing authority and its worker for a child placed here, where and whom to inform for one of
   * ours placed elsewhere. Details that do not fit the placement are cleared.
   */
  @Transactional
  public void changePlacement(
      CurrentUser user, UUID childId, PlacementType placement, CrossBorder crossBorder) {
    var ref = children.ref(childId);
    policy.require(
        user,
        Permission.RECORD_PLACEMENT,
        ref,
        RecordRef.child(childId),
        "record where the child lives: " + placement.name());
    children.recordPlacement(childId, placement);
    CrossBorder kept =
        switch (placement) {
          case PLACED_HERE_BY_ANOTHER_AUTHORITY ->
              new CrossBorder(
                  crossBorder.placingAuthority(),
                  crossBorder.workerName(),
                  crossBorder.workerEmail(),
                  crossBorder.workerPhone(),
                  null,
                  null);
          case PLACED_ELSEWHERE_BY_US ->
              new CrossBorder(
                  null, null, null, null, crossBorder.placedIn(), crossBorder.informWhom());
          default -> CrossBorder.none();
        };
    children.recordCrossBorder(childId, kept);
  }

  private @Nullable PlacementType placementOf(UUID childId) {
    return children.placements(List.of(childId)).get(childId);
  }

  @Transactional
  public Audit audit(CurrentUser user, UUID childId) {
    var ref = children.ref(childId);
    policy.require(
        user, Permission.VIEW_CHILD_AUDIT, ref, RecordRef.child(childId), "who has looked");
    return new Audit(children.summary(childId), audit.forChild(childId));
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
