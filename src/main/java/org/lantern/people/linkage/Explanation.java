package org.lantern.people.linkage;

import java.util.List;

/**
 * Why the engine thinks two records are (or are not) one person: the prior, then each field's level
 * and weight (with any term-frequency adjustment), and the total.
 *
 * @param certain the two records share a valid NHS number, which links them (unless {@code
 *     identifierClash})
 * @param looksLikeTwins given names entirely different, birth dates that may be one, nothing
 *     joining them (see {@link Scorer#looksLikeTwins(int)}): only a person links them
 * @param identifierClash one NHS number and much else disagreeing (see {@link
 *     Scorer#identifierClash(int)}): only a person links them
 * @param yearsApart dates of birth years apart (see {@link Scorer#yearsApart(int)}), or a child's
 *     wholly different (see {@link Scorer#siblings}): only a person links them
 * @param identifiersDisagree different identifiers, or middle names, with no date of birth to vouch
 *     for the pair, or look-alikes (see {@link Scorer#identifiersDisagree(int)}): only a person
 *     links them
 * @param lookAlikes of those, two people of one name: different middle names and homes, nothing
 *     joining them (see {@link OneChildOrTwo#lookAlikes(int)})
 */
public record Explanation(
    double prior,
    List<Part> parts,
    double total,
    boolean certain,
    boolean looksLikeTwins,
    boolean identifierClash,
    boolean yearsApart,
    boolean identifiersDisagree,
    boolean lookAlikes) {

  public Explanation {
    parts = List.copyOf(parts);
  }

  /** The probability the two records are one person (1 when {@code certain}). */
  public double probability() {
    return certain ? 1 : MatchModel.probability(total);
  }

  /** Whether the two must not be linked without a person deciding, however heavy. */
  public boolean needsReview() {
    return looksLikeTwins || identifierClash || yearsApart || identifiersDisagree;
  }

  /**
   * One field's part.
   *
   * @param level the comparison level's name, e.g. "NICKNAME"
   * @param weight log2(m/u) of the level, 0 when a value is missing
   * @param termFrequency the adjustment for how rare the shared value is (exact names only)
   */
  public record Part(Comparison comparison, String level, double weight, double termFrequency) {

    public double total() {
      return weight + termFrequency;
    }
  }
}
