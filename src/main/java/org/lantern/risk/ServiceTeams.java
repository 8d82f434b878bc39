package org.lantern.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commissioned service's teams and the areas of the partnership each covers (seed 002 ¶107:
 * "three teams located in the following areas"): each team covers one or more districts, and a
 * district is covered by one team. A referral is allocated to a worker of one of these teams; the
 * team covering the child's district is offered first.
 */
@Service
public class ServiceTeams {

  /** A team of the service, its districts, and its workers. */
  public record Team(UUID id, String name, List<UUID> districtIds, List<UserView> workers) {}

  private final JdbcTemplate jdbc;
  private final Directory directory;

  ServiceTeams(JdbcTemplate jdbc, Directory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /**
   * Makes the team one of the service's, covering these districts (replacing what it covered). A
   * district another team covers is refused by the database.
   */
  @Transactional
  public void cover(UUID partnershipId, UUID teamId, Collection<UUID> districtIds) {
    if (jdbc.queryForObject(
            "select count(*) from service_team where team_id = ?", Long.class, teamId)
        == 0) {
      jdbc.update(
          "insert into service_team (team_id, partnership_id) values (?, ?)",
          teamId,
          partnershipId);
    }
    jdbc.update("delete from service_team_district where team_id = ?", teamId);
    for (UUID district : districtIds) {
      jdbc.update(
          "insert into service_team_district (team_id, district_id) values (?, ?)",
          teamId,
          district);
    }
  }

  /** The team is no longer the service's: it covers no district and is not offered. */
  @Transactional
  public void withdraw(UUID teamId) {
    jdbc.update("delete from service_team_district where team_id = ?", teamId);
    jdbc.update("delete from service_team where team_id = ?", teamId);
  }

  /** The partnership's service teams, by name, with their districts and service workers. */
  @Transactional(readOnly = true)
  public List<Team> of(UUID partnershipId) {
    Map<UUID, List<UUID>> districts = new LinkedHashMap<>();
    jdbc.query(
        """
        select t.team_id, d.district_id from service_team t
        left join service_team_district d on d.team_id = t.team_id
        where t.partnership_id = ?
        """,
        rs -> {
          List<UUID> of =
              districts.computeIfAbsent(
                  rs.getObject("team_id", UUID.class), k -> new ArrayList<>());
          UUID d = rs.getObject("district_id", UUID.class);
          if (d != null) {
            of.add(d);
          }
        },
        partnershipId);
    Map<UUID, String> names = directory.teamNames(districts.keySet());
    List<UserView> workers = directory.usersWithRole(partnershipId, Role.MISSING_SERVICE_WORKER);
    return districts.entrySet().stream()
        .map(
            e ->
                new Team(
                    e.getKey(),
                    names.getOrDefault(e.getKey(), ""),
                    List.copyOf(e.getValue()),
                    workers.stream().filter(w -> e.getKey().equals(w.teamId())).toList()))
        .sorted(Comparator.comparing(Team::name))
        .toList();
  }

  /** The team covering the district, if any. */
  public Optional<Team> covering(UUID partnershipId, @Nullable UUID districtId) {
    return of(partnershipId).stream()
        .filter(t -> districtId != null && t.districtIds().contains(districtId))
        .findFirst();
  }

  /** The service team of this worker, if they are a service worker in one. */
  public Optional<Team> teamOf(UUID partnershipId, UUID workerId) {
    return of(partnershipId).stream()
        .filter(t -> t.workers().stream().anyMatch(w -> w.id().equals(workerId)))
        .findFirst();
  }
}
