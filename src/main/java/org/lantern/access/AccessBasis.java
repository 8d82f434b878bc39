package org.lantern.access;

/**
 * Why a person may see some of a child's file: the rows of the {@link ScopeTable}. Most are a
 * {@link RelationshipKind} held with the child; {@link #PARTNERSHIP_ROLE} comes from the role
 * (front door, exploitation coordinator), {@link #RECORDER} from having recorded something about
 * the child, {@link #ATTENDEE} from taking part in a meeting about the child ({@link
 * AttendeeSource}), {@link #BREAK_GLASS} from emergency access.
 */
public enum AccessBasis {
  PARTNERSHIP_ROLE,
  ALLOCATED_WORKER,
  ALLOCATED_TEAM,
  PROFESSIONAL_NETWORK,
  REFERRER,
  RECORDER,
  ATTENDEE,
  BREAK_GLASS;

  public String messageKey() {
    return "access.basis." + name();
  }

  static AccessBasis of(RelationshipKind kind) {
    return valueOf(kind.name());
  }
}
