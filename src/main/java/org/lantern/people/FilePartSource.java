package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;

/**
 * A module that adds indicators and sections to a child's file. Called only after the access policy
 * allowed (and audited) the viewer opening the file, in the same transaction; a source leaves out
 * whatever its own rules keep from this viewer.
 */
public interface FilePartSource {

  default List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    return List.of();
  }

  default List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return List.of();
  }
}
