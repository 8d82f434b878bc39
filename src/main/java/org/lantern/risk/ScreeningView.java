package org.lantern.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildSummary;
import org.lantern.risk.LevelRules.Explanation;

/**
 * A screening as a page shows it: its answers, the tool version it is on, the level it computes now
 * (for a draft, what it would be), and who did what.
 *
 * @param missing the required items not yet answered (ids), in the tool's order
 */
public record ScreeningView(
    UUID id,
    ChildSummary child,
    PublishedTool tool,
    ScreeningStatus status,
    UUID authorId,
    String authorName,
    @Nullable String teamName,
    Instant startedAt,
    Instant updatedAt,
    @Nullable Instant submittedAt,
    Map<String, String> answers,
    Explanation explanation,
    @Nullable RiskLevel judgedLevel,
    @Nullable String judgementReason,
    @Nullable RiskLevel level,
    @Nullable LocalDate reviewDueOn,
    @Nullable String signedOffByName,
    @Nullable Instant signedOffAt,
    @Nullable String returnedByName,
    @Nullable Instant returnedAt,
    @Nullable String returnComments,
    List<String> missing,
    long version) {

  public @Nullable Answer answer(String indicatorId) {
    return Answer.parse(answers.get(indicatorId));
  }

  public @Nullable String words(String voiceId) {
    return answers.get(voiceId);
  }

  public boolean editable() {
    return status.editable();
  }

  public boolean isAuthor(UUID userId) {
    return authorId.equals(userId);
  }

  public boolean judgedDifferently() {
    return judgedLevel != null;
  }

  /** The texts of the missing items, for the error summary. */
  public List<String> missingLabels() {
    return missing.stream()
        .map(
            id ->
                tool.definition()
                    .indicator(id)
                    .map(ToolDefinition.Indicator::text)
                    .orElseGet(
                        () ->
                            tool.definition().voices().stream()
                                .filter(v -> v.id().equals(id))
                                .map(ToolDefinition.Voice::label)
                                .findFirst()
                                .orElse(id)))
        .toList();
  }
}
