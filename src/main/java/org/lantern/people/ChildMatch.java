package org.lantern.people;

import java.util.List;

/**
 * A child found by a search, with how strongly what was typed matches them: the linkage engine's
 * match weight of the query against the child's record, and the details that count for it.
 *
 * @param weight the Fellegi–Sunter match weight (log2 of the odds this is the child sought)
 * @param agreeing the details weighing in favour, as comparison names ({@code GIVEN_NAME}, {@code
 *     MIDDLE_NAME}, {@code FAMILY_NAME}, {@code DATE_OF_BIRTH}, {@code NHS_NUMBER}, {@code
 *     PUPIL_NUMBER}), in that order
 */
public record ChildMatch(
    ChildSummary child, double weight, MatchStrength strength, List<String> agreeing) {

  public ChildMatch {
    agreeing = List.copyOf(agreeing);
  }

  /** The message keys naming the details that agree, for a sentence. */
  public List<String> agreeingKeys() {
    return agreeing.stream().map(field -> "find.match.field" + "." + field).toList();
  }
}
