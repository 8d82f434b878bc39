package org.lantern.referral.data;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.RiskIndicator;

/** What a new concern is made of. */
public record ConcernDraft(
    UUID partnershipId,
    UUID childId,
    Channel channel,
    @Nullable UUID referrerUserId,
    @Nullable UUID referrerAgencyId,
    String referrerName,
    @Nullable String referrerContact,
    @Nullable UUID recordedByUserId,
    String whatHappened,
    @Nullable LocalDate occurredOn,
    @Nullable String location,
    boolean immediateDanger,
    Set<RiskIndicator> indicators,
    @Nullable String sourceSystem,
    @Nullable String sourceId,
    @Nullable String payloadHash,
    @Nullable String submissionToken) {

  /**
   * A concern from {@code from} about the child, with {@code payloadHash} telling a repeat of the
   * same submission from a changed one.
   */
  public static ConcernDraft of(
      UUID partnershipId,
      UUID childId,
      From from,
      ConcernContent content,
      String payloadHash,
      @Nullable String submissionToken) {
    return new ConcernDraft(
        partnershipId,
        childId,
        from.channel(),
        from.userId(),
        from.agencyId(),
        from.name(),
        from.contact(),
        from.recordedBy(),
        content.whatHappened(),
        content.occurredOn(),
        content.location(),
        content.immediateDanger(),
        content.indicators(),
        null,
        null,
        payloadHash,
        submissionToken);
  }

  /** The same draft, as sent by a partner system under its own id for it. */
  public ConcernDraft sentAs(String sourceSystem, String sourceId) {
    return new ConcernDraft(
        partnershipId,
        childId,
        channel,
        referrerUserId,
        referrerAgencyId,
        referrerName,
        referrerContact,
        recordedByUserId,
        whatHappened,
        occurredOn,
        location,
        immediateDanger,
        indicators,
        sourceSystem,
        sourceId,
        payloadHash,
        submissionToken);
  }

  /**
   * Who a concern comes from, as the concern keeps them: the referrer (an account, or only a name
   * and contact), their agency, and who recorded it for them when that was someone else.
   */
  public record From(
      Channel channel,
      @Nullable UUID userId,
      @Nullable UUID agencyId,
      String name,
      @Nullable String contact,
      @Nullable UUID recordedBy) {

    /** A person's own written concern. */
    public static From writtenBy(
        UUID userId, UUID agencyId, String name, @Nullable String contact) {
      return new From(Channel.WRITTEN, userId, agencyId, name, contact, null);
    }

    /** A phone call the front door recorded; the caller may have no account or agency. */
    public static From phonedBy(
        @Nullable UUID userId,
        @Nullable UUID agencyId,
        String name,
        @Nullable String contact,
        UUID recordedBy) {
      return new From(Channel.VERBAL, userId, agencyId, name, contact, recordedBy);
    }

    /** A partner system of the agency, in the name of the person it gives. */
    public static From partnerSystem(UUID agencyId, String name, @Nullable String contact) {
      return new From(Channel.PARTNER_SYSTEM, null, agencyId, name, contact, null);
    }
  }
}
