package org.lantern.access.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnProblem;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.SingleSignOnMappingEntity;
import org.lantern.access.data.SingleSignOnMappingRecords;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.lantern.access.security.OidcSettings.RoleMapping;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * The one check of a single sign-on mapping, used by sign-on, by the administrators' page and by
 * the form that adds or changes a partnership's own mapping: its agency found (by name or id, open,
 * only one), the role one its kind may hold, its team open and in that agency; and, for a mapping
 * being saved, a claim and a value given and no other of the partnership's mappings reading the
 * same claim and value. It also gives the mappings in the order sign-on tries them: every
 * partnership's own mappings first (each in its order), then the configuration's.
 */
@Component
public class SingleSignOnMappingCheck {

  /**
   * A mapping to try: a partnership's own ({@code storedId} and its partnership set, {@code
   * position} its place in that partnership's order) or the configuration's.
   */
  public record Candidate(
      RoleMapping mapping, int position, @Nullable UUID storedId, @Nullable UUID partnershipId) {

    public boolean stored() {
      return storedId != null;
    }
  }

  /** A mapping's agency and team as found now, or why it cannot be applied. */
  public record Resolved(
      @Nullable AgencyEntity agency,
      @Nullable UUID teamId,
      @Nullable String teamName,
      @Nullable SingleSignOnProblem problem) {}

  private final OidcSettings settings;
  private final SingleSignOnMappingRecords stored;
  private final Agencies agencies;
  private final Teams teams;

  SingleSignOnMappingCheck(
      OidcSettings settings, SingleSignOnMappingRecords stored, Agencies agencies, Teams teams) {
    this.settings = settings;
    this.stored = stored;
    this.agencies = agencies;
    this.teams = teams;
  }

  /** Every mapping in the order sign-on tries them: the partnerships' own, then configured. */
  public List<Candidate> inOrder() {
    List<Candidate> all =
        new ArrayList<>(candidates(stored.findAllByOrderBySortOrderAscPartnershipIdAsc()));
    all.addAll(configured());
    return all;
  }

  /** A partnership's own mappings, in its order. */
  public List<Candidate> ofPartnership(UUID partnershipId) {
    return candidates(stored.findByPartnershipIdOrderBySortOrder(partnershipId));
  }

  /** The configuration's mappings, in their order. */
  public List<Candidate> configured() {
    List<Candidate> configured = new ArrayList<>();
    for (RoleMapping m : settings.mappings()) {
      configured.add(new Candidate(m, configured.size() + 1, null, null));
    }
    return configured;
  }

  /**
   * Rows in order as candidates, each numbered by its place among its partnership's (the rows of
   * every partnership come sorted by place first, so a count per partnership is kept).
   */
  private static List<Candidate> candidates(List<SingleSignOnMappingEntity> rows) {
    List<Candidate> out = new ArrayList<>();
    Map<UUID, Integer> places = new HashMap<>();
    for (SingleSignOnMappingEntity row : rows) {
      int place = places.merge(row.partnershipId(), 1, Integer::sum);
      UUID team = row.teamId();
      out.add(
          new Candidate(
              new RoleMapping(
                  row.claim(),
                  row.claimValue(),
                  row.role(),
                  row.agencyId().toString(),
                  team == null ? null : team.toString()),
              place,
              row.id(),
              row.partnershipId()));
    }
    return out;
  }

  /**
   * Why a partnership's own mapping, as the administrator asks for it, cannot be saved, at most one
   * reason a field: a claim and a value given, no other of the partnership's mappings reading the
   * same claim and value, a role for people, an agency of the partnership, and then the same check
   * as sign-on's ({@link #resolve}). Empty when it can be saved.
   */
  public List<SingleSignOnProblem> problemsOf(
      UUID partnershipId,
      @Nullable UUID changing,
      @Nullable String claim,
      @Nullable String value,
      @Nullable Role role,
      @Nullable UUID agencyId,
      @Nullable UUID teamId) {
    List<SingleSignOnProblem> problems = new ArrayList<>();
    if (claim == null || claim.isBlank()) {
      problems.add(SingleSignOnProblem.NO_CLAIM);
    }
    if (value == null || value.isBlank()) {
      problems.add(SingleSignOnProblem.NO_VALUE);
    } else if (claim != null && duplicate(partnershipId, changing, claim, value)) {
      problems.add(SingleSignOnProblem.DUPLICATE);
    }
    if (role == null || !role.isForPeople()) {
      problems.add(SingleSignOnProblem.NO_ROLE);
    }
    if (agencyId == null
        || agencies
            .findById(agencyId)
            .filter(a -> a.partnershipId().equals(partnershipId))
            .isEmpty()) {
      problems.add(SingleSignOnProblem.NO_AGENCY);
    }
    if (problems.isEmpty() && claim != null && value != null && role != null && agencyId != null) {
      SingleSignOnProblem found =
          resolve(
                  new RoleMapping(
                      claim,
                      value,
                      role,
                      agencyId.toString(),
                      teamId == null ? null : teamId.toString()))
              .problem();
      if (found != null) {
        problems.add(found);
      }
    }
    return problems;
  }

  private boolean duplicate(
      UUID partnershipId, @Nullable UUID changing, String claim, String value) {
    return stored.findByPartnershipIdOrderBySortOrder(partnershipId).stream()
        .anyMatch(
            m ->
                !m.id().equals(changing)
                    && m.claim().equals(claim.strip())
                    && m.claimValue().equals(value.strip()));
  }

  /** A mapping's agency and team as found now, or why it cannot be applied. */
  public Resolved resolve(RoleMapping mapping) {
    List<AgencyEntity> named = agencies(mapping.agency());
    if (named.size() != 1) {
      return new Resolved(
          null,
          null,
          null,
          named.isEmpty() ? SingleSignOnProblem.NO_AGENCY : SingleSignOnProblem.SEVERAL_AGENCIES);
    }
    AgencyEntity agency = named.getFirst();
    if (!agency.kind().mayHold(mapping.role())) {
      return new Resolved(agency, null, null, SingleSignOnProblem.ROLE_NOT_FOR_AGENCY);
    }
    String wanted = mapping.team();
    if (wanted == null || wanted.isBlank()) {
      return new Resolved(agency, null, null, null);
    }
    UUID teamId = Texts.uuid(wanted);
    Optional<TeamEntity> team =
        teams.findByAgencyIdInOrderByName(List.of(agency.id())).stream()
            .filter(t -> t.closedOn() == null)
            .filter(
                t ->
                    teamId == null
                        ? t.name().equalsIgnoreCase(wanted.strip())
                        : t.id().equals(teamId))
            .findFirst();
    if (team.isEmpty()) {
      return new Resolved(agency, null, null, SingleSignOnProblem.NO_TEAM);
    }
    return new Resolved(agency, team.get().id(), team.get().name(), null);
  }

  /** The open agencies the mapping names: by id, or by name (in any case). */
  private List<AgencyEntity> agencies(String agency) {
    UUID id = Texts.uuid(agency);
    if (id != null) {
      return agencies.findById(id).filter(a -> a.closedOn() == null).stream().toList();
    }
    return agencies.findAll().stream()
        .filter(a -> a.closedOn() == null && a.name().equalsIgnoreCase(agency.strip()))
        .toList();
  }
}
