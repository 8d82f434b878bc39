package org.lantern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.platform.Paged;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's accounts as an administrator keeps them: found, moved between roles, agencies
 * and teams, unlocked, closed, and given the password their person chose. The rules about who may
 * do it, what is allowed and what is audited are the administration module's; this only keeps.
 */
@Service
public class Accounts {

  private static final UUID NOBODY = new UUID(0, 0);

  private final UserAccounts users;
  private final Agencies agencies;
  private final Teams teams;
  private final PasswordEncoder passwords;
  private final Clock clock;

  Accounts(
      UserAccounts users, Agencies agencies, Teams teams, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.agencies = agencies;
    this.teams = teams;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * One page of the partnership's accounts (of one agency, when given) whose name, e-mail or
   * username holds the search.
   */
  @Transactional(readOnly = true)
  public Paged<AccountView> page(
      UUID partnershipId, @Nullable UUID agencyId, @Nullable String search, int asked, int size) {
    String pattern =
        "%"
            + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "")
                .replace("%", "")
                .replace("_", "")
            + "%";
    UUID agency = agencyId == null ? NOBODY : agencyId;
    boolean any = agencyId == null;
    long matching =
        users.search(partnershipId, any, agency, pattern, PageRequest.of(0, 1)).getTotalElements();
    int page = Paged.clamp(asked, size, matching);
    Page<UserAccountEntity> found =
        users.search(partnershipId, any, agency, pattern, PageRequest.of(page - 1, size));
    return new Paged<>(views(found.getContent()), page, size, found.getTotalElements());
  }

  /** The account, if it is one of this partnership's. */
  @Transactional(readOnly = true)
  public Optional<AccountView> account(UUID partnershipId, UUID accountId) {
    return users
        .findById(accountId)
        .map(u -> views(List.of(u)).getFirst())
        .filter(a -> a.agency().partnershipId().equals(partnershipId));
  }

  /** The account, whichever partnership it is in (for its own person, as at an invitation). */
  @Transactional(readOnly = true)
  public Optional<AccountView> account(UUID accountId) {
    return users.findById(accountId).map(u -> views(List.of(u)).getFirst());
  }

  /** Whether an account other than {@code except} has this e-mail (in any case). */
  @Transactional(readOnly = true)
  public boolean emailTaken(String email, @Nullable UUID except) {
    return users.emailTaken(email.strip(), except == null ? NOBODY : except);
  }

  /** A closed account and when it was closed. */
  public record Closed(UUID id, Instant closedAt) {}

  /** The partnership's accounts closed before the moment. */
  @Transactional(readOnly = true)
  public List<Closed> closedBefore(UUID partnershipId, Instant before) {
    return users.closedBefore(partnershipId, before).stream()
        .map(u -> new Closed(u.id(), u.closedAt()))
        .toList();
  }

  /** Removes a closed account's name and e-mail address (its username and history stay). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void eraseClosed(UUID partnershipId, UUID accountId, String replacementName) {
    UserAccountEntity u = load(accountId);
    if (agencies
        .findById(u.agencyId())
        .filter(a -> a.partnershipId().equals(partnershipId))
        .isEmpty()) {
      throw new IllegalArgumentException("No account " + accountId + " in the partnership");
    }
    u.erasePersonalDetails(replacementName);
  }

  /** Whether an account (any partnership, closed ones too) has this username, in any case. */
  @Transactional(readOnly = true)
  public boolean usernameTaken(String username) {
    return users.findByUsername(UserAccountEntity.normalise(username)).isPresent();
  }

  /** The account with this e-mail (in any case), whichever partnership it is in. */
  @Transactional(readOnly = true)
  public Optional<AccountView> withEmail(String email) {
    return users.withEmail(email.strip()).stream()
        .findFirst()
        .map(u -> views(List.of(u)).getFirst());
  }

  /** Open accounts in the partnership whose role may do it (the administrators, say). */
  @Transactional(readOnly = true)
  public int openPermitted(UUID partnershipId, Permission permission) {
    return Role.permitting(permission).stream()
        .mapToInt(role -> users.withRole(partnershipId, role).size())
        .sum();
  }

  /** The partnership's teams, by agency then name. */
  @Transactional(readOnly = true)
  public List<TeamView> teams(UUID partnershipId) {
    List<UUID> agencyIds =
        agencies.findByPartnershipIdOrderByName(partnershipId).stream()
            .map(AgencyEntity::id)
            .toList();
    if (agencyIds.isEmpty()) {
      return List.of();
    }
    return teams.findByAgencyIdInOrderByName(agencyIds).stream()
        .map(t -> new TeamView(t.id(), t.agencyId(), t.name()))
        .sorted(Comparator.comparing(TeamView::name))
        .toList();
  }

  /** Gives the account another role, agency or team, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void move(UUID accountId, Role role, UUID agencyId, @Nullable UUID teamId) {
    load(accountId).move(role, agencyId, teamId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void unlock(UUID accountId) {
    load(accountId).unlock();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void close(UUID accountId) {
    load(accountId).close(clock.instant());
  }

  /** Keeps the password the person chose, hashed; a lockout ends with it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void setPassword(UUID accountId, String password) {
    load(accountId).setPasswordHash(passwords.encode(password));
  }

  /**
   * The names the account's sessions are kept under: its username, and for single sign-on the
   * identity provider's subject.
   */
  @Transactional(readOnly = true)
  public List<String> sessionNames(UUID accountId) {
    UserAccountEntity u = load(accountId);
    List<String> names = new ArrayList<>(List.of(u.username()));
    if (u.oidcSubject() != null) {
      names.add(u.oidcSubject());
    }
    return names;
  }

  private UserAccountEntity load(UUID accountId) {
    return users
        .findById(accountId)
        .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
  }

  private List<AccountView> views(List<UserAccountEntity> accounts) {
    Map<UUID, AgencyView> agencyViews =
        agencies.findAllById(accounts.stream().map(UserAccountEntity::agencyId).toList()).stream()
            .map(a -> new AgencyView(a.id(), a.partnershipId(), a.name(), a.kind(), a.districtId()))
            .collect(Collectors.toMap(AgencyView::id, Function.identity()));
    Map<UUID, TeamView> teamViews =
        teams
            .findAllById(
                accounts.stream().map(UserAccountEntity::teamId).filter(t -> t != null).toList())
            .stream()
            .collect(
                Collectors.toMap(
                    TeamEntity::id, t -> new TeamView(t.id(), t.agencyId(), t.name())));
    Instant now = clock.instant();
    return accounts.stream()
        .map(
            u ->
                new AccountView(
                    u.id(),
                    u.username(),
                    u.displayName(),
                    u.email(),
                    u.role(),
                    agencyViews.get(u.agencyId()),
                    u.teamId() == null ? null : teamViews.get(u.teamId()),
                    u.isLockedAt(now),
                    u.passwordHash() != null,
                    u.singleSignOnBound(),
                    u.closedAt()))
        .toList();
  }
}
