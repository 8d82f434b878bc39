package org.lantern.missing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A missing notification from a police system. */
@Schema(name = "MissingEpisodeRequest", description = "A child reported missing, or returned.")
public record EpisodeRequest(
    @Schema(
            description =
                "The police reference of the episode. Sending the same reference again updates"
                    + " the episode (for example with the return), never makes a second one.",
            example = "MP-2026-004217")
        @Nullable String policeReference,
    @Schema(
            description =
                "The child, as your system has them. Put on a child Lantern knows only when the"
                    + " names and date of birth agree and the NHS number does not differ.")
        @Nullable ChildDetails child,
    @Schema(allowableValues = {"HOME", "FOSTER_CARE", "RESIDENTIAL_HOME", "SCHOOL"})
        @Nullable String missingFrom,
    @Schema(
            description = "When reported missing (ISO 8601 with offset).",
            example = "2026-11-21T22:15:00Z")
        @Nullable String missingAt,
    @Schema(maxLength = 300) @Nullable String missingLocation,
    @Schema(description = "When found or returned, if so.", example = "2026-11-22T09:40:00Z")
        @Nullable String returnedAt,
    @Schema(maxLength = 300) @Nullable String returnedLocation,
    @Schema(
            description = "Who the child was found with, as the officer describes it.",
            maxLength = 300)
        @Nullable String foundWith,
    @Schema(description = "The adult the child was found with, when identified.")
        @Nullable Adult foundWithAdult,
    @Schema(allowableValues = {"NO_APPARENT_RISK", "LOW", "MEDIUM", "HIGH"})
        @Nullable String riskGrading) {

  @Schema(name = "MissingChild")
  public record ChildDetails(
      @Schema(example = "9434765919") @Nullable String nhsNumber,
      @Schema(example = "Kayla") @Nullable String givenName,
      @Schema(example = "Brennan") @Nullable String familyName,
      @Schema(example = "2011-03-27") @Nullable String dateOfBirth) {}

  @Schema(name = "FoundWithAdult")
  public record Adult(
      @Nullable String givenName, @Nullable String familyName, @Nullable String dateOfBirth) {}
}
