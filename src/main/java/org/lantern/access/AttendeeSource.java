package org.lantern.access;

import java.util.UUID;

/**
 * A module that keeps meetings about children and says whether a person was invited to one about a
 * child: the basis of the {@link AccessBasis#ATTENDEE} relationship (a police officer or nurse at a
 * strategy discussion sees who the child is and the meetings they were part of, not the rest of the
 * file). Asked, not stored, so that it follows the meeting record.
 */
public interface AttendeeSource {

  /** Whether {@code userId} was invited to any meeting this module keeps about the child. */
  boolean invited(UUID childId, UUID userId);
}
