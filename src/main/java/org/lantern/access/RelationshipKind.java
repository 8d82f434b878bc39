package org.lantern.access;

/** Why a person (or team) has a working relationship with a child. */
public enum RelationshipKind {
  REFERRER,
  ALLOCATED_WORKER,
  ALLOCATED_TEAM,
  PROFESSIONAL_NETWORK
}
