package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
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

  ChildFile(
      Children children,
      Chronology chronology,
      AccessPolicy policy,
      AuditLog audit,
      Directory directory) {
    this.children = children;
    this.chronology = chronology;
    this.policy = policy;
    this.audit = audit;
    this.directory = directory;
  }

  /** The file as one person may see it; opening it is checked and audited. */
  public record View(
      ChildSummary child, @Nullable String district, List<ChronologyEntry> entries) {}

  /** Who has looked at the child, newest first. */
  public record Audit(ChildSummary child, List<AuditEntry> entries) {}

  @Transactional
  public View open(CurrentUser user, UUID childId) {
    var ref = children.ref(childId);
    policy.require(
        user, Permission.VIEW_CHILD_RECORD, ref, RecordRef.child(childId), "open child's record");
    ChildSummary child = children.summary(childId);
    return new View(child, districtName(child), chronology.of(childId, user));
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
