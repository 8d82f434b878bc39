package org.lantern.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few lines of a child's latest screening that another module shows in a summary (the panel
 * pack): its level and date, the indicators answered yes that weigh most, and the child's own
 * words. Like {@link RiskLevels}, it does not check access: callers ask the access policy (and
 * audit) first.
 */
@Service
public class ScreeningDigests {

  /** How many of the heaviest indicators answered yes a digest names. */
  public static final int KEY_INDICATORS = 5;

  private final ScreeningRecords records;
  private final ScreeningTools tools;

  ScreeningDigests(ScreeningRecords records, ScreeningTools tools) {
    this.records = records;
    this.tools = tools;
  }

  /** What the child said, under the tool's label for it. */
  public record Words(String label, String text) {}

  /**
   * A child's latest submitted screening in brief.
   *
   * @param keyIndicators the texts of the indicators answered yes, heaviest first (at most {@link
   *     #KEY_INDICATORS})
   * @param yesCount how many indicators were answered yes in all
   */
  public record Digest(
      UUID childId,
      Instant submittedAt,
      RiskLevel level,
      List<String> keyIndicators,
      int yesCount,
      List<Words> words,
      @Nullable String judgementReason) {}

  /** The digest of each child's latest submitted screening (none for a child never screened). */
  @Transactional(readOnly = true)
  public Map<UUID, Digest> latest(Collection<UUID> childIds) {
    Map<UUID, ScreeningEntity> latest = new LinkedHashMap<>();
    if (childIds.isEmpty()) {
      return Map.of();
    }
    for (ScreeningEntity s : records.currentFor(List.copyOf(childIds))) {
      latest.merge(
          s.childId(),
          s,
          (a, b) ->
              Objects.requireNonNull(a.submittedAt())
                          .isAfter(Objects.requireNonNull(b.submittedAt()))
                      || (a.submittedAt().equals(b.submittedAt()) && a.id().compareTo(b.id()) > 0)
                  ? a
                  : b);
    }
    Map<UUID, Digest> digests = new LinkedHashMap<>();
    for (ScreeningEntity s : latest.values()) {
      digests.put(s.childId(), digest(s));
    }
    return digests;
  }

  private Digest digest(ScreeningEntity s) {
    ToolDefinition tool = tools.version(s.toolVersionId()).definition();
    Map<String, String> answers = s.answers();
    List<ToolDefinition.Indicator> yes =
        tool.indicators().stream()
            .filter(i -> Answer.parse(answers.get(i.id())) == Answer.YES)
            .sorted(Comparator.comparingInt(ToolDefinition.Indicator::weight).reversed())
            .toList();
    List<Words> words =
        tool.voices().stream()
            .filter(v -> answers.get(v.id()) != null && !answers.get(v.id()).isBlank())
            .map(v -> new Words(v.label(), answers.get(v.id()).strip()))
            .toList();
    return new Digest(
        s.childId(),
        Objects.requireNonNull(s.submittedAt()),
        s.riskLevel() == null ? RiskLevel.NONE : s.riskLevel(),
        yes.stream().limit(KEY_INDICATORS).map(ToolDefinition.Indicator::text).toList(),
        yes.size(),
        words,
        s.judgementReason());
  }
}
