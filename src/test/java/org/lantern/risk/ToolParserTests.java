package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad tool definitions are refused with the line, the field and why. */
class ToolParserTests {

  static final String GOOD =
      """
      id: tool
      name: A tool
      levels:
        low: 1
        medium: 4
        high: 8
      sections:
        - id: s
          title: Section
          indicators:
            - id: a
              text: Indicator A
              weight: 2
            - id: b
              text: Indicator B
          own-words:
            - id: voice
              label: In their words
              required: true
      rules:
        - any-of: [a]
          at-least: medium
      """;

  @Test
  void aGoodDefinitionIsRead() {
    ToolDefinition tool = ToolParser.parse(GOOD);

    assertThat(tool.key()).isEqualTo("tool");
    assertThat(tool.indicators())
        .extracting(ToolDefinition.Indicator::weight)
        .containsExactly(2, 1);
    assertThat(tool.voices()).singleElement().satisfies(v -> assertThat(v.required()).isTrue());
    assertThat(tool.rules())
        .singleElement()
        .satisfies(r -> assertThat(r.level()).isEqualTo(RiskLevel.MEDIUM));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "does not parse           | '      title: Section'                | '      title: Section: more'   | 9  |                          | toolProblem.syntax",
        "duplicate indicator id   | '            - id: b'                 | '            - id: a'          | 14 | sections[1].indicators[2].id | toolProblem.duplicateId",
        "rule names unknown       | '        - any-of: [a]'               | '        - any-of: [a, zz]'    | 21 | rules[1].any-of          | toolProblem.unknownIndicator",
        "levels out of order      | '        medium: 4'                   | '        medium: 1'            | 5  | levels.medium            | toolProblem.levelsOutOfOrder",
        "high below medium        | '        high: 8'                     | '        high: 4'              | 6  | levels.high              | toolProblem.levelsOutOfOrder",
        "unknown level in a rule  | '          at-least: medium'          | '          at-least: severe'   | 22 | rules[1].at-least        | toolProblem.badLevel",
        "weight not a number      | '              weight: 2'             | '              weight: two'    | 13 | sections[1].indicators[1].weight | toolProblem.badNumber",
        "misspelt field           | '              text: Indicator B'     | '              txt: Indicator B' | 15 | sections[1].indicators[2].txt | toolProblem.unknownField",
      })
  void aBadDefinitionIsRefusedWithTheLineFieldAndWhy(
      String what, String find, String replace, int line, String field, String key) {
    String bad = edit(GOOD, find, replace);
    assertThat(bad).as("the test's edit applies").isNotEqualTo(GOOD);

    InvalidToolException e =
        catchThrowableOfType(InvalidToolException.class, () -> ToolParser.parse(bad));

    assertThat(e).as(what).isNotNull();
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.messageKey()).isEqualTo(key);
              assertThat(p.line()).isEqualTo(line);
              if (field != null) {
                assertThat(p.field()).isEqualTo(field);
              }
            });
  }

  /** Replaces the line that reads {@code find} (ignoring indentation), keeping its indentation. */
  private static String edit(String text, String find, String replace) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals(find.strip())) {
        out.append(line, 0, line.indexOf(line.strip())).append(replace.strip());
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    String bad =
        GOOD.replace("  medium: 4\n", "  medium: 1\n")
            .replace("- any-of: [a]\n", "- any-of: [nope]\n")
            .replace("- id: b\n", "- id: a\n");

    InvalidToolException e =
        catchThrowableOfType(InvalidToolException.class, () -> ToolParser.parse(bad));

    assertThat(e.problems())
        .extracting(ToolProblem::messageKey)
        .containsAll(
            List.of(
                "toolProblem.levelsOutOfOrder",
                "toolProblem.duplicateId",
                "toolProblem.unknownIndicator"));
    assertThat(e.problems()).isSortedAccordingTo((a, b) -> Integer.compare(a.line(), b.line()));
  }

  @Test
  void anEmptyOrNonMappingDefinitionIsRefused() {
    assertThat(
            catchThrowableOfType(InvalidToolException.class, () -> ToolParser.parse("")).problems())
        .isNotEmpty();
    assertThat(
            catchThrowableOfType(InvalidToolException.class, () -> ToolParser.parse("- a\n- b\n"))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("toolProblem.notMapping"));
  }
}
