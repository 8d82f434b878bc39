package org.lantern.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.FileScope;
import org.lantern.access.Section;
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

  /**
   * Each child's newest entry from the sections {@code from} admits, as {@code viewer} may read it
   * (the first such entry {@link #of(UUID, CurrentUser)} would give); a child with none is left
   * out. Reads a source for a child only when it could hold a newer entry than the one found so
   * far, by each source's {@link ChronologySource#latestAt bound}. Same caller duty as {@code of}.
   */
  public Map<UUID, ChronologyEntry> latest(
      Collection<UUID> childIds, CurrentUser viewer, Predicate<Section> from) {
    Bounds bounds = bounds(childIds, from);
    Map<UUID, ChronologyEntry> latest = new HashMap<>();
    for (UUID childId : childIds) {
      FileScope scope = null;
      ChronologyEntry best = null;
      int bestSource = -1;
      for (int i : bounds.newestFirst(childId)) {
        Instant bound = bounds.of(i, childId);
        if (best != null && bound != null && bound.isBefore(best.at())) {
          break;
        }
        Section section = sources.get(i).section();
        if (!from.test(section)) {
          continue;
        }
        if (scope == null) {
          scope = policy.scope(viewer, children.ref(childId));
        }
        SectionAccess access = scope.of(section);
        if (!access.any()) {
          continue;
        }
        for (ChronologyEntry e : sources.get(i).entriesFor(childId, viewer, access)) {
          boolean newer =
              best == null
                  || e.at().isAfter(best.at())
                  || (e.at().equals(best.at()) && i < bestSource);
          if (newer) {
            best = e;
            bestSource = i;
          }
        }
      }
      if (best != null) {
        latest.put(childId, best);
      }
    }
    return latest;
  }

  /**
   * Each child's entries after {@code since} from the sections {@code from} admits, newest first,
   * as {@code viewer} may read them; a child with none is left out. Reads only the sources whose
   * bound for the child is after {@code since}, with every source's bounds read once for all the
   * children. Same caller duty as {@code of}, for each child.
   */
  public Map<UUID, List<ChronologyEntry>> since(
      Collection<UUID> childIds, CurrentUser viewer, Instant since, Predicate<Section> from) {
    Bounds bounds = bounds(childIds, from);
    Map<UUID, List<ChronologyEntry>> found = new LinkedHashMap<>();
    for (UUID childId : childIds) {
      FileScope scope = null;
      List<ChronologyEntry> entries = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        Instant bound = bounds.of(i, childId);
        if (!bounds.asked(i)
            || !bounds.holds(i, childId)
            || (bound != null && !bound.isAfter(since))) {
          continue;
        }
        if (scope == null) {
          scope = policy.scope(viewer, children.ref(childId));
        }
        SectionAccess access = scope.of(sources.get(i).section());
        if (access.any()) {
          sources.get(i).entriesFor(childId, viewer, access).stream()
              .filter(e -> e.at().isAfter(since))
              .forEach(entries::add);
        }
      }
      if (!entries.isEmpty()) {
        entries.sort(Comparator.comparing(ChronologyEntry::at).reversed());
        found.put(childId, entries);
      }
    }
    return found;
  }

  /** As {@link #since(Collection, CurrentUser, Instant, Predicate)} for one child. */
  public List<ChronologyEntry> since(
      UUID childId, CurrentUser viewer, Instant since, Predicate<Section> from) {
    return since(List.of(childId), viewer, since, from).getOrDefault(childId, List.of());
  }

  /**
   * Each source's bounds for the children; a source whose section {@code from} does not admit is
   * not asked (its map is empty: it holds nothing wanted).
   */
  private Bounds bounds(Collection<UUID> childIds, Predicate<Section> from) {
    List<Map<UUID, Instant>> each = new ArrayList<>();
    boolean[] asked = new boolean[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      ChronologySource s = sources.get(i);
      asked[i] = from.test(s.section());
      each.add(childIds.isEmpty() || !asked[i] ? Map.of() : s.latestAt(childIds));
    }
    return new Bounds(each, asked);
  }

  /**
   * Each source's bounds by child, in the sources' order; a null map: the source does not say.
   * {@code asked}: whether the source's section was wanted at all.
   */
  private record Bounds(List<@Nullable Map<UUID, Instant>> each, boolean[] asked) {

    boolean asked(int source) {
      return asked[source];
    }

    /** Whether the source may hold an entry of the child (unknown counts as may). */
    boolean holds(int source, UUID childId) {
      Map<UUID, Instant> bounds = each.get(source);
      return bounds == null || bounds.containsKey(childId);
    }

    /** The source's bound for the child; null when it does not say. */
    @Nullable Instant of(int source, UUID childId) {
      Map<UUID, Instant> bounds = each.get(source);
      return bounds == null ? null : bounds.get(childId);
    }

    /** The sources that may hold an entry of the child: unknown ones first, then newest bound. */
    List<Integer> newestFirst(UUID childId) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < each.size(); i++) {
        if (holds(i, childId)) {
          order.add(i);
        }
      }
      order.sort(
          Comparator.comparing(
              (Integer i) -> of(i, childId),
              Comparator.nullsFirst(Comparator.<Instant>reverseOrder())));
      return order;
    }
  }
}
