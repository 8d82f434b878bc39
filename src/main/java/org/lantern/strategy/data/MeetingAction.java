package org.lantern.strategy.data;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action a meeting agreed: what, who owns it, by when. */
@Embeddable
public record MeetingAction(
    String description, UUID ownerUserId, LocalDate dueOn, @Nullable LocalDate doneOn) {}
