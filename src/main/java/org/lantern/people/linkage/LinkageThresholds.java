package org.lantern.people.linkage;

/**
 * Where match weights are cut: at or above {@code link} two records are linked without asking
 * anyone; from {@code review} up to it, a person decides; below, nothing is proposed.
 */
public record LinkageThresholds(float link, float review) {

  public LinkageThresholds {
    if (review > link) {
      throw new IllegalArgumentException("The review threshold must not exceed the link one");
    }
  }

  /** Chosen on the synthetic benchmark (see docs/linkage.md). */
  public static LinkageThresholds defaults() {
    return new LinkageThresholds(2f, -4f);
  }
}
