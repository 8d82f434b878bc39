package org.lantern.missing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new record joined into the child it was found to be: its missing episodes move with it, unless
 * one overlaps an episode of that child's (an episode never overlaps another of the same child's):
 * then the join waits until the police correct the times.
 */
@Component
class EpisodesOnJoin implements ChildJoinParticipant {

  private final MissingEpisodes episodes;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  EpisodesOnJoin(MissingEpisodes episodes, JdbcTemplate jdbc, Clock clock) {
    this.episodes = episodes;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    List<MissingEpisodeEntity> theirs = episodes.findByChildIdOrderByMissingAtAsc(into);
    int overlapping = 0;
    for (MissingEpisodeEntity e : episodes.findByChildIdOrderByMissingAtAsc(from)) {
      if (theirs.stream().anyMatch(o -> overlap(e, o))) {
        overlapping++;
      }
    }
    return overlapping == 0 ? List.of() : List.of(new Held("join.held.overlap", overlapping));
  }

  static boolean overlap(MissingEpisodeEntity a, MissingEpisodeEntity b) {
    return a.missingAt().isBefore(b.endOrFarFuture()) && b.missingAt().isBefore(a.endOrFarFuture());
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update(
        "update missing_episode set child_id = ?, updated_at = ?, version = version + 1"
            + " where child_id = ?",
        into,
        Timestamp.from(clock.instant()),
        from);
  }
}
