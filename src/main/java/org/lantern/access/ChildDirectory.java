package org.lantern.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the access module needs to know about children, supplied by the people module so that access
 * does not depend on it: which partnership a child belongs to, and names for review pages.
 */
public interface ChildDirectory {

  Optional<ChildRef> ref(UUID childId);

  Map<UUID, String> namesOf(Collection<UUID> childIds);
}
