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
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
import org.lantern.people.DescriptionOutcome;
import org.lantern.people.NewChild;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
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
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Adults adults;
  private final EpisodeViews views;
  private final ApplicationEventPublisher events;
  private final MissingSettings settings;
  private final Clock clock;

  Episodes(
      MissingEpisodes episodes,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      Adults adults,
      EpisodeViews views,
      ApplicationEventPublisher events,
      MissingSettings settings,
      Clock clock) {
    this.events = events;
    this.settings = settings;
    this.episodes = episodes;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.adults = adults;
    this.views = views;
    this.clock = clock;
  }

  /** What recording did: the episode, and whether this call made it (or updated one). */
  public record Recorded(UUID episodeId, boolean created) {}

  /** What recording a notification that described the child did, and what became of the child. */
  public record RecordedDescribed(UUID episodeId, boolean created, DescriptionOutcome childMatch) {}

  /**
   * Records a notification that describes the child (the API, a CSV row): a new police reference
   * puts the description on a known child or a new record by the one rule for descriptions ({@link
   * DescribedChildren#place}), and keeps it with the episode; a reference already recorded stays
   * with its child, as long as the notification still describes that child (or describes them as
   * the first one did), and is otherwise refused as another child's reference.
   *
   * @param describedBy who described the child: the police system, or the person uploading
   */
  @Transactional
  public RecordedDescribed recordDescribed(
      CurrentUser user,
      @Nullable String sourceSystem,
      String describedBy,
      NewChild child,
      EpisodeRules.Fields fields) {
    Optional<MissingEpisodeEntity> existing =
        episodes.findByPartnershipIdAndPoliceReference(
            user.partnershipId(), MissingSettings.normalise(fields.policeReference()));
    if (existing.isPresent()) {
      MissingEpisodeEntity e = existing.get();
      UUID first = e.descriptionId();
      if (!described.stillDescribes(first, child, e.childId())) {
        throw new EpisodeRejectedException("policeReference", "missing.policeReference.otherChild");
      }
      Recorded recorded = record(user, sourceSystem, EpisodeRules.details(e.childId(), fields));
      DescriptionOutcome outcome =
          first == null
              ? DescriptionOutcome.KNOWN_CHILD
              : described
                  .description(first)
                  .map(d -> d.outcome())
                  .orElse(DescriptionOutcome.KNOWN_CHILD);
      return new RecordedDescribed(recorded.episodeId(), false, outcome);
    }
    DescribedChildren.Placed placed = described.place(user, describedBy, child);
    Recorded recorded =
        record(user, sourceSystem, EpisodeRules.details(placed.child().id(), fields));
    MissingEpisodeEntity episode = episodes.findById(recorded.episodeId()).orElseThrow();
    episode.describedAs(placed.descriptionId());
    episodes.save(episode);
    return new RecordedDescribed(recorded.episodeId(), recorded.created(), placed.outcome());
  }

  /**
   * Records a notification; checked and audited, or refused with nothing saved ({@link
   * EpisodeRejectedException}).
   */
  @Transactional
  public Recorded record(CurrentUser user, @Nullable String sourceSystem, EpisodeDetails details) {
    Optional<MissingEpisodeEntity> existing =
        episodes.findByPartnershipIdAndPoliceReference(
            user.partnershipId(), details.policeReference());
    UUID id = existing.map(MissingEpisodeEntity::id).orElseGet(UUID::randomUUID);
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
    MissingEpisodeEntity episode;
    if (existing.isPresent()) {
      episode = existing.get();
      checkNoOverlap(episode.id(), details, episode.returnedAt());
      episode.update(details, clock.instant());
    } else {
      checkNoOverlap(null, details, null);
      ChildSummary child = children.summary(details.childId());
      episode =
          MissingEpisodeEntity.notify(
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
    if (existing.isEmpty()) {
      Instant since = clock.instant().minus(settings.repeatWindow());
      long recent =
          episodes.findByChildIdOrderByMissingAtAsc(details.childId()).stream()
              .filter(e -> !e.missingAt().isBefore(since))
              .count();
      events.publishEvent(
          new MissingEpisodeRecorded(
              episode.id(),
              user.partnershipId(),
              details.childId(),
              recent,
              settings.repeatThreshold(),
              settings.repeatWindow().toDays()));
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
    MissingEpisodeEntity e =
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
    policy.requireToRead(
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
    for (MissingEpisodeEntity other : episodes.findByChildIdOrderByMissingAtAsc(d.childId())) {
      if (other.id().equals(self)) {
        continue;
      }
      if (start.isBefore(other.endOrFarFuture()) && other.missingAt().isBefore(end)) {
        throw new EpisodeRejectedException("missingAt", "missing.overlap", other.policeReference());
      }
    }
  }
}
