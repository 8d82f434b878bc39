package org.lantern.strategy;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child protection conference as typed (checked by {@link ChildProtectionConferences#record}).
 *
 * @param kind initial or review
 * @param discussionId the strategy discussion that decided it, if any
 * @param heldOn when it was held
 * @param socialWorkerUserId the lead social worker (required)
 * @param plan whether the child is (still) to have a plan
 * @param category the plan's category, when there is one
 * @param notes what the conference said
 */
public record ConferenceRecord(
    @Nullable ConferenceKind kind,
    @Nullable UUID discussionId,
    @Nullable LocalDate heldOn,
    @Nullable UUID socialWorkerUserId,
    @Nullable Boolean plan,
    @Nullable PlanCategory category,
    @Nullable String notes) {}
