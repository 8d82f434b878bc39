package org.lantern.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccountView;
import org.lantern.access.Accounts;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.Role;
import org.lantern.access.TeamView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.access.UsernameTakenException;
import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts: add a person by invitation, change their role, agency or
 * team, unlock, close, renew an invitation. Each is guarded by {@link Permission#MANAGE_ACCOUNTS},
 * confined to the administrator's {@link Reach}, checked against the partnership's rules ({@link
 * AccountRuleBroken}, nothing saved), audited from what to what, and a change or closure ends the
 * person's sessions.
 */
@Service
public class AccountAdministration {

  static final String ACCOUNT = "USER_ACCOUNT";

  /** Refused: an account or agency outside an agency administrator's own agency. */
  static final String OTHER_AGENCY = "OTHER_AGENCY";

  /**
   * What the partnership's last administrator holds: the last one who keeps the structure (and so
   * every agency's accounts) is never closed nor given another role.
   */
  private static final Permission LAST = Permission.MANAGE_PARTNERSHIP_STRUCTURE;

  /** Refused: a role only a partnership administrator may give. */
  static final String ROLE = "ROLE_BEYOND_REACH";

  private final AccessPolicy policy;
  private final Directory directory;
  private final Accounts accounts;
  private final AccountInvitations invitations;
  private final SignedInSessions sessions;
  private final AuditLog audit;
  private final PartnershipStructure structure;

  AccountAdministration(
      AccessPolicy policy,
      Directory directory,
      Accounts accounts,
      AccountInvitations invitations,
      SignedInSessions sessions,
      AuditLog audit,
      PartnershipStructure structure) {
    this.policy = policy;
    this.directory = directory;
    this.accounts = accounts;
    this.invitations = invitations;
    this.sessions = sessions;
    this.audit = audit;
    this.structure = structure;
  }

  /**
   * Whose accounts an administrator manages. Whoever keeps the partnership's structure (its
   * agencies: {@link Permission#MANAGE_PARTNERSHIP_STRUCTURE}, the partnership administrator)
   * manages every agency's people. Anyone else who manages accounts (an agency administrator, a
   * school's business manager say) manages their own agency's people only, and never an account
   * whose role keeps the structure, nor gives that role.
   *
   * @param agencyId the one agency, or null for every agency of the partnership
   */
  public record Reach(@Nullable UUID agencyId) {

    public boolean everyAgency() {
      return agencyId == null;
    }

    /** Whether an administrator of this reach may give the role. */
    public boolean mayGive(Role role) {
      return agencyId == null || !role.permits(Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    }

    /** Whether an account of this agency and role is within reach. */
    public boolean covers(UUID agency, Role role) {
      return agencyId == null || (agencyId.equals(agency) && mayGive(role));
    }
  }

  /** The one rule for an e-mail address in every administration form and the bulk file. */
  public static boolean emailLooksRight(String email) {
    String e = email.strip();
    return !e.isEmpty() && e.length() <= 320 && e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** The administrator's reach (see {@link Reach}). */
  public Reach reach(CurrentUser admin) {
    return policy.roleAllows(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE)
        ? new Reach(null)
        : new Reach(admin.agencyId());
  }

  /** One page of the accounts within the administrator's reach whose names hold the search. */
  @Transactional(readOnly = true)
  public Paged<AccountView> page(CurrentUser admin, @Nullable String search, int page, int size) {
    policy.requireRole(admin, Permission.MANAGE_ACCOUNTS);
    return accounts.page(admin.partnershipId(), reach(admin).agencyId(), search, page, size);
  }

  /** The account, if it is within the administrator's reach (else refused, audited, as unknown). */
  @Transactional(readOnly = true)
  public AccountView account(CurrentUser admin, UUID accountId) {
    return guarded(admin, accountId);
  }

  /** A person to add: where they work and what they do. */
  public record NewAccount(
      String displayName,
      String email,
      String username,
      UUID agencyId,
      @Nullable UUID teamId,
      Role role) {}

  /** Adds the account, with no password, and its invitation link (shown once). */
  @Transactional
  public Invitation invite(CurrentUser admin, NewAccount a) {
    policy.requireRole(admin, Permission.MANAGE_ACCOUNTS);
    AgencyView agency = placement(admin, a.agencyId(), a.teamId(), a.role());
    if (accounts.emailTaken(a.email(), null)) {
      throw new AccountRuleBroken("email", "admin.account.email.taken");
    }
    UUID id;
    try {
      id =
          directory.createUser(
              new NewUser(
                  a.username(),
                  a.displayName().strip(),
                  a.email().strip(),
                  null,
                  a.role(),
                  agency.id(),
                  a.teamId()));
    } catch (UsernameTakenException e) {
      throw new AccountRuleBroken("username", "admin.account.username.taken");
    } catch (IllegalArgumentException e) {
      throw new AccountRuleBroken("username", "admin.account.username.invalid");
    }
    AccountView made = accounts.account(id).orElseThrow();
    audit.record(
        admin,
        AuditAction.ACCOUNT_CREATED,
        null,
        RecordRef.of(ACCOUNT, id),
        null,
        "name: "
            + made.displayName()
            + "; e-mail: "
            + made.email()
            + "; username: "
            + made.username()
            + "; role: "
            + made.role()
            + "; agency: "
            + agency.name()
            + "; team: "
            + teamName(made.team()));
    return invitations.issue(admin, id);
  }

  /**
   * Gives the person another role, agency or team; their sessions end so that the change holds from
   * their next request. Nothing happens when nothing changed.
   */
  @Transactional
  public void change(
      CurrentUser admin, UUID accountId, Role role, UUID agencyId, @Nullable UUID teamId) {
    AccountView before = guarded(admin, accountId);
    if (before.closed()) {
      throw new AccountRuleBroken("role", "admin.account.closed");
    }
    AgencyView agency = placement(admin, agencyId, teamId, role);
    if (before.role().permits(LAST)
        && !role.permits(LAST)
        && accounts.openPermitted(admin.partnershipId(), LAST) <= 1) {
      throw new AccountRuleBroken("role", "admin.account.lastAdministrator");
    }
    List<String> changes = new ArrayList<>();
    if (before.role() != role) {
      changes.add("role: " + before.role() + " → " + role);
    }
    if (!before.agency().id().equals(agency.id())) {
      changes.add("agency: " + before.agency().name() + " → " + agency.name());
    }
    UUID teamBefore = before.team() == null ? null : before.team().id();
    if (!Objects.equals(teamBefore, teamId)) {
      changes.add(
          "team: "
              + teamName(before.team())
              + " → "
              + (teamId == null ? "none" : directory.teamNames(List.of(teamId)).get(teamId)));
    }
    if (changes.isEmpty()) {
      return;
    }
    accounts.move(accountId, role, agency.id(), teamId);
    int ended = sessions.end(accounts.sessionNames(accountId));
    changes.add("sessions ended: " + ended);
    audit.record(
        admin,
        AuditAction.ACCOUNT_CHANGED,
        null,
        RecordRef.of(ACCOUNT, accountId),
        null,
        String.join("; ", changes));
  }

  /** Ends a lockout by wrong passwords. */
  @Transactional
  public void unlock(CurrentUser admin, UUID accountId) {
    AccountView account = guarded(admin, accountId);
    accounts.unlock(accountId);
    audit.record(
        admin,
        AuditAction.ACCOUNT_UNLOCKED,
        null,
        RecordRef.of(ACCOUNT, accountId),
        null,
        "locked: " + account.locked() + " → false");
  }

  /**
   * Closes the account and ends its sessions; its history stays. The partnership's last open
   * administrator cannot be closed.
   */
  @Transactional
  public void close(CurrentUser admin, UUID accountId) {
    AccountView account = guarded(admin, accountId);
    if (account.closed()) {
      return;
    }
    if (account.role().permits(LAST) && accounts.openPermitted(admin.partnershipId(), LAST) <= 1) {
      throw new AccountRuleBroken("close", "admin.account.lastAdministrator");
    }
    accounts.close(accountId);
    int ended = sessions.end(accounts.sessionNames(accountId));
    audit.record(
        admin,
        AuditAction.ACCOUNT_CLOSED,
        null,
        RecordRef.of(ACCOUNT, accountId),
        null,
        "open → closed; sessions ended: " + ended);
  }

  /** A new invitation link for an open account; earlier links stop working. */
  @Transactional
  public Invitation renewInvitation(CurrentUser admin, UUID accountId) {
    AccountView account = guarded(admin, accountId);
    if (account.closed()) {
      throw new AccountRuleBroken("invitation", "admin.account.closed");
    }
    Invitation invitation = invitations.issue(admin, accountId);
    audit.record(
        admin,
        AuditAction.INVITATION_RENEWED,
        null,
        RecordRef.of(ACCOUNT, accountId),
        null,
        "new link, working until " + invitation.expiresAt());
    return invitation;
  }

  private AccountView guarded(CurrentUser admin, UUID accountId) {
    RecordRef ref = RecordRef.of(ACCOUNT, accountId);
    policy.requireRole(admin, Permission.MANAGE_ACCOUNTS, ref);
    AccountView account =
        accounts
            .account(admin.partnershipId(), accountId)
            .orElseThrow(() -> new RecordNotFoundException("account", accountId));
    // beyond reach: refused and audited as if there were no such account
    policy.requireRole(
        admin,
        Permission.MANAGE_ACCOUNTS,
        ref,
        RecordRule.hidden(
            reach(admin).covers(account.agency().id(), account.role()), OTHER_AGENCY));
    return account;
  }

  /**
   * The agency, if the role and team fit it; else which field is wrong. An agency or role beyond
   * the administrator's reach is a refusal (audited), not a slip of the form: the form never offers
   * them.
   */
  private AgencyView placement(CurrentUser admin, UUID agencyId, @Nullable UUID teamId, Role role) {
    Reach reach = reach(admin);
    policy.requireRole(
        admin,
        Permission.MANAGE_ACCOUNTS,
        RecordRef.of("AGENCY", agencyId),
        RecordRule.of(reach.covers(agencyId, role), reach.mayGive(role) ? OTHER_AGENCY : ROLE));
    AgencyView agency =
        directory
            .agency(agencyId)
            .filter(a -> a.partnershipId().equals(admin.partnershipId()))
            .filter(a -> isOpen(admin, UnitKind.AGENCY, a.id()))
            .orElseThrow(() -> new AccountRuleBroken("agencyId", "admin.account.agency.unknown"));
    if (!agency.kind().mayHold(role)) {
      throw new AccountRuleBroken("role", "admin.account.role.notForAgency");
    }
    if (teamId != null
        && accounts.teams(admin.partnershipId()).stream()
            .noneMatch(
                t ->
                    t.id().equals(teamId)
                        && t.agencyId().equals(agencyId)
                        && isOpen(admin, UnitKind.TEAM, t.id()))) {
      throw new AccountRuleBroken("teamId", "admin.account.team.otherAgency");
    }
    return agency;
  }

  private boolean isOpen(CurrentUser admin, UnitKind kind, UUID id) {
    return structure.unit(admin.partnershipId(), kind, id).filter(u -> !u.closed()).isPresent();
  }

  private static String teamName(@Nullable TeamView team) {
    return team == null ? "none" : team.name();
  }
}
