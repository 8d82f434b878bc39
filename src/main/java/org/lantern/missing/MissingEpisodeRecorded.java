package org.lantern.missing;

import java.util.UUID;

/**
 * A new missing episode was recorded, committed with this event, with how many of the child's
 * episodes began within the repeat window and how many make a repeat.
 */
public record MissingEpisodeRecorded(
    UUID episodeId, UUID partnershipId, UUID childId, long recent, int threshold, long windowDays) {

  /** The child has gone missing the repeat number of times (or more) within the window. */
  public boolean repeat() {
    return recent >= threshold;
  }
}
