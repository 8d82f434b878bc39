package org.lantern.people;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A child's chronology across every agency and module, newest first. */
@Service
public class Chronology {

  private final List<ChronologySource> sources;

  Chronology(List<ChronologySource> sources) {
    this.sources = sources;
  }

  /** Caller must hold VIEW_CHILD_RECORD for this child, checked and audited. */
  public List<ChronologyEntry> of(UUID childId) {
    return sources.stream()
        .flatMap(s -> s.entriesFor(childId).stream())
        .sorted(Comparator.comparing(ChronologyEntry::at).reversed())
        .toList();
  }
}
