package org.lantern.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.ApiClientEntity;
import org.lantern.access.data.ApiClients;
import org.lantern.access.data.DistrictEntity;
import org.lantern.access.data.Districts;
import org.lantern.access.data.PartnershipEntity;
import org.lantern.access.data.Partnerships;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.access.security.ApiSecrets;
import org.lantern.platform.PendingWrites;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's organisation: districts, agencies, teams, people and partner systems. */
@Service
public class Directory {

  private static final int MAX_USERNAME = 100;

  private final Partnerships partnerships;
  private final Districts districts;
  private final Agencies agencies;
  private final Teams teams;
  private final UserAccounts users;
  private final ApiClients apiClients;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final Authorities authorities;
  private final JdbcTemplate jdbc;
  private final PendingWrites pendingWrites;

  Directory(
      Partnerships partnerships,
      Districts districts,
      Agencies agencies,
      Teams teams,
      UserAccounts users,
      ApiClients apiClients,
      PasswordEncoder passwords,
      Clock clock,
      Authorities authorities,
      JdbcTemplate jdbc,
      PendingWrites pendingWrites) {
    this.jdbc = jdbc;
    this.pendingWrites = pendingWrites;
    this.authorities = authorities;
    this.partnerships = partnerships;
    this.districts = districts;
    this.agencies = agencies;
    this.teams = teams;
    this.users = users;
    this.apiClients = apiClients;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional
  public UUID createPartnership(String name) {
    return partnerships.save(new PartnershipEntity(UUID.randomUUID(), name, clock.instant())).id();
  }

  @Transactional
  public UUID createDistrict(UUID partnershipId, String name) {
    return createDistrict(partnershipId, name, authorities.defaultFor(partnershipId));
  }

  /** One more local authority (council) of the partnership, whose districts belong to it. */
  @Transactional
  public UUID createLocalAuthority(UUID partnershipId, String name) {
    return authorities.create(partnershipId, name);
  }

  /** A district of one of the partnership's local authorities. */
  @Transactional
  public UUID createDistrict(UUID partnershipId, String name, UUID localAuthorityId) {
    return districts
        .save(new DistrictEntity(UUID.randomUUID(), partnershipId, name, localAuthorityId))
        .id();
  }

  @Transactional
  public UUID createAgency(
      UUID partnershipId, String name, AgencyKind kind, @Nullable UUID districtId) {
    return agencies
        .save(new AgencyEntity(UUID.randomUUID(), partnershipId, name, kind, districtId))
        .id();
  }

  @Transactional
  public UUID createTeam(UUID agencyId, String name) {
    return teams.save(new TeamEntity(UUID.randomUUID(), agencyId, name)).id();
  }

  /**
   * Creates a local account. The username is kept trimmed and in lower case; a name that is blank,
   * longer than 100 characters or has white space inside is refused, and so is one that an account
   * already has in any case ({@link UsernameTakenException}).
   */
  @Transactional
  public UUID createUser(NewUser user) {
    String username = UserAccountEntity.normalise(user.username());
    if (username.isEmpty()
        || username.length() > MAX_USERNAME
        || username
            .codePoints()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "A username must be 1 to " + MAX_USERNAME + " characters with no spaces inside");
    }
    if (users.findByUsername(username).isPresent()) {
      throw new UsernameTakenException(username);
    }
    String hash = user.password() == null ? null : passwords.encode(user.password());
    try {
      return users
          .saveAndFlush(
              new UserAccountEntity(
                  UUID.randomUUID(),
                  username,
                  user.displayName(),
                  user.email(),
                  hash,
                  user.role(),
                  user.agencyId(),
                  user.teamId(),
                  clock.instant()))
          .id();
    } catch (DataIntegrityViolationException e) {
      // Someone took the name between the check and the insert.
      if (String.valueOf(e.getMostSpecificCause().getMessage())
          .toLowerCase(Locale.ROOT)
          .contains("user_account_username_unique")) {
        throw new UsernameTakenException(username);
      }
      throw e;
    }
  }

  /** Registers a partner system for the agency and returns its credentials, shown only once. */
  @Transactional
  public ApiClientCredentials createApiClient(
      UUID agencyId, String clientId, String name, String sourceSystem) {
    return createApiClient(agencyId, clientId, name, sourceSystem, ApiSecrets.newSecret());
  }

  /**
   * Registers a partner system with a secret chosen by the caller (the demo county's). Its source
   * system name keys the idempotency of what it sends, so within a partnership it belongs to one
   * agency (several clients of that agency may share it, as when credentials are rotated).
   */
  @Transactional
  public ApiClientCredentials createApiClient(
      UUID agencyId, String clientId, String name, String sourceSystem, String secret) {
    if (!clientId.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("A client id is 1 to 64 letters, digits, - or _");
    }
    AgencyEntity agency =
        agencies
            .findById(agencyId)
            .orElseThrow(() -> new IllegalArgumentException("No such agency"));
    if (apiClients.sourceSystemUsedElsewhere(agency.partnershipId(), sourceSystem, agencyId)) {
      throw new IllegalArgumentException(
          "Another agency of this partnership already sends concerns as " + sourceSystem);
    }
    apiClients.save(
        new ApiClientEntity(
            UUID.randomUUID(),
            clientId,
            agencyId,
            name,
            sourceSystem,
            ApiSecrets.hash(secret),
            clock.instant()));
    return new ApiClientCredentials(clientId, secret);
  }

  @Transactional(readOnly = true)
  public boolean hasAnyPartnership() {
    return partnerships.count() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<String> partnershipName(UUID partnershipId) {
    return partnerships.findById(partnershipId).map(PartnershipEntity::name);
  }

  @Transactional(readOnly = true)
  public List<DistrictView> districts(UUID partnershipId) {
    return districts.findByPartnershipIdOrderByName(partnershipId).stream()
        .map(d -> new DistrictView(d.id(), d.partnershipId(), d.name()))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<AgencyView> agencies(UUID partnershipId) {
    return agencies.findByPartnershipIdOrderByName(partnershipId).stream()
        .map(Directory::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<AgencyView> agency(UUID agencyId) {
    return agencies.findById(agencyId).map(Directory::view);
  }

  @Transactional(readOnly = true)
  public Optional<UserView> user(UUID userId) {
    return users.findById(userId).map(u -> view(u, agencyNames(List.of(u.agencyId()))));
  }

  @Transactional(readOnly = true)
  public Map<UUID, UserView> users(Collection<UUID> userIds) {
    List<UserAccountEntity> found = users.findAllById(userIds);
    Map<UUID, String> names = agencyNames(found.stream().map(UserAccountEntity::agencyId).toList());
    return found.stream().collect(Collectors.toMap(UserAccountEntity::id, u -> view(u, names)));
  }

  @Transactional(readOnly = true)
  public List<UserView> usersWithRole(UUID partnershipId, Role role) {
    return views(users.withRole(partnershipId, role));
  }

  /**
   * The ids of the partnership's enabled accounts with this role: for whom to tell, where nothing
   * else about them is needed (one statement, no agency names).
   */
  @Transactional(readOnly = true)
  public List<UUID> userIdsWithRole(UUID partnershipId, Role role) {
    // a plain statement, no query through JPA: every flag check of a child nobody holds asks it
    // for the front door, in its group commit's writer; what the transaction has persisted and
    // not flushed (an account made in the same piece of work) is flushed first
    pendingWrites.flushBeforePlainRead();
    return jdbc.query(
        """
        select u.id from user_account u join agency a on a.id = u.agency_id
        where a.partnership_id = ? and u.role = ? and u.enabled = true
        order by u.display_name
        """,
        (rs, row) -> rs.getObject(1, UUID.class),
        partnershipId,
        role.name());
  }

  /** Everyone of the partnership in a team of this name (any agency's), for copy rules. */
  @Transactional(readOnly = true)
  public List<UserView> usersInTeamNamed(UUID partnershipId, String teamName) {
    List<UserAccountEntity> all = users.inPartnership(partnershipId);
    Map<UUID, String> names =
        teamNames(
            all.stream()
                .map(UserAccountEntity::teamId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return views(
        all.stream()
            .filter(u -> u.teamId() != null && teamName.equalsIgnoreCase(names.get(u.teamId())))
            .toList());
  }

  /** Team names by id, for lists that show a team. */
  @Transactional(readOnly = true)
  public Map<UUID, String> teamNames(Collection<UUID> teamIds) {
    return teams.findAllById(teamIds).stream()
        .collect(Collectors.toMap(TeamEntity::id, TeamEntity::name));
  }

  /** Everyone in the partnership who may raise a concern, for choosing a phone referrer. */
  @Transactional(readOnly = true)
  public List<UserView> referrers(UUID partnershipId) {
    return views(
        users.inPartnership(partnershipId).stream()
            .filter(u -> u.role().permits(Permission.RAISE_CONCERN))
            .toList());
  }

  private List<UserView> views(List<UserAccountEntity> accounts) {
    Map<UUID, String> names =
        agencyNames(accounts.stream().map(UserAccountEntity::agencyId).toList());
    return accounts.stream().map(u -> view(u, names)).toList();
  }

  private Map<UUID, String> agencyNames(Collection<UUID> agencyIds) {
    return agencies.findAllById(agencyIds).stream()
        .collect(Collectors.toMap(AgencyEntity::id, AgencyEntity::name, (a, b) -> a));
  }

  private static UserView view(UserAccountEntity u, Map<UUID, String> agencyNames) {
    return new UserView(
        u.id(),
        u.username(),
        u.displayName(),
        u.email(),
        u.role(),
        u.agencyId(),
        agencyNames.getOrDefault(u.agencyId(), ""),
        u.teamId());
  }

  private static AgencyView view(AgencyEntity a) {
    return new AgencyView(a.id(), a.partnershipId(), a.name(), a.kind(), a.districtId());
  }
}
