package org.lantern.testing;

/** Screening tools for tests, written once. */
public final class TestScreeningTools {

  private TestScreeningTools() {}

  /**
   * A small tool: indicators a (weight 1) and b (weight 2) — both make medium —, "grave" (which
   * makes it high whatever the score) and the child's own words (required).
   */
  public static String simple(String id, String name) {
    return """
        id: %s
        name: %s
        levels: {low: 1, medium: 3, high: 5}
        sections:
          - id: only
            title: Only section
            indicators:
              - {id: a, text: Indicator A, weight: 1}
              - {id: b, text: Indicator B, weight: 2}
              - {id: grave, text: Grave, weight: 0}
            own-words:
              - {id: voice, label: In their words, required: true}
        rules:
          - any-of: [grave]
            at-least: high
        """
        .formatted(id, name);
  }
}
