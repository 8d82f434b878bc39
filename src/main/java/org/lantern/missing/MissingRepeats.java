package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.lantern.missing.data.MissingEpisodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a child is missing repeatedly now: the file's repeat-missing indicator ({@code
 * lantern.missing.repeat-threshold} episodes within the repeat window), for other modules that act
 * on it (strategy offers a risk-management meeting). No access check: a caller shows what follows
 * only where its own access rules allow.
 */
@Service
public class MissingRepeats {

  private final MissingEpisodes episodes;
  private final MissingSettings settings;
  private final Clock clock;

  MissingRepeats(MissingEpisodes episodes, MissingSettings settings, Clock clock) {
    this.episodes = episodes;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether the child has gone missing the threshold number of times within the window. */
  @Transactional(readOnly = true)
  public boolean isRepeat(UUID childId) {
    Instant since = clock.instant().minus(settings.repeatWindow());
    long recent =
        episodes.findByChildIdOrderByMissingAtAsc(childId).stream()
            .filter(e -> !e.missingAt().isBefore(since))
            .count();
    return recent >= settings.repeatThreshold();
  }
}
