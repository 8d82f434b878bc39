package org.lantern.missing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A missing episode and its interview as pages show them. */
public record EpisodeView(
    UUID id,
    UUID childId,
    String policeReference,
    MissingFrom missingFrom,
    Instant missingAt,
    @Nullable String missingLocation,
    @Nullable Instant returnedAt,
    @Nullable String returnedLocation,
    @Nullable String foundWith,
    RiskGrading riskGrading,
    String agencyName,
    InterviewStatus interviewStatus,
    @Nullable Instant interviewDueAt,
    @Nullable Instant interviewOfferedAt,
    @Nullable Instant interviewCompletedAt,
    @Nullable String interviewedByName,
    List<String> factors,
    @Nullable String interviewPeople,
    @Nullable String interviewPlaces,
    @Nullable String interviewNotes,
    long version) {

  /** Completed (or declined) by the due time. */
  public boolean closedInTime() {
    return interviewCompletedAt != null
        && interviewDueAt != null
        && !interviewCompletedAt.isAfter(interviewDueAt);
  }

  /** Still open and past its due time at {@code now}. */
  public boolean overdueAt(Instant now) {
    return interviewStatus.open() && interviewDueAt != null && interviewDueAt.isBefore(now);
  }
}
