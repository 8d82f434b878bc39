package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.risk.LevelRules.Explanation;

/** The level rules at every boundary: score thresholds, rules that lift, counts. */
class LevelRulesTests {

  /** Weights 1, 2, 4, 8 so any score 0..15 can be made; low 3, medium 6, high 10. */
  static final String TOOL =
      """
      id: test-tool
      name: Test tool
      levels:
        low: 3
        medium: 6
        high: 10
      sections:
        - id: one
          title: One
          indicators:
            - {id: w1, text: Weight one, weight: 1}
            - {id: w2, text: Weight two, weight: 2}
            - {id: w4, text: Weight four, weight: 4}
            - {id: w8, text: Weight eight, weight: 8}
            - {id: flag, text: Lifts to medium, weight: 0}
            - {id: grave, text: Lifts to high, weight: 0}
            - {id: pair-a, text: Pair A, weight: 0}
            - {id: pair-b, text: Pair B, weight: 0}
      rules:
        - any-of: [flag]
          at-least: medium
        - any-of: [grave]
          at-least: high
        - any-of: [pair-a, pair-b]
          count: 2
          at-least: low
      """;

  static final ToolDefinition tool = ToolParser.parse(TOOL);

  @ParameterizedTest(name = "score {0} -> {1}")
  @CsvSource({
    "0, NONE",
    "2, NONE",
    "3, LOW",
    "4, LOW",
    "5, LOW",
    "6, MEDIUM",
    "7, MEDIUM",
    "9, MEDIUM",
    "10, HIGH",
    "11, HIGH",
    "15, HIGH"
  })
  void theScoreReachesEachLevelAtItsThresholdAndNotBefore(int score, RiskLevel expected) {
    Map<String, Answer> answers = scoring(score);

    Explanation e = LevelRules.explain(tool, answers);

    assertThat(e.score()).isEqualTo(score);
    assertThat(e.level()).isEqualTo(expected);
    assertThat(e.byScore()).isEqualTo(expected);
    assertThat(e.rules()).isEmpty();
    assertThat(e.contributions().stream().mapToInt(LevelRules.Contribution::weight).sum())
        .isEqualTo(score);
  }

  @ParameterizedTest(name = "score {0} with {1} -> {2}")
  @CsvSource({
    "0, flag, MEDIUM, true",
    "5, flag, MEDIUM, true",
    "6, flag, MEDIUM, false",
    "10, flag, HIGH, false",
    "0, grave, HIGH, true",
    "9, grave, HIGH, true",
    "0, pair-a, NONE, false",
    "0, pair-a+pair-b, LOW, true",
    "3, pair-a+pair-b, LOW, false",
    "7, pair-a+pair-b, MEDIUM, false"
  })
  void aRuleLiftsTheLevelToAtLeastItsOwnAndNeverLowersIt(
      int score, String yes, RiskLevel expected, boolean lifted) {
    Map<String, Answer> answers = scoring(score);
    for (String id : yes.split("\\+")) {
      answers.put(id, Answer.YES);
    }

    Explanation e = LevelRules.explain(tool, answers);

    assertThat(e.level()).isEqualTo(expected);
    assertThat(e.liftedByRule()).isEqualTo(lifted);
    if (!yes.equals("pair-a")) {
      assertThat(e.rules())
          .singleElement()
          .satisfies(r -> assertThat(r.indicatorTexts()).isNotEmpty());
    } else {
      assertThat(e.rules()).isEmpty();
    }
  }

  @Test
  void notKnownAndNoAddNothingButNotKnownIsCounted() {
    Map<String, Answer> answers = new HashMap<>();
    answers.put("w8", Answer.NOT_KNOWN);
    answers.put("w4", Answer.NO);
    answers.put("grave", Answer.NOT_KNOWN);

    Explanation e = LevelRules.explain(tool, answers);

    assertThat(e.level()).isEqualTo(RiskLevel.NONE);
    assertThat(e.notKnown()).isEqualTo(2);
  }

  @Test
  void theShippedExampleToolParsesAndIsLabelledAnExample() throws IOException {
    String text;
    try (var in = getClass().getResourceAsStream("/risk/example-cse-screening.yml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ToolDefinition example = ToolParser.parse(text);

    assertThat(example.example()).isTrue();
    assertThat(example.name()).contains("example");
    assertThat(example.indicators()).hasSizeGreaterThan(15);
    assertThat(example.voices()).anyMatch(ToolDefinition.Voice::required);
    Map<String, Answer> disclosure = new HashMap<>(Map.of("disclosure", Answer.YES));
    assertThat(LevelRules.explain(example, disclosure).level()).isEqualTo(RiskLevel.HIGH);
  }

  /** Answers whose yes weights add up to {@code score} (0..15), using w1, w2, w4, w8. */
  private static Map<String, Answer> scoring(int score) {
    Map<String, Answer> answers = new HashMap<>();
    int[] weights = {1, 2, 4, 8};
    for (int w : weights) {
      answers.put("w" + w, (score & w) != 0 ? Answer.YES : Answer.NO);
    }
    return answers;
  }
}
