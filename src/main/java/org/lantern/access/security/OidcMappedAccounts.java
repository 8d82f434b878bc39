package org.lantern.access.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnMappings;
import org.lantern.access.SingleSignOnProblem;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.access.security.OidcSettings.RoleMapping;
import org.lantern.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that single sign-on makes or moves by the partnership's mappings of the identity
 * provider's claims (an Entra ID group, say) to a role, an agency and a team. Each decision that
 * changes an account is audited with the mapping that made it; a mapping that cannot be applied (no
 * agency of that name, or several; a team not in it; a closed agency; a role the agency's kind may
 * not hold) is refused and logged, and the person cannot sign in until it is put right.
 */
@Component
public class OidcMappedAccounts {

  private static final Logger log = LoggerFactory.getLogger(OidcMappedAccounts.class);

  private final OidcSettings settings;
  private final Directory directory;
  private final UserAccounts users;
  private final Agencies agencies;
  private final Teams teams;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;

  OidcMappedAccounts(
      OidcSettings settings,
      Directory directory,
      UserAccounts users,
      Agencies agencies,
      Teams teams,
      CurrentUsers currentUsers,
      AuditLog audit) {
    this.settings = settings;
    this.directory = directory;
    this.users = users;
    this.agencies = agencies;
    this.teams = teams;
    this.currentUsers = currentUsers;
    this.audit = audit;
  }

  /** Where a mapping puts someone, once its agency and team are found and fit the role. */
  private record Placement(RoleMapping mapping, AgencyEntity agency, @Nullable UUID teamId) {}

  /**
   * A new account, bound to this person at the provider, from the first mapping their claims match;
   * empty (and logged) when none matches or it cannot be applied.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Optional<UserAccountEntity> create(
      String username, String issuer, String subject, Map<String, Object> claims) {
    Optional<Placement> placement = placement(claims);
    if (placement.isEmpty()) {
      return Optional.empty();
    }
    Placement to = placement.get();
    String name = text(claims.get("name"), username);
    @Nullable String email = claims.get("email") == null ? null : text(claims.get("email"), "");
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                name,
                email == null || email.isBlank() ? null : email,
                null,
                to.mapping().role(),
                to.agency().id(),
                to.teamId()));
    UserAccountEntity account = users.findById(id).orElseThrow();
    account.bindSingleSignOn(issuer, subject);
    CurrentUser user = currentUsers.of(account);
    audit.record(
        user,
        AuditAction.SINGLE_SIGN_ON_ACCOUNT_CREATED,
        null,
        RecordRef.of("USER_ACCOUNT", id),
        "SINGLE_SIGN_ON_MAPPING",
        "mapping: " + to.mapping().describe() + "; subject " + subject + " of " + issuer);
    return Optional.of(account);
  }

  /**
   * With {@code followMappings}, gives the account the role, agency and team of the mapping its
   * claims match now, audited from what to what; otherwise (or when none matches) it is unchanged.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  UserAccountEntity follow(UserAccountEntity account, Map<String, Object> claims) {
    if (!settings.followMappings() || settings.mappings().isEmpty()) {
      return account;
    }
    Optional<Placement> placement = placement(claims);
    if (placement.isEmpty()) {
      return account;
    }
    Placement to = placement.get();
    Role role = to.mapping().role();
    if (account.role() == role
        && account.agencyId().equals(to.agency().id())
        && Objects.equals(account.teamId(), to.teamId())) {
      return account;
    }
    List<String> changes = new ArrayList<>();
    if (account.role() != role) {
      changes.add("role: " + account.role() + " → " + role);
    }
    if (!account.agencyId().equals(to.agency().id())) {
      changes.add("agency → " + to.agency().name());
    }
    if (!Objects.equals(account.teamId(), to.teamId())) {
      changes.add("team → " + (to.teamId() == null ? "none" : to.mapping().team()));
    }
    account.move(role, to.agency().id(), to.teamId());
    audit.record(
        currentUsers.of(account),
        AuditAction.ACCOUNT_CHANGED,
        null,
        RecordRef.of("USER_ACCOUNT", account.id()),
        "SINGLE_SIGN_ON_MAPPING",
        String.join("; ", changes) + "; mapping: " + to.mapping().describe());
    return account;
  }

  private Optional<Placement> placement(Map<String, Object> claims) {
    RoleMapping mapping = settings.mappingFor(claims);
    if (mapping == null) {
      log.warn("Single sign-on refused: no mapping matches the person's claims");
      return Optional.empty();
    }
    Resolved resolved = resolve(mapping);
    if (resolved.placement() == null) {
      log.warn(
          "Single sign-on mapping '{}' refused: {}",
          mapping.describe(),
          switch (resolved.problem()) {
            case NO_AGENCY -> "no open agency has that name or id";
            case SEVERAL_AGENCIES -> "several open agencies have that name";
            case ROLE_NOT_FOR_AGENCY -> "the agency's kind may not hold that role";
            case NO_TEAM -> "no open team of that name in the agency";
            case null -> "";
          });
      return Optional.empty();
    }
    return Optional.of(resolved.placement());
  }

  /**
   * Every configured mapping in the order they are tried, each with the agency and team it finds
   * now or the reason it cannot be applied (for the administrators' page; nothing is logged).
   */
  public List<SingleSignOnMappings.Mapping> check() {
    List<SingleSignOnMappings.Mapping> checked = new ArrayList<>();
    for (RoleMapping m : settings.mappings()) {
      Resolved r = resolve(m);
      checked.add(
          new SingleSignOnMappings.Mapping(
              checked.size() + 1,
              m.claimName(),
              m.value(),
              m.role(),
              m.agency(),
              m.team() == null || m.team().isBlank() ? null : m.team(),
              r.agency() == null ? null : r.agency().name(),
              r.agency() == null ? null : r.agency().partnershipId(),
              r.problem()));
    }
    return checked;
  }

  /** A mapping's agency and team as found now, or why it cannot be applied. */
  private record Resolved(
      @Nullable AgencyEntity agency,
      @Nullable Placement placement,
      @Nullable SingleSignOnProblem problem) {}

  private Resolved resolve(RoleMapping mapping) {
    List<AgencyEntity> named = agencies(mapping.agency());
    if (named.size() != 1) {
      return new Resolved(
          null,
          null,
          named.isEmpty() ? SingleSignOnProblem.NO_AGENCY : SingleSignOnProblem.SEVERAL_AGENCIES);
    }
    AgencyEntity agency = named.getFirst();
    if (!agency.kind().mayHold(mapping.role())) {
      return new Resolved(agency, null, SingleSignOnProblem.ROLE_NOT_FOR_AGENCY);
    }
    UUID teamId = null;
    if (mapping.team() != null && !mapping.team().isBlank()) {
      Optional<TeamEntity> team =
          teams.findByAgencyIdInOrderByName(List.of(agency.id())).stream()
              .filter(t -> t.closedOn() == null && t.name().equalsIgnoreCase(mapping.team()))
              .findFirst();
      if (team.isEmpty()) {
        return new Resolved(agency, null, SingleSignOnProblem.NO_TEAM);
      }
      teamId = team.get().id();
    }
    return new Resolved(agency, new Placement(mapping, agency, teamId), null);
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

  private static String text(@Nullable Object value, String otherwise) {
    String plain = value == null ? null : Texts.plain(String.valueOf(value));
    String text = plain == null ? "" : plain.strip();
    return text.isEmpty() ? otherwise : text.length() > 200 ? text.substring(0, 200) : text;
  }
}
