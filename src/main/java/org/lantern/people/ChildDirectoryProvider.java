package org.lantern.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.ChildDirectory;
import org.lantern.access.ChildRef;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Answers the access module's questions about children. */
@Component
class ChildDirectoryProvider implements ChildDirectory {

  private final Children children;

  ChildDirectoryProvider(Children children) {
    this.children = children;
  }

  @Override
  public Optional<ChildRef> ref(UUID childId) {
    try {
      return Optional.of(children.ref(childId));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Map<UUID, String> namesOf(Collection<UUID> childIds) {
    return children.summaries(childIds).values().stream()
        .collect(Collectors.toMap(ChildSummary::id, ChildSummary::name));
  }
}
