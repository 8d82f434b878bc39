package org.lantern.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Children's current levels (from their latest submitted screening), for other modules that show a
 * level beside a child (the panel). Like {@code people.Children}, it does not check access itself:
 * callers ask the access policy first.
 */
@Service
public class RiskLevels {

  private final ScreeningRecords records;

  RiskLevels(ScreeningRecords records) {
    this.records = records;
  }

  /** A child's current level, when and by which screening it was set, and its review date. */
  public record Current(
      UUID childId,
      UUID screeningId,
      RiskLevel level,
      Instant screenedAt,
      @Nullable LocalDate reviewDueOn) {}

  @Transactional(readOnly = true)
  public Map<UUID, Current> current(Collection<UUID> childIds) {
    Map<UUID, Current> found = new LinkedHashMap<>();
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(childIds));
    for (int from = 0; from < ids.size(); from += 500) {
      for (ScreeningEntity s :
          records.currentFor(ids.subList(from, Math.min(ids.size(), from + 500)))) {
        RiskLevel level = s.riskLevel() == null ? RiskLevel.NONE : s.riskLevel();
        Current c =
            new Current(
                s.childId(),
                s.id(),
                level,
                Objects.requireNonNull(s.submittedAt()),
                s.reviewDueOn());
        // two screenings submitted at the same instant: keep one, the same one each time
        found.merge(
            s.childId(), c, (a, b) -> a.screeningId().compareTo(b.screeningId()) > 0 ? a : b);
      }
    }
    return found;
  }

  /** The child's current level, or none when never screened. */
  @Transactional(readOnly = true)
  public RiskLevel of(UUID childId) {
    Current c = current(List.of(childId)).get(childId);
    return c == null ? RiskLevel.NONE : c.level();
  }

  /**
   * The child's level as it stood at {@code at}: from the latest screening submitted by then, or
   * none when the child had not been screened yet.
   */
  @Transactional(readOnly = true)
  public RiskLevel at(UUID childId, Instant at) {
    RiskLevel level = RiskLevel.NONE;
    for (ScreeningEntity s : records.submittedFor(childId)) {
      if (Objects.requireNonNull(s.submittedAt()).isAfter(at)) {
        break;
      }
      level = s.riskLevel() == null ? RiskLevel.NONE : s.riskLevel();
    }
    return level;
  }
}
