package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missing service's return interviews: the queue of returned children, each with its clock (due
 * the configured 72 hours after the return, through weekends), and recording what happened.
 */
@Service
public class ReturnInterviews {

  private final MissingEpisodes episodes;
  private final EpisodeViews views;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final MissingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReturnInterviews(
      MissingEpisodes episodes,
      EpisodeViews views,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      MissingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.episodes = episodes;
    this.views = views;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.settings = settings;
    this.clock = clock;
  }

  /** One episode, for recording its interview; checked and audited. */
  @Transactional
  public ReturnInterviewQueue.Row open(CurrentUser user, UUID episodeId) {
    MissingEpisodeEntity e = episode(user, episodeId, "open a return interview", true);
    return new ReturnInterviewQueue.Row(
        views.of(e), children.summary(e.childId()), views.of(e).overdueAt(clock.instant()));
  }

  /**
   * Records the outcome, as of the version the worker saw: if someone else recorded it meanwhile,
   * {@link InterviewChangedException} (nothing overwritten).
   */
  @Transactional
  public void record(
      CurrentUser user,
      UUID episodeId,
      long seenVersion,
      InterviewOutcome outcome,
      Instant at,
      Set<String> factors,
      @Nullable String people,
      @Nullable String places,
      @Nullable String notes) {
    MissingEpisodeEntity e = episode(user, episodeId, "record a return interview", false);
    if (e.version() != seenVersion) {
      throw new InterviewChangedException();
    }
    if (!factors.stream().allMatch(settings::isFactor)) {
      throw new IllegalArgumentException("Unknown factor");
    }
    try {
      switch (outcome) {
        case OFFERED -> e.offerInterview(user.id(), user.displayName(), at);
        case DECLINED -> e.declineInterview(user.id(), user.displayName(), at);
        case COMPLETED ->
            e.completeInterview(user.id(), user.displayName(), at, factors, people, places, notes);
      }
    } catch (MissingEpisodeEntity.InterviewClosedException closed) {
      throw new InterviewChangedException();
    }
    episodes.saveAndFlush(e);
    relationships.link(e.childId(), user.id(), RelationshipKind.PROFESSIONAL_NETWORK);
    if (outcome == InterviewOutcome.COMPLETED) {
      events.publishEvent(
          new ReturnInterviewRecorded(
              e.id(),
              e.partnershipId(),
              e.childId(),
              !factors.isEmpty() || filled(people) || filled(places)));
    }
  }

  /** Someone else recorded this interview since it was opened. */
  public static class InterviewChangedException extends RuntimeException {
    public InterviewChangedException() {
      super("The interview was recorded by someone else");
    }
  }

  /** The returned episode, checked and audited: as a read when only {@code opening} it. */
  private MissingEpisodeEntity episode(
      CurrentUser user, UUID episodeId, String purpose, boolean opening) {
    MissingEpisodeEntity e =
        episodes
            .findById(episodeId)
            .orElseThrow(() -> new RecordNotFoundException("missing episode", episodeId));
    var child = children.ref(e.childId());
    var record = RecordRef.of("MISSING_EPISODE", episodeId);
    if (opening) {
      policy.requireToRead(user, Permission.RECORD_RETURN_INTERVIEW, child, record, purpose);
    } else {
      policy.require(user, Permission.RECORD_RETURN_INTERVIEW, child, record, purpose);
    }
    if (e.returnedAt() == null || e.missingFrom().isEducation()) {
      throw new RecordNotFoundException("returned missing episode", episodeId);
    }
    return e;
  }

  private void requireRole(CurrentUser user) {
    policy.requireRole(user, Permission.RECORD_RETURN_INTERVIEW);
  }

  private static boolean filled(@Nullable String text) {
    return text != null && !text.isBlank();
  }
}
