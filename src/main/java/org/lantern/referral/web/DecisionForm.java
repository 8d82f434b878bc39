package org.lantern.referral.web;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernRules;
import org.lantern.referral.ThresholdDecision;
import org.springframework.validation.Errors;

/** The front door's threshold decision with its reasons. */
public class DecisionForm {

  private @Nullable String decision;
  private @Nullable String reasons;
  private long version;
  private @Nullable String team;

  void validate(Errors errors) {
    if (decision() == null) {
      errors.rejectValue("decision", "decide.decision.required");
    }
    String r = Texts.clean(reasons);
    if (r == null) {
      errors.rejectValue("reasons", "decide.reasons.required");
    } else if (r.length() > ConcernRules.MAX_REASONS) {
      errors.rejectValue("reasons", "decide.reasons.tooLong");
    }
  }

  @Nullable ThresholdDecision decision() {
    for (ThresholdDecision d : ThresholdDecision.values()) {
      if (d.name().equals(decision)) {
        return d;
      }
    }
    return null;
  }

  /** The team chosen, if one was and it is one of {@code offered}; null for the default. */
  @Nullable UUID teamId(Collection<UUID> offered) {
    if (team == null || team.isBlank()) {
      return null;
    }
    try {
      UUID id = UUID.fromString(team.strip());
      return offered.contains(id) ? id : null;
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** A team was sent that is not one offered (a stale page, or a made-up value). */
  void validateTeam(Errors errors, Collection<UUID> offered) {
    if (team != null && !team.isBlank() && teamId(offered) == null) {
      errors.rejectValue("team", "decide.team.unknown");
    }
  }

  public @Nullable String getTeam() {
    return team;
  }

  public void setTeam(@Nullable String team) {
    this.team = team;
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable String getReasons() {
    return reasons;
  }

  public void setReasons(@Nullable String reasons) {
    this.reasons = reasons;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
