package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Component;

/**
 * Repeat missing, by the missing module's own rule (the repeat indicator on the file): the number
 * of episodes within the window, from the first of them.
 */
@Component
class MissingFlagFacts implements FlagFactSource {

  private final MissingEpisodes episodes;
  private final MissingSettings settings;
  private final MissingFile file;
  private final Clock clock;

  MissingFlagFacts(
      MissingEpisodes episodes, MissingSettings settings, MissingFile file, Clock clock) {
    this.episodes = episodes;
    this.settings = settings;
    this.file = file;
    this.clock = clock;
  }

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    List<MissingEpisodeEntity> all = episodes.findByChildIdOrderByMissingAtAsc(childId);
    long recent = file.recentCount(all);
    if (recent < settings.repeatThreshold()) {
      return List.of();
    }
    Instant since = clock.instant().minus(settings.repeatWindow());
    Instant first =
        all.stream()
            .map(MissingEpisodeEntity::missingAt)
            .filter(at -> !at.isBefore(since))
            .findFirst()
            .orElse(clock.instant());
    return List.of(
        new FlagFact(
            FlagFact.Kind.REPEAT_MISSING,
            String.valueOf(recent),
            first.atZone(LanternTime.ZONE).toLocalDate(),
            null));
  }
}
