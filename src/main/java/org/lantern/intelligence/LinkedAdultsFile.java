package org.lantern.intelligence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
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
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    if (!policy.roleAllows(viewer, Permission.VIEW_INTELLIGENCE_LINKS)) {
      return List.of();
    }
    return List.of(
        new FileSection(
            30,
            "intelligence/file",
            "section",
            Map.of(
                "links",
                links.forChild(viewer, childId),
                "childId",
                childId,
                "canRecord",
                policy.roleAllows(viewer, Permission.RECORD_INTELLIGENCE_LINK))));
  }
}
