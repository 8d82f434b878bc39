package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.SectionAccess;

/**
 * A module that adds indicators and sections to a child's file. Called only after the access policy
 * allowed (and audited) the viewer opening the file, in the same transaction; a source leaves out
 * whatever its own rules keep from this viewer. Indicators are the file's flags ({@link
 * org.lantern.access.Section#FLAGS}), asked for only from those who may see them; sections are
 * asked for with the viewer's scope of {@link #section()}.
 */
public interface FilePartSource extends FilePart {

  default List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    return List.of();
  }

  /** The section(s) as a viewer who may see the whole of {@link #section()} sees them. */
  default List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return List.of();
  }

  /**
   * The section(s) as this viewer may see them. By default: the whole of it to those who may see it
   * whole, nothing to anyone else; a source that can show part of a section (a level without its
   * answers, what the viewer's agency recorded) overrides this.
   */
  default List<FileSection> sectionsFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return access.all() ? sectionsFor(childId, viewer) : List.of();
  }
}
