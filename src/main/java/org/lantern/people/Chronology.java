package org.lantern.people;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.springframework.stereotype.Service;

/** A child's chronology across every agency and module, newest first. */
@Service
public class Chronology {

  private final List<ChronologySource> sources;

  Chronology(List<ChronologySource> sources) {
    this.sources = sources;
  }

  /**
   * The chronology as {@code viewer} may read it. Caller must have checked (and audited) that the
   * viewer holds VIEW_CHILD_RECORD for this child.
   */
  public List<ChronologyEntry> of(UUID childId, CurrentUser viewer) {
    return sources.stream()
        .flatMap(s -> s.entriesFor(childId, viewer).stream())
        .sorted(Comparator.comparing(ChronologyEntry::at).reversed())
        .toList();
  }
}
