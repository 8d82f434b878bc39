package org.lantern.referral.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A concern sent by a partner agency's system. */
@Schema(name = "ConcernRequest", description = "A concern about a child from a partner system.")
public record ConcernRequest(
    @Schema(
            description =
                "Your system's own id for this concern. Sending the same id again returns the"
                    + " concern already made, never a second one.",
            example = "ED-2026-004217",
            maxLength = 200)
        @Nullable String sourceId,
    @Schema(description = "The child the concern is about.") @Nullable ChildDetails child,
    @Schema(description = "Who is raising the concern.") @Nullable Referrer referrer,
    @Schema(
            description = "What happened: what was seen, heard or said.",
            maxLength = 10000,
            example = "Brought in drunk at 2am by two adults who left before giving names.")
        @Nullable String whatHappened,
    @Schema(description = "When it happened (ISO date, not in the future).", example = "2026-11-22")
        @Nullable String occurredOn,
    @Schema(description = "Where it happened.", maxLength = 500, example = "Tamsford bus station")
        @Nullable String location,
    @Schema(
            description =
                "Risk indicators: SEXUAL_EXPLOITATION, CRIMINAL_EXPLOITATION, MISSING, ONLINE_HARM,"
                    + " SUBSTANCE_MISUSE, MISSING_FROM_EDUCATION, OLDER_PARTNER,"
                    + " UNEXPLAINED_GIFTS_OR_MONEY, TRAFFICKING; or [\"NONE\"].",
            example = "[\"SUBSTANCE_MISUSE\", \"SEXUAL_EXPLOITATION\"]")
        @Nullable List<String> indicators,
    @Schema(description = "Whether the child is in immediate danger (police already called).")
        @Nullable Boolean immediateDanger) {

  /** The child as your system knows them. An NHS number or UPN finds the child exactly. */
  @Schema(name = "ChildDetails")
  public record ChildDetails(
      @Schema(example = "Kayla", maxLength = 100) @Nullable String givenName,
      @Schema(maxLength = 200) @Nullable String middleNames,
      @Schema(example = "Brennan", maxLength = 100) @Nullable String familyName,
      @Schema(maxLength = 100) @Nullable String knownAs,
      @Schema(allowableValues = {"FEMALE", "MALE", "NOT_KNOWN"}) @Nullable String sex,
      @Schema(description = "ISO date; the child must be 25 or younger.", example = "2011-03-27")
          @Nullable String dateOfBirth,
      @Schema(description = "10 digits with a valid check digit.", example = "9434765919")
          @Nullable String nhsNumber,
      @Schema(description = "Unique pupil number, 13 characters.", example = "B801200005001")
          @Nullable String upn,
      @Schema(example = "MR9 4QT") @Nullable String postcode) {}

  /** The person at the partner agency who raised the concern. */
  @Schema(name = "Referrer")
  public record Referrer(
      @Schema(example = "Dr Jo Ellis", maxLength = 200) @Nullable String name,
      @Schema(example = "01234 567890, ext 4410", maxLength = 300) @Nullable String contact) {}
}
