package org.lantern.missing;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.intelligence.Adults;
import org.lantern.intelligence.LinkSource;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.RecordMoves;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door undoing a wrong join for a missing episode: the episode moves to the right child
 * (one Lantern knows, or a new record made from what the police described), with the adult it was
 * found with; a missing-service worker's link to the wrong child through its return interview ends
 * (unless another interview of that child gives it) and is made with the right one. Checked,
 * audited on both children, in one transaction.
 */
@Service
public class EpisodeMoves {

  private static final Permission RESOLVE = Permission.RESOLVE_POSSIBLE_MATCH;

  private final MissingEpisodes episodes;
  private final EpisodeViews views;
  private final RecordMoves moves;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Adults adults;
  private final AuditLog audit;
  private final Clock clock;

  EpisodeMoves(
      MissingEpisodes episodes,
      EpisodeViews views,
      RecordMoves moves,
      AccessPolicy policy,
      Relationships relationships,
      Adults adults,
      AuditLog audit,
      Clock clock) {
    this.episodes = episodes;
    this.views = views;
    this.moves = moves;
    this.policy = policy;
    this.relationships = relationships;
    this.adults = adults;
    this.audit = audit;
    this.clock = clock;
  }

  /** What moving the episode can choose from. */
  public record Options(EpisodeView episode, RecordMoves.Choices choices) {}

  /** Whether this person may move episodes at all: for links. */
  public boolean mayMove(CurrentUser user) {
    return policy.roleAllows(user, RESOLVE);
  }

  /** The choices for moving an episode; each child shown is checked and audited. */
  @Transactional
  public Options options(CurrentUser user, UUID episodeId) {
    MissingEpisodeEntity e = load(user, episodeId);
    return new Options(
        views.of(e),
        moves.choices(
            user,
            RESOLVE,
            e.childId(),
            e.descriptionId(),
            RecordRef.of("MISSING_EPISODE", episodeId),
            "a missing episode"));
  }

  /**
   * Moves the episode to {@code toChild}, or (when null) to a new record made from the police's
   * description; refused ({@link EpisodeRejectedException}) when it would overlap an episode of
   * that child's. Returns the child it is on now.
   */
  @Transactional
  public UUID move(
      CurrentUser user, UUID episodeId, long version, @Nullable UUID toChild, String reason) {
    MissingEpisodeEntity e = load(user, episodeId);
    RecordRef ref = RecordRef.of("MISSING_EPISODE", episodeId);
    UUID from = e.childId();
    policy.require(user, RESOLVE, ref(e), ref, "move a missing episode");
    if (e.version() != version) {
      throw new EpisodeRejectedException("target", "missing.move.changed");
    }
    UUID to =
        moves.target(
            user,
            RESOLVE,
            from,
            toChild,
            e.descriptionId(),
            e.districtId(),
            ref,
            "a missing episode");
    for (MissingEpisodeEntity other : episodes.findByChildIdOrderByMissingAtAsc(to)) {
      if (EpisodesOnJoin.overlap(e, other)) {
        throw new EpisodeRejectedException(
            "target", "missing.move.overlap", other.policeReference());
      }
    }
    e.moveTo(to, clock.instant());
    episodes.saveAndFlush(e);
    adults.moveSource(LinkSource.MISSING_EPISODE, episodeId, to);
    moveInterviewer(user, e, from, to);
    String purpose =
        text(
            "missing episode "
                + e.policeReference()
                + " moved from "
                + from
                + " to "
                + to
                + ": "
                + reason);
    audit.record(user, AuditAction.MOVE_TO_ANOTHER_CHILD, from, ref, null, purpose);
    audit.record(user, AuditAction.MOVE_TO_ANOTHER_CHILD, to, ref, null, purpose);
    return to;
  }

  /** The worker who interviewed the child: their link goes with the interview. */
  private void moveInterviewer(CurrentUser user, MissingEpisodeEntity e, UUID from, UUID to) {
    UUID worker = e.interviewedByUserId();
    if (worker == null) {
      return;
    }
    boolean otherBasis =
        episodes.findByChildIdOrderByMissingAtAsc(from).stream()
            .anyMatch(o -> !o.id().equals(e.id()) && worker.equals(o.interviewedByUserId()));
    if (!otherBasis && relationships.end(from, worker, RelationshipKind.PROFESSIONAL_NETWORK)) {
      audit.record(
          user,
          AuditAction.END_RELATIONSHIP,
          from,
          RecordRef.of("USER", worker),
          RelationshipKind.PROFESSIONAL_NETWORK.name(),
          "the return interview of " + e.policeReference() + " moved to another child");
    }
    relationships.link(to, worker, RelationshipKind.PROFESSIONAL_NETWORK);
  }

  private MissingEpisodeEntity load(CurrentUser user, UUID episodeId) {
    return episodes
        .findById(episodeId)
        .filter(x -> x.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("episode", episodeId));
  }

  private static ChildRef ref(MissingEpisodeEntity e) {
    return new ChildRef(e.childId(), e.partnershipId());
  }

  private static String text(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
