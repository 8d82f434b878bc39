package org.lantern.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Directory;
import org.lantern.casework.data.CaseTeamEntity;
import org.lantern.casework.data.CaseTeams;
import org.lantern.people.Children;
import org.lantern.referral.DecisionRouting;
import org.lantern.referral.ThresholdDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which council teams take children from the front door, kept as data: each district's team
 * (exploitation pathway and strategy discussion) and the early-help team. The front door may choose
 * any of them; when it does not, the decision and the child's district choose.
 */
@Service
public class TeamRouting implements DecisionRouting {

  private final CaseTeams teams;
  private final Directory directory;
  private final Children children;

  TeamRouting(CaseTeams teams, Directory directory, Children children) {
    this.teams = teams;
    this.directory = directory;
    this.children = children;
  }

  /**
   * Says that a council team takes children from the front door: for a district (null: any), or as
   * the early-help team.
   */
  @Transactional
  public void register(
      UUID partnershipId, UUID teamId, @Nullable UUID districtId, boolean earlyHelp) {
    teams.save(new CaseTeamEntity(teamId, partnershipId, districtId, earlyHelp));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Team> teams(UUID partnershipId) {
    List<CaseTeamEntity> all = teams.findByPartnershipId(partnershipId);
    Map<UUID, String> names =
        directory.teamNames(all.stream().map(CaseTeamEntity::teamId).toList());
    return all.stream()
        .map(t -> new Team(t.teamId(), names.getOrDefault(t.teamId(), ""), t.earlyHelp()))
        .sorted(Comparator.comparing(Team::name))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public @Nullable UUID defaultTeam(UUID partnershipId, ThresholdDecision decision, UUID childId) {
    if (!DecisionRouting.routesToTeam(decision)) {
      return null;
    }
    boolean earlyHelp = decision == ThresholdDecision.EARLY_HELP;
    UUID district = children.summary(childId).districtId();
    List<CaseTeamEntity> candidates =
        teams.findByPartnershipId(partnershipId).stream()
            .filter(t -> t.earlyHelp() == earlyHelp)
            .toList();
    return candidates.stream()
        .filter(t -> district != null && district.equals(t.districtId()))
        .findFirst()
        .or(() -> candidates.stream().filter(t -> t.districtId() == null).findFirst())
        .map(CaseTeamEntity::teamId)
        .orElse(null);
  }

  /** Whether the team takes children from the front door in this partnership. */
  @Transactional(readOnly = true)
  public boolean takesChildren(UUID partnershipId, UUID teamId) {
    return teams.findById(teamId).filter(t -> t.partnershipId().equals(partnershipId)).isPresent();
  }
}
