package org.lantern.people;

import org.jspecify.annotations.Nullable;

/**
 * Who holds responsibility across a border. For a child placed here by another authority: the
 * placing authority and its allocated worker (invited to the child's panel). For one of ours placed
 * elsewhere: where they are placed and whom to inform there. Only to be shown after the access
 * policy has said yes.
 */
public record CrossBorder(
    @Nullable String placingAuthority,
    @Nullable String workerName,
    @Nullable String workerEmail,
    @Nullable String workerPhone,
    @Nullable String placedIn,
    @Nullable String informWhom) {

  /** The cross-border part of a placement (none when responsibility is ours). */
  public static CrossBorder of(ChildPlacement p) {
    OtherAuthority a = p.authority();
    if (a == null) {
      return none();
    }
    return switch (p.responsibility()) {
      case PLACED_HERE_BY_ANOTHER_AUTHORITY ->
          new CrossBorder(
              a.name(), a.contactName(), a.contactEmail(), a.officeHoursPhone(), null, null);
      case OURS_PLACED_ELSEWHERE ->
          new CrossBorder(null, null, null, null, a.name(), a.informWhom());
      case OURS -> none();
    };
  }

  public static CrossBorder none() {
    return new CrossBorder(null, null, null, null, null, null);
  }

  /** The placing authority's worker is known, so they can be invited. */
  public boolean hasWorker() {
    return workerName != null && !workerName.isBlank();
  }

  public boolean isEmpty() {
    return placingAuthority == null
        && workerName == null
        && workerEmail == null
        && workerPhone == null
        && placedIn == null
        && informWhom == null;
  }
}
