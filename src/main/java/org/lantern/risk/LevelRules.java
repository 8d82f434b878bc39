package org.lantern.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lantern.risk.ToolDefinition.Indicator;
import org.lantern.risk.ToolDefinition.Rule;

/**
 * Turns answers into a level, with the reasons: the weights of the indicators answered yes add up
 * to a score; the highest level whose threshold the score reaches is the level by score; then each
 * rule whose indicators are answered yes often enough lifts the level to at least its own.
 */
public final class LevelRules {

  private LevelRules() {}

  /** An indicator answered yes, and what it added. */
  public record Contribution(String indicatorId, String text, int weight) {}

  /** A rule that lifted (or would have lifted) the level, with the indicators that met it. */
  public record FiredRule(RiskLevel level, int count, List<String> indicatorTexts) {}

  /**
   * The computed level and why.
   *
   * @param byScore the level the score alone reaches
   * @param threshold the score at which {@code byScore} starts (0 for no apparent risk)
   * @param notKnown how many indicators were answered "not known"
   */
  public record Explanation(
      RiskLevel level,
      int score,
      RiskLevel byScore,
      int threshold,
      List<Contribution> contributions,
      List<FiredRule> rules,
      int notKnown) {

    /** Whether a rule, not the score, set the level. */
    public boolean liftedByRule() {
      return level.compareTo(byScore) > 0;
    }
  }

  public static Explanation explain(ToolDefinition tool, Map<String, Answer> answers) {
    int score = 0;
    int notKnown = 0;
    List<Contribution> contributions = new ArrayList<>();
    for (Indicator indicator : tool.indicators()) {
      Answer answer = answers.get(indicator.id());
      if (answer == Answer.YES) {
        score += indicator.weight();
        contributions.add(new Contribution(indicator.id(), indicator.text(), indicator.weight()));
      } else if (answer == Answer.NOT_KNOWN) {
        notKnown++;
      }
    }
    RiskLevel byScore = RiskLevel.NONE;
    int threshold = 0;
    for (RiskLevel level : List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)) {
      int starts = tool.thresholds().get(level);
      if (score >= starts) {
        byScore = level;
        threshold = starts;
      }
    }
    RiskLevel level = byScore;
    List<FiredRule> fired = new ArrayList<>();
    for (Rule rule : tool.rules()) {
      List<String> met =
          rule.indicators().stream()
              .filter(id -> answers.get(id) == Answer.YES)
              .map(id -> tool.indicator(id).map(Indicator::text).orElse(id))
              .toList();
      if (met.size() >= rule.count()) {
        fired.add(new FiredRule(rule.level(), rule.count(), met));
        level = RiskLevel.max(level, rule.level());
      }
    }
    return new Explanation(level, score, byScore, threshold, contributions, fired, notKnown);
  }
}
