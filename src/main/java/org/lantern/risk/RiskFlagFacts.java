package org.lantern.risk;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.stereotype.Component;

/** A child's submitted screenings and their levels, for the medium-or-high-risk flag. */
@Component
class RiskFlagFacts implements FlagFactSource {

  private final ScreeningRecords records;

  RiskFlagFacts(ScreeningRecords records) {
    this.records = records;
  }

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return records.submittedFor(childId).stream()
        .filter(s -> s.riskLevel() != null && s.submittedAt() != null)
        .map(
            s ->
                new FlagFact(
                    FlagFact.Kind.SCREENING,
                    Objects.requireNonNull(s.riskLevel()).name(),
                    Objects.requireNonNull(s.submittedAt()).atZone(LanternTime.ZONE).toLocalDate(),
                    null))
        .toList();
  }
}
