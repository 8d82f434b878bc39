package org.lantern.access.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccountCreation;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnMappings;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.access.security.OidcSettings.RoleMapping;
import org.lantern.access.security.SingleSignOnMappingCheck.Candidate;
import org.lantern.access.security.SingleSignOnMappingCheck.Resolved;
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
 * not hold) is refused and logged, and the person cannot sign in until it is put right. Whether a
 * mapping may make an account at all is the choice of its agency's partnership ({@link
 * SingleSignOnChoices}); each refusal of someone with no account says why ({@link Made}), for the
 * audit log.
 */
@Component
public class OidcMappedAccounts {

  /** The audit log's basis for a first sign-on that matched no mapping. */
  static final String NO_MAPPING = "NO_SINGLE_SIGN_ON_MAPPING";

  /** ... that matched a mapping which cannot be applied now. */
  static final String NOT_APPLICABLE = "SINGLE_SIGN_ON_MAPPING_NOT_APPLICABLE";

  /** ... of someone with no account, to a partnership that adds accounts beforehand. */
  static final String ADDED_BEFOREHAND = "ACCOUNTS_ADDED_BEFOREHAND";

  private static final Logger log = LoggerFactory.getLogger(OidcMappedAccounts.class);

  private final OidcSettings settings;
  private final Directory directory;
  private final UserAccounts users;
  private final SingleSignOnMappingCheck check;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final SingleSignOnChoices choices;

  OidcMappedAccounts(
      OidcSettings settings,
      Directory directory,
      UserAccounts users,
      SingleSignOnMappingCheck check,
      CurrentUsers currentUsers,
      AuditLog audit,
      SingleSignOnChoices choices) {
    this.choices = choices;
    this.settings = settings;
    this.directory = directory;
    this.users = users;
    this.check = check;
    this.currentUsers = currentUsers;
    this.audit = audit;
  }

  /**
   * Where a mapping puts someone, once its agency and team are found and fit the role, and how the
   * audit log names the mapping.
   */
  private record Placement(
      RoleMapping mapping,
      String described,
      AgencyEntity agency,
      @Nullable UUID teamId,
      @Nullable String teamName) {}

  /**
   * Why single sign-on turned away someone Lantern has no account for, for the audit log: the
   * partnership (and agency) whose mapping matched them, or none when nothing says whose they would
   * be.
   */
  record Stranger(
      @Nullable UUID partnershipId, @Nullable String agencyName, String basis, String detail) {}

  /** What the first sign-on of someone Lantern does not know came to: an account, or a refusal. */
  record Made(@Nullable UserAccountEntity account, @Nullable Stranger refused) {}

  /** The first mapping the claims match, placed; or why nobody gets in through it. */
  private record Placed(@Nullable Placement placement, @Nullable Stranger refused) {}

  /**
   * For someone Lantern has no account for: a new account, bound to this person at the provider,
   * from the first mapping their claims match, when that mapping's partnership lets single sign-on
   * make accounts ({@link SingleSignOnChoices}); otherwise why not (no mapping matches, it cannot
   * be applied, or the partnership adds accounts beforehand), for the caller to audit.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Made create(String username, String issuer, String subject, Map<String, Object> claims) {
    String who = "; subject " + subject + " of " + issuer;
    Placed placed = placement(claims);
    Placement to = placed.placement();
    if (to == null) {
      Stranger why = Objects.requireNonNull(placed.refused());
      return new Made(
          null,
          new Stranger(why.partnershipId(), why.agencyName(), why.basis(), why.detail() + who));
    }
    UUID partnershipId = to.agency().partnershipId();
    if (choices.accounts(partnershipId) != AccountCreation.CREATE) {
      log.info("Single sign-on refused: no account, and the partnership adds accounts beforehand");
      return new Made(
          null,
          new Stranger(
              partnershipId,
              to.agency().name(),
              ADDED_BEFOREHAND,
              "no account, and the partnership adds accounts before their first sign-on; mapping: "
                  + to.described()
                  + who));
    }
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
        "mapping: " + to.described() + who);
    return new Made(account, null);
  }

  /**
   * With {@code followMappings}, gives the account the role, agency and team of the mapping its
   * claims match now, audited from what to what; otherwise (or when none matches) it is unchanged.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  UserAccountEntity follow(UserAccountEntity account, Map<String, Object> claims) {
    if (!settings.followMappings()) {
      return account;
    }
    Placement to = placement(claims).placement();
    if (to == null) {
      return account;
    }
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
      changes.add("team → " + (to.teamId() == null ? "none" : to.teamName()));
    }
    account.move(role, to.agency().id(), to.teamId());
    audit.record(
        currentUsers.of(account),
        AuditAction.ACCOUNT_CHANGED,
        null,
        RecordRef.of("USER_ACCOUNT", account.id()),
        "SINGLE_SIGN_ON_MAPPING",
        String.join("; ", changes) + "; mapping: " + to.described());
    return account;
  }

  /**
   * The placement of the first mapping the claims match: the partnerships' own mappings first, then
   * the configuration's ({@link SingleSignOnMappingCheck#inOrder}); or, logged, why there is none.
   */
  private Placed placement(Map<String, Object> claims) {
    Candidate candidate =
        check.inOrder().stream().filter(c -> c.mapping().matches(claims)).findFirst().orElse(null);
    if (candidate == null) {
      log.warn("Single sign-on refused: no mapping matches the person's claims");
      return new Placed(null, new Stranger(null, null, NO_MAPPING, "no mapping matches"));
    }
    RoleMapping mapping = candidate.mapping();
    Resolved resolved = check.resolve(mapping);
    AgencyEntity agency = resolved.agency();
    if (resolved.problem() != null || agency == null) {
      String which =
          candidate.stored()
              ? "the partnership's mapping " + candidate.position()
              : "mapping " + mapping.describe();
      String why =
          switch (resolved.problem()) {
            case NO_AGENCY -> "no open agency has that name or id";
            case SEVERAL_AGENCIES -> "several open agencies have that name";
            case ROLE_NOT_FOR_AGENCY -> "the agency's kind may not hold that role";
            case NO_TEAM -> "no open team of that name in the agency";
            case NO_CLAIM, NO_VALUE, NO_ROLE, DUPLICATE -> "it is incomplete";
            case null -> "";
          };
      log.warn(
          "Single sign-on mapping '{}' refused: {}",
          candidate.stored()
              ? "partnership " + candidate.partnershipId() + "'s mapping " + candidate.position()
              : mapping.describe(),
          why);
      UUID partnershipId =
          candidate.stored()
              ? candidate.partnershipId()
              : agency == null ? null : agency.partnershipId();
      return new Placed(
          null,
          new Stranger(
              partnershipId,
              agency == null ? null : agency.name(),
              NOT_APPLICABLE,
              which + " cannot be applied: " + why));
    }
    String described =
        candidate.stored()
            ? "the partnership's mapping "
                + candidate.position()
                + ": "
                + new RoleMapping(
                        mapping.claimName(),
                        mapping.value(),
                        mapping.role(),
                        agency.name(),
                        resolved.teamName())
                    .describe()
            : mapping.describe();
    return new Placed(
        new Placement(mapping, described, agency, resolved.teamId(), resolved.teamName()), null);
  }

  /**
   * Every configured mapping in the order they are tried, each with the agency and team it finds
   * now or the reason it cannot be applied (for the administrators' page; nothing is logged).
   */
  public List<SingleSignOnMappings.Mapping> check() {
    return checked(check.configured());
  }

  /** A partnership's own mappings, each checked now as {@link #check} checks the configured. */
  public List<SingleSignOnMappings.Mapping> checkOwn(UUID partnershipId) {
    return checked(check.ofPartnership(partnershipId));
  }

  private List<SingleSignOnMappings.Mapping> checked(List<Candidate> candidates) {
    List<SingleSignOnMappings.Mapping> checked = new ArrayList<>();
    for (Candidate c : candidates) {
      RoleMapping m = c.mapping();
      Resolved r = check.resolve(m);
      AgencyEntity agency = r.agency();
      checked.add(
          new SingleSignOnMappings.Mapping(
              c.position(),
              c.storedId(),
              m.claimName(),
              m.value(),
              m.role(),
              c.stored() && agency != null ? agency.name() : m.agency(),
              c.stored() ? r.teamName() : m.team() == null || m.team().isBlank() ? null : m.team(),
              agency == null ? null : agency.name(),
              agency == null ? null : agency.partnershipId(),
              r.problem()));
    }
    return checked;
  }

  private static String text(@Nullable Object value, String otherwise) {
    String plain = value == null ? null : Texts.plain(String.valueOf(value));
    String text = plain == null ? "" : plain.strip();
    return text.isEmpty() ? otherwise : text.length() > 200 ? text.substring(0, 200) : text;
  }
}
