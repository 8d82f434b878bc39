package org.lantern.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one person may see of one section of one child's file, and why: the scopes their bases give
 * them (from the {@link ScopeTable}) and the basis that allowed it, for the audit log. A module
 * filling the section asks {@link #all()}, {@link #levelOnly()} and {@link #admits} and leaves out
 * the rest.
 */
public record SectionAccess(
    Section section,
    Set<Scope> scopes,
    @Nullable AccessBasis basis,
    UUID viewerId,
    UUID viewerAgencyId) {

  public SectionAccess {
    scopes = scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
  }

  /** Nothing of the section. */
  static SectionAccess none(Section section, CurrentUser viewer) {
    return new SectionAccess(section, Set.of(), null, viewer.id(), viewer.agencyId());
  }

  /** Whether the person sees anything of the section. */
  public boolean any() {
    return !scopes.isEmpty();
  }

  /** Whether the person sees the whole section. */
  public boolean all() {
    return scopes.contains(Scope.ALL);
  }

  /** Whether the person sees the level of each screening (but not its answers unless admitted). */
  public boolean levelOnly() {
    return scopes.contains(Scope.LEVEL_ONLY);
  }

  /**
   * Whether a meeting is shown to this person: all of the section, or (attended) one they were
   * invited to or took part in.
   */
  public boolean admitsMeeting(boolean invitedViewer) {
    return all() || (scopes.contains(Scope.ATTENDED) && invitedViewer);
  }

  /**
   * Whether one record in the section is shown to this person: all of the section, or a record
   * their agency made (own agency), or one they made or referred themselves (own records,
   * referred).
   *
   * @param byUser who recorded (or referred) it, when known
   * @param byAgency the agency that recorded it, when known
   */
  public boolean admits(@Nullable UUID byUser, @Nullable UUID byAgency) {
    if (all()) {
      return true;
    }
    if (scopes.contains(Scope.OWN_AGENCY) && viewerAgencyId.equals(byAgency)) {
      return true;
    }
    return (scopes.contains(Scope.OWN_RECORDS) || scopes.contains(Scope.REFERRED))
        && viewerId.equals(byUser);
  }
}
