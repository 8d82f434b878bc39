package org.lantern.people.linkage;

import java.util.Arrays;
import org.lantern.people.linkage.Linker.ScoredPairs;

/**
 * From scored pairs to people: which pairs may be linked without a person deciding ({@link
 * #decide}), which two records cannot be one person ({@link #contradict}), and the clusters of rows
 * that follow, with or without chaining. Apart from {@link Linker}, which finds and scores the
 * pairs; the person index ({@code PersonLinking}) asks the same contradiction rule of one pair.
 */
public final class Clustering {

  private Clustering() {}

  /**
   * People as clusters of rows: rows joined by a pair weighing at least {@code threshold} that may
   * be linked automatically (directly or through others) share a cluster number, the smallest row
   * in it.
   */
  public static int[] clusters(int rows, ScoredPairs pairs, float threshold) {
    int[] parent = new int[rows];
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.weight(k) >= threshold && !pairs.needsReview(k)) {
        int x = find(parent, pairs.a(k));
        int y = find(parent, pairs.b(k));
        if (x != y) {
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  /**
   * People as clusters of rows, without chaining: pairs that may be linked automatically, at or
   * above {@code threshold} and not ambiguous ({@link #decide}), strongest first; two clusters are
   * joined only if no two of their rows contradict each other ({@link #contradict}: different NHS
   * numbers or UPNs, an identifier clash, dates years apart, or a pair weighing under {@code
   * floor}), so the weakest link inside a cluster is above the floor, and a record that matches one
   * of a person's records but contradicts another joins neither. Each row's cluster number is the
   * smallest row in it.
   */
  public static int[] consistentClusters(
      Scorer scorer, ScoredPairs pairs, float threshold, float floor) {
    boolean[] decided = decide(scorer, pairs, threshold, floor);
    RecordTable t = scorer.table();
    int rows = t.size();
    int[] parent = new int[rows];
    int[][] members = new int[rows][];
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
    }
    int linkable = 0;
    long[] order = new long[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      if (decided[k]) {
        // strongest first: the weight's bits, flipped so that an ascending sort puts it first
        int bits = Float.floatToIntBits(pairs.weight(k));
        order[linkable++] = ((long) ~bits << 32) | k;
      }
    }
    order = Arrays.copyOf(order, linkable);
    Arrays.parallelSort(order);
    for (long o : order) {
      int k = (int) o;
      int x = find(parent, pairs.a(k));
      int y = find(parent, pairs.b(k));
      if (x == y) {
        continue;
      }
      int[] mx = members[x] == null ? new int[] {x} : members[x];
      int[] my = members[y] == null ? new int[] {y} : members[y];
      if (!consistent(scorer, t, mx, my, floor)) {
        continue;
      }
      int root = Math.min(x, y);
      int other = Math.max(x, y);
      parent[other] = root;
      int[] joined = Arrays.copyOf(mx, mx.length + my.length);
      System.arraycopy(my, 0, joined, mx.length, my.length);
      members[root] = joined;
      members[other] = null;
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = find(parent, i);
    }
    int[] smallest = new int[rows];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 0; i < rows; i++) {
      smallest[parent[i]] = Math.min(smallest[parent[i]], i);
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = smallest[parent[i]];
    }
    return parent;
  }

  /**
   * Two candidates of one record that weigh within this of each other, and contradict each other,
   * make the record's match ambiguous: it is linked to neither without a person.
   */
  public static final float AMBIGUOUS_WITHIN = 2f;

  /**
   * Which scored pairs are linked without a person: at or above {@code threshold}, not a pair only
   * a person may link ({@link Scorer#needsReview}), and not ambiguous. A record is ambiguous
   * between two of its linkable candidates when they weigh within {@link #AMBIGUOUS_WITHIN} of its
   * best and contradict each other ({@link #contradict}: a dateless "Sarah Moss" who matches both a
   * girl and her mother of that name at one address); then neither pair is linked. A record with no
   * date of birth is ambiguous, whatever the weights, between two candidates born years apart, for
   * each candidate only names and place join it to ({@link #undatedBetweenGenerations}). A shared
   * NHS number is never ambiguous.
   */
  public static boolean[] decide(Scorer scorer, ScoredPairs pairs, float threshold, float floor) {
    int n = pairs.size();
    boolean[] link = new boolean[n];
    int rows = scorer.table().size();
    int[] start = new int[rows + 1];
    for (int k = 0; k < n; k++) {
      if (pairs.weight(k) >= threshold && !pairs.needsReview(k)) {
        link[k] = true;
        if (pairs.weight(k) < MatchModel.CERTAIN) {
          start[pairs.a(k) + 1]++;
          start[pairs.b(k) + 1]++;
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      start[i + 1] += start[i];
    }
    int[] edges = new int[start[rows]];
    int[] fill = Arrays.copyOf(start, rows);
    for (int k = 0; k < n; k++) {
      if (link[k] && pairs.weight(k) < MatchModel.CERTAIN) {
        edges[fill[pairs.a(k)]++] = k;
        edges[fill[pairs.b(k)]++] = k;
      }
    }
    boolean[] ambiguous = new boolean[n];
    for (int i = 0; i < rows; i++) {
      if (start[i + 1] - start[i] < 2) {
        continue;
      }
      float top = Float.NEGATIVE_INFINITY;
      for (int e = start[i]; e < start[i + 1]; e++) {
        top = Math.max(top, pairs.weight(edges[e]));
      }
      for (int e = start[i]; e < start[i + 1]; e++) {
        int k1 = edges[e];
        if (top - pairs.weight(k1) >= AMBIGUOUS_WITHIN) {
          continue;
        }
        int j1 = pairs.a(k1) == i ? pairs.b(k1) : pairs.a(k1);
        for (int f = e + 1; f < start[i + 1]; f++) {
          int k2 = edges[f];
          if (top - pairs.weight(k2) >= AMBIGUOUS_WITHIN) {
            continue;
          }
          int j2 = pairs.a(k2) == i ? pairs.b(k2) : pairs.a(k2);
          if (contradict(scorer, j1, j2, floor)) {
            ambiguous[k1] = true;
            ambiguous[k2] = true;
          }
        }
      }
    }
    RecordTable t = scorer.table();
    for (int i = 0; i < rows; i++) {
      if (t.birth[i] != 0 || start[i + 1] - start[i] < 2) {
        continue;
      }
      for (int e = start[i]; e < start[i + 1]; e++) {
        int k1 = edges[e];
        int j1 = pairs.a(k1) == i ? pairs.b(k1) : pairs.a(k1);
        for (int f = e + 1; f < start[i + 1]; f++) {
          int k2 = edges[f];
          int j2 = pairs.a(k2) == i ? pairs.b(k2) : pairs.a(k2);
          if (scorer.yearsApart(j1, j2, scorer.pattern(j1, j2))) {
            ambiguous[k1] |= !joined(scorer.pattern(i, j1));
            ambiguous[k2] |= !joined(scorer.pattern(i, j2));
          }
        }
      }
    }
    for (int k = 0; k < n; k++) {
      link[k] &= !ambiguous[k];
    }
    return link;
  }

  /**
   * Whether a record with no date of birth may be linked to candidate {@code j} when it also
   * matches candidate {@code other}: not when {@code j} and {@code other} are born years apart (a
   * parent and a child of one name at one address) and nothing but names and place joins the record
   * to {@code j} — no shared NHS number, pupil number, other identifier or middle name. Then which
   * of the two the record is can only be guessed, whatever the weights say (a dateless record with
   * an address matches the one of the two with the same address better, not the right one).
   */
  public static boolean undatedBetweenGenerations(Scorer scorer, int i, int j, int other) {
    return scorer.table().birth[i] == 0
        && scorer.yearsApart(j, other, scorer.pattern(j, other))
        && !joined(scorer.pattern(i, j));
  }

  /** Whether a pair shares an NHS number, pupil number, other identifier or middle name. */
  static boolean joined(int pattern) {
    return Comparison.NHS_NUMBER.levelOf(pattern) == 1
        || Comparison.PUPIL_NUMBER.levelOf(pattern) == 1
        || Comparison.OTHER_ID.levelOf(pattern) == 1
        || Comparison.MIDDLE_NAME.levelOf(pattern) == 1;
  }

  /**
   * Whether two records cannot be one person: different NHS numbers or pupil numbers, different
   * other identifiers of one system (two police references, neither a slip of the other: a mistyped
   * one is {@code SIMILAR}) unless the same given name and date of birth vouch for one child under
   * two references, as they do for the pair itself ({@link OneChildOrTwo#nameAndBirthAgree}, or
   * {@link OneChildOrTwo#oneChildAtHome}: one system's duplicate records of a child; before, such a
   * pair was linked and its person then refused it), a pair only a person may link because of an
   * identifier clash, dates of birth years apart or a child's dates wholly different ({@link
   * Scorer#siblings}), or a weight below {@code floor}. (Two police references were not a
   * contradiction before the seventh round of issue 16: twins with names that sound alike, or one
   * named after the other's middle name, whose records are linked one pair at a time, ended in one
   * person though each carried their own reference.) (Given names that look like twins' are not a
   * contradiction here: inside a person joined by other evidence, a replaced given name is one
   * child's.)
   */
  public static boolean contradict(Scorer scorer, int a, int b, float floor) {
    RecordTable t = scorer.table();
    if ((t.nhs[a] != 0 && t.nhs[b] != 0 && t.nhs[a] != t.nhs[b]) || t.pupilsDiffer(a, b)) {
      return true;
    }
    int pattern = scorer.pattern(a, b);
    return Comparison.OTHER_ID.levelOf(pattern) == Comparison.OTHER_ID.different()
            && !OneChildOrTwo.nameAndBirthAgree(pattern)
            && !OneChildOrTwo.oneChildAtHome(pattern)
        || Scorer.identifierClash(pattern)
        || scorer.yearsApart(a, b, pattern)
        || scorer.siblings(a, b, pattern)
        || OneChildOrTwo.lookAlikes(pattern)
        || scorer.weightOf(a, b, pattern) < floor;
  }

  /** The most rows of two clusters weighed against each other; larger ones are checked on ids. */
  static final int MAX_CROSS_PAIRS = 400;

  private static boolean consistent(Scorer scorer, RecordTable t, int[] xs, int[] ys, float floor) {
    boolean weigh = (long) xs.length * ys.length <= MAX_CROSS_PAIRS;
    for (int a : xs) {
      for (int b : ys) {
        if ((t.nhs[a] != 0 && t.nhs[b] != 0 && t.nhs[a] != t.nhs[b]) || t.pupilsDiffer(a, b)) {
          return false;
        }
        if (weigh && contradict(scorer, a, b, floor)) {
          return false;
        }
      }
    }
    return !weigh || !twoNamedChildren(scorer, xs, ys);
  }

  private static final int G_EXACT = Comparison.GIVEN_NAME.levels().indexOf("EXACT");
  private static final int G_NICKNAME = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME");
  private static final int G_NAMES_SWAPPED =
      Comparison.GIVEN_NAME.levels().indexOf("NAMES_SWAPPED");

  /**
   * Whether two sets of records (two people so far) are two children of one family, each recorded
   * under their own given name, rather than one child: each set has a given name on at least two of
   * its records that no record of the other has ("Eduardo" twice against "Edward" twice); no pair
   * across has the same given name, a nickname of it, or the names written the wrong way round
   * (only sound-alikes, slips, first and middle names swapped, or different names); and nothing
   * joins any pair across (no NHS number, pupil number, other identifier or middle name in common,
   * and no other identifier a slip apart). A typing slip is on one record, rarely the same on two,
   * so a name repeated on each side is two children's; twins whose names sound alike otherwise link
   * one pair at a time and end in one person (seventh round of issue 16). Asking for a repeated
   * name on one side only (the other carrying it as a middle name: "Olivia (Evie)" against three
   * records of "Evie") was measured and refused: it split 0.1 point of people-level recall from
   * children known by their middle name on some records.
   */
  public static boolean twoNamedChildren(Scorer scorer, int[] xs, int[] ys) {
    RecordTable t = scorer.table();
    if (ownName(t, xs, ys) < 0 || ownName(t, ys, xs) < 0) {
      return false;
    }
    for (int a : xs) {
      for (int b : ys) {
        int pattern = scorer.pattern(a, b);
        int given = Comparison.GIVEN_NAME.levelOf(pattern);
        if (given == 0
            || given == G_EXACT
            || given == G_NICKNAME
            || given == G_NAMES_SWAPPED
            || joined(pattern)
            || Comparison.OTHER_ID.levelOf(pattern) == 2) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A given name on at least two of {@code rows} and on none of {@code others}, or -1. (The first
   * found; sets of records here are a few.)
   */
  private static int ownName(RecordTable t, int[] rows, int[] others) {
    for (int x = 0; x < rows.length; x++) {
      int name = t.given[rows[x]];
      if (name < 0) {
        continue;
      }
      for (int y = x + 1; y < rows.length; y++) {
        if (t.given[rows[y]] == name && !hasGiven(t, others, name)) {
          return name;
        }
      }
    }
    return -1;
  }

  private static boolean hasGiven(RecordTable t, int[] rows, int name) {
    for (int r : rows) {
      if (t.given[r] == name) {
        return true;
      }
    }
    return false;
  }

  /** The root of row i in a union-find forest, halving the path on the way. */
  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
