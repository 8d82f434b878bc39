package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Component;

/**
 * Repeat missing, by the missing module's own rule (the repeat indicator on the file): the number
 * of episodes within the window, from the first of them.
 */
@Component
class MissingFlagFacts implements FlagFactSource {

  private final MissingSettings settings;
  private final MissingFile file;
  private final Clock clock;

  MissingFlagFacts(MissingSettings settings, MissingFile file, Clock clock) {
    this.settings = settings;
    this.file = file;
    this.clock = clock;
  }

  /**
   * The times the child's episodes began, oldest first, read with every other module's facts in one
   * statement.
   */
  @Override
  public String select() {
    return """
        select row_number() over (order by missing_at), null, missing_at, null, null
        from missing_episode
        where child_id = ?
        """;
  }

  /** Counted by the file's own rule. */
  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    List<Instant> all = rows.stream().map(r -> Objects.requireNonNull(r.at())).toList();
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
