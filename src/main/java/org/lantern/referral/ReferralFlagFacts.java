package org.lantern.referral;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Component;

/** The front door's threshold decisions about a child, for the exploitation-pathway flag. */
@Component
class ReferralFlagFacts implements FlagFactSource {

  private final Concerns concerns;

  ReferralFlagFacts(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return concerns.findByChildIdOrderBySubmittedAtAscIdAsc(childId).stream()
        .filter(c -> c.decision() != null && c.decidedAt() != null)
        .map(
            (ConcernEntity c) ->
                new FlagFact(
                    FlagFact.Kind.THRESHOLD_DECISION,
                    Objects.requireNonNull(c.decision()).name(),
                    Objects.requireNonNull(c.decidedAt()).atZone(LanternTime.ZONE).toLocalDate(),
                    null))
        .toList();
  }
}
