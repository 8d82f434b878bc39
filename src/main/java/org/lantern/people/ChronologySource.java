package org.lantern.people;

import java.util.List;
import java.util.UUID;

/**
 * A module that contributes entries to a child's chronology (concerns today; screenings, panels and
 * missing episodes as they arrive). Called only after the access policy allowed the view.
 */
public interface ChronologySource {

  List<ChronologyEntry> entriesFor(UUID childId);
}
