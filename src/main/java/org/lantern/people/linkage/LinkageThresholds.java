package org.lantern.people.linkage;

/**
 * Where match weights are cut: at or above {@code link} two records are linked without asking
 * anyone; from {@code ask} up to it, the pair waits in the review queue for a person; {@code
 * review} is the floor under which two records are never one person (the weakest link allowed
 * inside a person) and a described child is a weak match, not a possible one.
 */
public record LinkageThresholds(float link, float review, float ask) {

  public LinkageThresholds {
    if (review > link || ask > link || ask < review) {
      throw new IllegalArgumentException(
          "The thresholds must be in order: review, then ask, then link");
    }
  }

  /** Asking a person from the review floor up, as before the review queue had its own cut. */
  public LinkageThresholds(float link, float review) {
    this(link, review, review);
  }

  /**
   * Chosen on the synthetic benchmark (see docs/linkage.md): 3.5 keeps pairwise F1 at or above 0.98
   * at both 100,000 and 1,000,000 records (at 2, precision fell to 0.982 at a million). A person is
   * asked from 0, where the evidence on balance says one person: on a partner set built outside
   * Lantern (issue 16), pairs from −4 to 0 were half the queue (4,021 of 7,609) and 12 of them were
   * one person not otherwise joined.
   */
  public static LinkageThresholds defaults() {
    return new LinkageThresholds(3.5f, -4f, 0f);
  }
}
