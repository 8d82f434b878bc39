package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.SectionAccess;

/**
 * A module that contributes entries to a child's chronology (concerns today; screenings, panels and
 * missing episodes as they arrive). Called only after the access policy allowed the view, with the
 * viewer's scope of {@link #section()}.
 */
public interface ChronologySource extends FilePart {

  /**
   * The entries as a viewer who may see the whole section reads them: a source leaves out of an
   * entry whatever its own rules keep from this person (the outcome of a phone referral they have
   * not yet confirmed).
   */
  List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer);

  /**
   * The entries as this viewer may read them. By default all of them to those who may see the whole
   * section, none to anyone else; a source that can show part of its section overrides this.
   */
  default List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return access.all() ? entriesFor(childId, viewer) : List.of();
  }
}
