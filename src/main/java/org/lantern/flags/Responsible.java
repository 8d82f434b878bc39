package org.lantern.flags;

import org.jspecify.annotations.Nullable;

/**
 * Who holds responsibility for a child and whom to call now: the authority (an agency of the
 * partnership, or the authority that placed the child here), the team if one is allocated, and the
 * numbers to call in office hours and out of hours.
 */
public record Responsible(
    String authority,
    @Nullable String team,
    @Nullable String officeHoursPhone,
    @Nullable String outOfHoursPhone,
    boolean frontDoor) {}
