package org.lantern.access;

import java.util.UUID;

/**
 * A module that keeps records about children and says whether a person recorded one about a child:
 * the basis of the {@link AccessBasis#RECORDER} relationship (whoever recorded something sees what
 * they recorded, and who the child is). Asked, not stored, so that it ends when the record moves to
 * another child.
 */
public interface RecorderSource {

  /** Whether {@code userId} recorded anything this module keeps about the child. */
  boolean recorded(UUID childId, UUID userId);
}
