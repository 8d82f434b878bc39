package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.intelligence.Adults;
import org.lantern.intelligence.LinkSource;
import org.lantern.missing.data.MissingEpisode;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing notifications coming in. One police reference is one episode: the same reference sent
 * again (a re-sent notification, or the later one saying the child is back) updates it. An episode
 * never overlaps another of the same child's.
 */
@Service
public class Episodes {

  private final MissingEpisodes episodes;
  private final Children children;
  private final AccessPolicy policy;
  private final Adults adults;
  private final EpisodeViews views;
  private final Clock clock;

  Episodes(
      MissingEpisodes episodes,
      Children children,
      AccessPolicy policy,
      Adults adults,
      EpisodeViews views,
      Clock clock) {
    this.episodes = episodes;
    this.children = children;
    this.policy = policy;
    this.adults = adults;
    this.views = views;
    this.clock = clock;
  }

  /** What recording did: the episode, and whether this call made it (or updated one). */
  public record Recorded(UUID episodeId, boolean created) {}

  /**
   * Records a notification; checked and audited, or refused with nothing saved ({@link
   * EpisodeRejectedException}).
   */
  @Transactional
  public Recorded record(CurrentUser user, @Nullable String sourceSystem, EpisodeDetails details) {
    Optional<MissingEpisode> existing =
        episodes.findByPartnershipIdAndPoliceReference(
            user.partnershipId(), details.policeReference());
    UUID id = existing.map(MissingEpisode::id).orElseGet(UUID::randomUUID);
    policy.require(
        user,
        Permission.RECORD_MISSING_EPISODE,
        children.ref(details.childId()),
        RecordRef.of("MISSING_EPISODE", id),
        existing.isPresent() ? "update a missing episode" : "record a missing episode");
    if (!details.missingFrom().isEducation()) {
      try {
        policy.requireRole(
            user, Permission.RECORD_ANY_MISSING_EPISODE, RecordRef.of("MISSING_EPISODE", id));
      } catch (AccessDeniedForRole schoolsRecordMissingFromEducationOnly) {
        throw new EpisodeRejectedException("missingFrom", "missing.missingFrom.educationOnly");
      }
    }
    if (existing.isPresent() && !existing.get().childId().equals(details.childId())) {
      throw new EpisodeRejectedException("policeReference", "missing.policeReference.otherChild");
    }
    MissingEpisode episode;
    if (existing.isPresent()) {
      episode = existing.get();
      checkNoOverlap(episode.id(), details, episode.returnedAt());
      episode.update(details, clock.instant());
    } else {
      checkNoOverlap(null, details, null);
      ChildSummary child = children.summary(details.childId());
      episode =
          MissingEpisode.notify(
              user.partnershipId(),
              child.districtId(),
              details,
              user.isPartnerSystem() ? null : user.id(),
              user.agencyId(),
              sourceSystem,
              clock.instant());
    }
    episodes.save(episode);
    adults.unlinkSource(LinkSource.MISSING_EPISODE, episode.id());
    if (details.foundWithAdult() != null) {
      UUID adult = adults.findOrCreate(user.partnershipId(), details.foundWithAdult());
      adults.link(
          user.partnershipId(), adult, details.childId(), LinkSource.MISSING_EPISODE, episode.id());
    }
    return new Recorded(episode.id(), existing.isEmpty());
  }

  /**
   * The episode as its recorder sees it after saving: the person who recorded it, or a colleague of
   * the agency that did (the police force, or the school); checked and audited like any read of the
   * child's data. Anyone else is told there is no such episode.
   */
  @Transactional
  public EpisodeView view(CurrentUser user, UUID episodeId) {
    MissingEpisode e =
        episodes
            .findById(episodeId)
            .orElseThrow(() -> new RecordNotFoundException("episode", episodeId));
    boolean ours = e.partnershipId().equals(user.partnershipId());
    policy.requireRole(
        user,
        Permission.RECORD_MISSING_EPISODE,
        RecordRef.of("MISSING_EPISODE", episodeId),
        RecordRule.hidden(
            ours
                && (user.id().equals(e.recordedByUserId())
                    || user.agencyId().equals(e.recordedByAgencyId())),
            ours ? "NOT_RECORDED_BY_AGENCY" : "OTHER_PARTNERSHIP"));
    policy.require(
        user,
        Permission.RECORD_MISSING_EPISODE,
        children.ref(e.childId()),
        RecordRef.of("MISSING_EPISODE", episodeId),
        "see the missing episode recorded");
    return views.of(e);
  }

  private void checkNoOverlap(@Nullable UUID self, EpisodeDetails d, @Nullable Instant keptReturn) {
    Instant start = d.missingAt();
    Instant returned = d.returnedAt() != null ? d.returnedAt() : keptReturn;
    if (returned != null && returned.isBefore(start)) {
      throw new EpisodeRejectedException("returnedAt", "missing.returnedAt.beforeMissing");
    }
    Instant end = returned == null ? Instant.MAX : returned;
    for (MissingEpisode other : episodes.findByChildIdOrderByMissingAtAsc(d.childId())) {
      if (other.id().equals(self)) {
        continue;
      }
      if (start.isBefore(other.endOrFarFuture()) && other.missingAt().isBefore(end)) {
        throw new EpisodeRejectedException("missingAt", "missing.overlap", other.policeReference());
      }
    }
  }
}
