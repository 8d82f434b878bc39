package org.lantern.people;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.FileScope;
import org.lantern.access.SectionAccess;
import org.springframework.stereotype.Service;

/** A child's chronology across every agency and module, newest first. */
@Service
public class Chronology {

  private final List<ChronologySource> sources;
  private final AccessPolicy policy;
  private final Children children;

  Chronology(List<ChronologySource> sources, AccessPolicy policy, Children children) {
    this.sources = sources;
    this.policy = policy;
    this.children = children;
  }

  /**
   * The chronology as {@code viewer} may read it: only the entries their relationship's scope of
   * each section admits. Caller must have checked (and audited) that the viewer holds
   * VIEW_CHILD_RECORD for this child.
   */
  public List<ChronologyEntry> of(UUID childId, CurrentUser viewer) {
    return of(childId, viewer, policy.scope(viewer, children.ref(childId)));
  }

  /** As {@link #of(UUID, CurrentUser)}, with the scope already worked out. */
  public List<ChronologyEntry> of(UUID childId, CurrentUser viewer, FileScope scope) {
    return sources.stream()
        .flatMap(
            s -> {
              SectionAccess access = scope.of(s.section());
              return access.any() ? s.entriesFor(childId, viewer, access).stream() : Stream.empty();
            })
        .sorted(Comparator.comparing(ChronologyEntry::at).reversed())
        .toList();
  }
}
