package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;

/**
 * A module that contributes entries to a child's chronology (concerns today; screenings, panels and
 * missing episodes as they arrive). Called only after the access policy allowed the view.
 */
public interface ChronologySource {

  /**
   * The entries as {@code viewer} may read them: a source leaves out of an entry whatever its own
   * rules keep from this person (the outcome of a phone referral they have not yet confirmed).
   */
  List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer);
}
