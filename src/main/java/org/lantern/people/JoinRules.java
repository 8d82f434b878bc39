package org.lantern.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.linkage.Clustering;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.LinkageThresholds;
import org.lantern.people.linkage.MatchModel;
import org.lantern.people.linkage.RecordTable;

/**
 * The rules that decide whether a new or changed record, linkable to a person on its weight, is
 * joined to that person by the person index ({@link PersonLinking#link}): not when two people are
 * too close to call and cannot be one ({@link #ambiguous}), not between two generations when it has
 * no date of birth ({@link #betweenGenerations}), and only when the two people's records contradict
 * nothing ({@link #consistent}). Kept apart from the linking itself so that each rule reads alone.
 */
final class JoinRules {

  private final LinkageThresholds thresholds;

  JoinRules(LinkageThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * The people a record might be linked to who are too close to call: when the best two people
   * (other than the record's own) it could be joined to weigh within {@link
   * PersonLinking#AMBIGUOUS_WITHIN} of each other, every person within that of the best who cannot
   * be one person with another of them ({@link #consistent}), as the engine decides a whole
   * partnership ({@link Clustering#decide}). A shared NHS number is never ambiguous. Two people who
   * may be one are not rivals: a system that sends one child twice (two police records of one boy,
   * each with its own reference) makes two such candidates for every other system's record of the
   * child, and before this every one of those went to a person (issue 16: a partner set built
   * outside Lantern).
   */
  Set<UUID> ambiguous(
      LinkWeighing.Weighing w,
      List<PersonLinking.Proposal> proposals,
      Map<UUID, UUID> personOf,
      UUID own) {
    Map<UUID, Float> best = new HashMap<>();
    for (PersonLinking.Proposal p : proposals) {
      UUID person = personOf.get(p.other());
      if (p.join() && !person.equals(own) && p.weight() < MatchModel.CERTAIN) {
        best.merge(person, p.weight(), Math::max);
      }
    }
    if (best.size() < 2) {
      return Set.of();
    }
    float top = best.values().stream().max(Float::compare).orElseThrow();
    Set<UUID> close = new HashSet<>();
    best.forEach(
        (person, weight) -> {
          if (top - weight < PersonLinking.AMBIGUOUS_WITHIN) {
            close.add(person);
          }
        });
    if (close.size() < 2) {
      return Set.of();
    }
    List<UUID> rivals = new ArrayList<>(close);
    Set<UUID> ambiguous = new HashSet<>();
    for (int x = 0; x < rivals.size(); x++) {
      for (int y = x + 1; y < rivals.size(); y++) {
        if (!consistent(w, personOf, rivals.get(x), rivals.get(y))) {
          ambiguous.add(rivals.get(x));
          ambiguous.add(rivals.get(y));
        }
      }
    }
    return ambiguous;
  }

  /**
   * The candidates a record with no date of birth may not be joined to because it matches two
   * people born years apart and only names and place join it to them ({@link
   * Clustering#undatedBetweenGenerations}): a dateless "Sarah Moss" against a girl and her mother.
   */
  static Set<Integer> betweenGenerations(
      LinkWeighing.Weighing w, int i, List<PersonLinking.Proposal> proposals) {
    Set<Integer> rows = new HashSet<>();
    for (PersonLinking.Proposal p : proposals) {
      for (PersonLinking.Proposal q : proposals) {
        if (p != q
            && p.join()
            && q.join()
            && Clustering.undatedBetweenGenerations(w.scorer(), i, p.row(), q.row())) {
          rows.add(p.row());
        }
      }
    }
    return rows;
  }

  /**
   * Whether two people's records may become one person without a person deciding: no two of them
   * with different NHS numbers or pupil numbers, not two of Lantern's own children, no pair across
   * the two contradicting each other ({@link Clustering#contradict}: two other identifiers of one
   * system, an identifier clash, dates years apart, or a weight under the review threshold), so
   * that clusters do not chain (a record that matches one of a person's records but contradicts
   * another is not joined), and not two children each under their own repeated given name ({@link
   * Clustering#twoNamedChildren}). Given names that look like twins' on one pair are not a
   * contradiction here: the pair that joins the two people was linked on its own evidence, and a
   * record under a replaced given name already in the person is one child's.
   */
  boolean consistent(LinkWeighing.Weighing w, Map<UUID, UUID> personOf, UUID x, UUID y) {
    if (x.equals(y)) {
      return true;
    }
    List<Integer> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    personOf.forEach(
        (record, person) -> {
          if (person.equals(x)) {
            xs.add(w.rowOf().get(record));
          } else if (person.equals(y)) {
            ys.add(w.rowOf().get(record));
          }
        });
    boolean lanternX = xs.stream().anyMatch(r -> LanternRecords.isLantern(w.records().get(r)));
    boolean lanternY = ys.stream().anyMatch(r -> LanternRecords.isLantern(w.records().get(r)));
    if (lanternX && lanternY) {
      return false;
    }
    for (int a : xs) {
      LinkRecord ra = w.records().get(a).record();
      for (int b : ys) {
        LinkRecord rb = w.records().get(b).record();
        if (differ(ra.nhsNumber(), rb.nhsNumber())
            || RecordTable.pupilNumbersDiffer(ra.upn(), rb.upn())
            || Clustering.contradict(w.scorer(), a, b, thresholds.review())) {
          return false;
        }
      }
    }
    return !Clustering.twoNamedChildren(
        w.scorer(),
        xs.stream().mapToInt(Integer::intValue).toArray(),
        ys.stream().mapToInt(Integer::intValue).toArray());
  }

  private static boolean differ(@Nullable String a, @Nullable String b) {
    return a != null && b != null && !a.equals(b);
  }
}
