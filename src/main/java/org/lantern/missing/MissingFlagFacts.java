package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Repeat missing, by the missing module's own rule (the repeat indicator on the file): the number
 * of episodes within the window, from the first of them.
 */
@Component
class MissingFlagFacts implements FlagFactSource {

  private final JdbcTemplate jdbc;
  private final MissingSettings settings;
  private final MissingFile file;
  private final Clock clock;

  MissingFlagFacts(JdbcTemplate jdbc, MissingSettings settings, MissingFile file, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.file = file;
    this.clock = clock;
  }

  /**
   * The times the child's episodes began, oldest first, in one plain statement (the flag check
   * calls every source on every check; the episodes' entities cost it more than the facts), counted
   * by the file's own rule.
   */
  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    List<Instant> all =
        jdbc.query(
            "select missing_at from missing_episode where child_id = ? order by missing_at",
            (rs, row) -> rs.getTimestamp(1).toInstant(),
            childId);
    long recent = file.recentCountOf(all);
    if (recent < settings.repeatThreshold()) {
      return List.of();
    }
    Instant since = clock.instant().minus(settings.repeatWindow());
    Instant first =
        all.stream().filter(at -> !at.isBefore(since)).findFirst().orElse(clock.instant());
    return List.of(
        new FlagFact(
            FlagFact.Kind.REPEAT_MISSING,
            String.valueOf(recent),
            first.atZone(LanternTime.ZONE).toLocalDate(),
            null));
  }
}
