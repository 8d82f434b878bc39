package org.lantern.intelligence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Scope;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.springframework.stereotype.Component;

/**
 * On a child's file, for the police and the exploitation coordinator only: the adults of concern
 * linked to the child, by source, and the way to record another. Nobody else sees the section.
 */
@Component
class LinkedAdultsFile implements FilePartSource {

  private final IntelligenceLinks links;
  private final AccessPolicy policy;

  LinkedAdultsFile(IntelligenceLinks links, AccessPolicy policy) {
    this.links = links;
    this.policy = policy;
  }

  @Override
  public Section section() {
    return Section.INTELLIGENCE;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    if (!policy.roleAllows(viewer, Permission.VIEW_INTELLIGENCE_LINKS)) {
      return List.of();
    }
    return section(childId, viewer, links.forChild(viewer, childId));
  }

  /**
   * Someone who sees part of the section (a network member, whoever recorded a link) sees the links
   * they, or their agency, recorded, and no section when there are none.
   */
  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    if (access.all()) {
      return sectionsFor(childId, viewer);
    }
    if (!policy.roleAllows(viewer, Permission.VIEW_INTELLIGENCE_LINKS)) {
      return List.of();
    }
    List<LinkView> shown =
        links.forChildRecordedBy(viewer, childId, access.scopes().contains(Scope.OWN_AGENCY));
    return shown.isEmpty() ? List.of() : section(childId, viewer, shown);
  }

  private List<FileSection> section(UUID childId, CurrentUser viewer, List<LinkView> shown) {
    return List.of(
        new FileSection(
            30,
            "intelligence/file",
            "section",
            Map.of(
                "links",
                shown,
                "childId",
                childId,
                "canRecord",
                policy.roleAllows(viewer, Permission.RECORD_INTELLIGENCE_LINK))));
  }
}
