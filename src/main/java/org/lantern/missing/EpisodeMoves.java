package org.lantern.missing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.lantern.missing.data.MissingEpisode;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildComparison;
import org.lantern.people.ChildDescription;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
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
  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Adults adults;
  private final AuditLog audit;
  private final Clock clock;

  EpisodeMoves(
      MissingEpisodes episodes,
      EpisodeViews views,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      Relationships relationships,
      Adults adults,
      AuditLog audit,
      Clock clock) {
    this.episodes = episodes;
    this.views = views;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.relationships = relationships;
    this.adults = adults;
    this.audit = audit;
    this.clock = clock;
  }

  /** A child the episode could move to, and how the police's description compares with them. */
  public record Option(ChildSummary child, @Nullable ChildComparison comparison) {}

  /** What moving the episode can choose from. */
  public record Options(
      EpisodeView episode,
      ChildSummary current,
      @Nullable ChildDescription description,
      @Nullable ChildComparison currentComparison,
      List<Option> candidates) {

    public boolean mayMakeNewRecord() {
      return description != null;
    }
  }

  /** Whether this person may move episodes at all: for links. */
  public boolean mayMove(CurrentUser user) {
    return policy.roleAllows(user, RESOLVE);
  }

  /** The choices for moving an episode; each child shown is checked and audited. */
  @Transactional
  public Options options(CurrentUser user, UUID episodeId) {
    MissingEpisode e = load(user, episodeId);
    RecordRef ref = RecordRef.of("MISSING_EPISODE", episodeId);
    policy.require(user, RESOLVE, ref(e), ref, "move a missing episode: the child it is on");
    ChildDescription description =
        e.descriptionId() == null ? null : described.description(e.descriptionId()).orElse(null);
    List<Option> candidates = new ArrayList<>();
    if (description != null) {
      for (UUID id : described.candidatesFor(description.id(), e.childId())) {
        policy.require(
            user,
            RESOLVE,
            children.ref(id),
            ref,
            "move a missing episode: a child it may be about");
        candidates.add(new Option(children.summary(id), described.compare(description, id)));
      }
    }
    return new Options(
        views.of(e),
        children.summary(e.childId()),
        description,
        description == null ? null : described.compare(description, e.childId()),
        candidates);
  }

  /**
   * Moves the episode to {@code toChild}, or (when null) to a new record made from the police's
   * description; refused ({@link EpisodeRejectedException}) when it would overlap an episode of
   * that child's. Returns the child it is on now.
   */
  @Transactional
  public UUID move(
      CurrentUser user, UUID episodeId, long version, @Nullable UUID toChild, String reason) {
    MissingEpisode e = load(user, episodeId);
    RecordRef ref = RecordRef.of("MISSING_EPISODE", episodeId);
    UUID from = e.childId();
    policy.require(user, RESOLVE, ref(e), ref, "move a missing episode");
    if (e.version() != version) {
      throw new EpisodeRejectedException("target", "missing.move.changed");
    }
    UUID to;
    if (toChild == null) {
      if (e.descriptionId() == null) {
        throw new IllegalArgumentException("No description to make a new record from");
      }
      to = described.newRecordFrom(user, e.descriptionId(), e.districtId()).id();
    } else {
      to = children.current(toChild);
    }
    if (to.equals(from)) {
      throw new IllegalArgumentException("The episode is already on that child");
    }
    policy.require(user, RESOLVE, children.ref(to), ref, "move a missing episode here");
    for (MissingEpisode other : episodes.findByChildIdOrderByMissingAtAsc(to)) {
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
  private void moveInterviewer(CurrentUser user, MissingEpisode e, UUID from, UUID to) {
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

  private MissingEpisode load(CurrentUser user, UUID episodeId) {
    return episodes
        .findById(episodeId)
        .filter(x -> x.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("episode", episodeId));
  }

  private static ChildRef ref(MissingEpisode e) {
    return new ChildRef(e.childId(), e.partnershipId());
  }

  private static String text(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
