package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;

/**
 * A module that tells the front door what it already knows about a child (the current screening
 * level, panel status, missing episodes), beside each new concern. Called only after the access
 * policy allowed (and audited) the viewer reading the child's record.
 */
public interface KnownSource {

  List<KnownFact> knownAbout(UUID childId, CurrentUser viewer);
}
