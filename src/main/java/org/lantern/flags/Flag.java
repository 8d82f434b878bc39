package org.lantern.flags;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A flag on a child's file as shown: its type (a code; {@code flags.type.<code>} says it in plain
 * words), whether it holds now, since and until when, and what raised it.
 *
 * @param code a {@link LanternFlag}'s code or a partner code from the settings
 * @param since when it began, if known
 * @param until when it ended or ends, if it does
 * @param raisedBy for Lantern's own flags, the message key of what raised it; for a partner's, null
 * @param agencyName for a partner's flag, the agency whose system sent it; else null
 * @param id for a partner's flag, its id; else null
 * @param identifierSystem for a partner's flag, the system of the identifier its sender gave it
 * @param identifierValue for a partner's flag, that identifier's value
 */
public record Flag(
    String code,
    boolean current,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String raisedBy,
    @Nullable String agencyName,
    @Nullable UUID id,
    @Nullable String identifierSystem,
    @Nullable String identifierValue) {

  public String typeKey() {
    return FlagViews.TYPE + "." + code;
  }

  public boolean fromPartner() {
    return agencyName != null;
  }
}
