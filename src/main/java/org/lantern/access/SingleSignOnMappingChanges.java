package org.lantern.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.SingleSignOnChoiceRows;
import org.lantern.access.data.SingleSignOnMappingEntity;
import org.lantern.access.data.SingleSignOnMappingRecords;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.lantern.access.security.SingleSignOnChoices;
import org.lantern.access.security.SingleSignOnMappingCheck;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partnership administrator does to the partnership's own single sign-on mappings: add
 * one, change it (its claim, value, role, agency, team and place in the order) and remove it; and
 * whether single sign-on may make accounts at all ({@link #chooseAccounts}). Each is checked as
 * sign-on checks it ({@link SingleSignOnMappingCheck}, refused by the field with nothing saved) and
 * audited from what to what. The partnership's own mappings are tried before the configuration's;
 * the first that matches decides.
 */
@Service
public class SingleSignOnMappingChanges {

  /**
   * A mapping as asked for: when the claim holds the value, the role in the agency (and team); its
   * place in the order (1 first; null or past the end: last).
   */
  public record Wanted(
      @Nullable String claim,
      @Nullable String value,
      @Nullable Role role,
      @Nullable UUID agencyId,
      @Nullable UUID teamId,
      @Nullable Integer position) {}

  private final AccessPolicy policy;
  private final SingleSignOnMappingCheck check;
  private final SingleSignOnMappingRecords stored;
  private final Agencies agencies;
  private final Teams teams;
  private final AuditLog audit;
  private final SingleSignOnChoiceRows chosen;
  private final SingleSignOnChoices choices;
  private final Clock clock;

  SingleSignOnMappingChanges(
      AccessPolicy policy,
      SingleSignOnMappingCheck check,
      SingleSignOnMappingRecords stored,
      Agencies agencies,
      Teams teams,
      AuditLog audit,
      SingleSignOnChoiceRows chosen,
      SingleSignOnChoices choices,
      Clock clock) {
    this.chosen = chosen;
    this.choices = choices;
    this.clock = clock;
    this.policy = policy;
    this.check = check;
    this.stored = stored;
    this.agencies = agencies;
    this.teams = teams;
    this.audit = audit;
  }

  @Transactional
  public UUID add(CurrentUser admin, Wanted wanted) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    refuseProblems(admin, null, wanted);
    List<SingleSignOnMappingEntity> all = inOrder(admin);
    SingleSignOnMappingEntity made =
        new SingleSignOnMappingEntity(UUID.randomUUID(), admin.partnershipId(), all.size() + 1);
    set(made, wanted);
    all.add(place(all.size(), wanted.position()), made);
    renumber(all);
    stored.save(made);
    audit.record(
        admin,
        AuditAction.SINGLE_SIGN_ON_MAPPING_ADDED,
        null,
        RecordRef.of("SINGLE_SIGN_ON_MAPPING", made.id()),
        null,
        "mapping " + made.sortOrder() + ": " + describe(made));
    return made.id();
  }

  @Transactional
  public void change(CurrentUser admin, UUID id, Wanted wanted) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    List<SingleSignOnMappingEntity> all = inOrder(admin);
    SingleSignOnMappingEntity mapping = find(all, id);
    refuseProblems(admin, id, wanted);
    int before = mapping.sortOrder();
    String was = describe(mapping);
    set(mapping, wanted);
    all.remove(mapping);
    all.add(place(all.size(), wanted.position()), mapping);
    renumber(all);
    String now = describe(mapping);
    List<String> changes = new ArrayList<>();
    if (!was.equals(now)) {
      changes.add(was + " → " + now);
    }
    if (before != mapping.sortOrder()) {
      changes.add("position: " + before + " → " + mapping.sortOrder());
    }
    if (changes.isEmpty()) {
      return;
    }
    audit.record(
        admin,
        AuditAction.SINGLE_SIGN_ON_MAPPING_CHANGED,
        null,
        RecordRef.of("SINGLE_SIGN_ON_MAPPING", id),
        null,
        String.join("; ", changes));
  }

  @Transactional
  public void remove(CurrentUser admin, UUID id) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    List<SingleSignOnMappingEntity> all = inOrder(admin);
    SingleSignOnMappingEntity mapping = find(all, id);
    String was = "mapping " + mapping.sortOrder() + ": " + describe(mapping);
    all.remove(mapping);
    stored.delete(mapping);
    renumber(all);
    audit.record(
        admin,
        AuditAction.SINGLE_SIGN_ON_MAPPING_REMOVED,
        null,
        RecordRef.of("SINGLE_SIGN_ON_MAPPING", id),
        null,
        was + " → removed");
  }

  /**
   * The partnership's choice of whether single sign-on makes accounts at a person's first sign-on
   * from the mapping that matches them, or they must be added beforehand: saved and audited from
   * what to what (nothing when it does not change). It holds from the next sign-on, which reads it
   * from the database. Until a partnership chooses, it follows the configuration.
   */
  @Transactional
  public void chooseAccounts(CurrentUser admin, AccountCreation accounts) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    UUID partnershipId = admin.partnershipId();
    AccountCreation was =
        chosen
            .lockAccounts(partnershipId)
            .map(AccountCreation::valueOf)
            .orElse(choices.configured());
    if (was == accounts) {
      return;
    }
    chosen.choose(partnershipId, accounts.name(), clock.instant());
    audit.record(
        admin,
        AuditAction.SINGLE_SIGN_ON_ACCOUNTS_CHANGED,
        null,
        RecordRef.of("PARTNERSHIP", partnershipId),
        null,
        "accounts: " + words(was) + " → " + words(accounts));
  }

  private static String words(AccountCreation accounts) {
    return switch (accounts) {
      case EXISTING -> "added by an administrator beforehand (EXISTING)";
      case CREATE -> "made at first sign-on by the mapping (CREATE)";
    };
  }

  /**
   * What would stop this mapping being saved (empty when nothing would), so that a form refused for
   * another reason still says everything by its field at once. Nothing is saved.
   */
  @Transactional(readOnly = true)
  public List<SingleSignOnProblem> problemsOf(
      CurrentUser admin, @Nullable UUID changing, Wanted wanted) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    return problems(admin, changing, wanted);
  }

  private void refuseProblems(CurrentUser admin, @Nullable UUID changing, Wanted wanted) {
    List<SingleSignOnProblem> problems = problems(admin, changing, wanted);
    if (!problems.isEmpty()) {
      throw new SingleSignOnMappingRefused(problems);
    }
  }

  private List<SingleSignOnProblem> problems(
      CurrentUser admin, @Nullable UUID changing, Wanted wanted) {
    return check.problemsOf(
        admin.partnershipId(),
        changing,
        wanted.claim(),
        wanted.value(),
        wanted.role(),
        wanted.agencyId(),
        wanted.teamId());
  }

  private List<SingleSignOnMappingEntity> inOrder(CurrentUser admin) {
    return new ArrayList<>(stored.findByPartnershipIdOrderBySortOrder(admin.partnershipId()));
  }

  private static SingleSignOnMappingEntity find(List<SingleSignOnMappingEntity> all, UUID id) {
    return all.stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("single sign-on mapping", id));
  }

  private static void set(SingleSignOnMappingEntity mapping, Wanted wanted) {
    mapping.set(
        Objects.requireNonNull(wanted.claim()).strip(),
        Objects.requireNonNull(wanted.value()).strip(),
        Objects.requireNonNull(wanted.role()),
        Objects.requireNonNull(wanted.agencyId()),
        wanted.teamId());
  }

  /** Where in a list of {@code size} others a mapping asked to be at {@code position} goes. */
  private static int place(int size, @Nullable Integer position) {
    if (position == null || position > size) {
      return size;
    }
    return Math.max(0, position - 1);
  }

  private static void renumber(List<SingleSignOnMappingEntity> all) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).sortOrder() != i + 1) {
        all.get(i).placeAt(i + 1);
      }
    }
  }

  /** How the audit log names a mapping: claim = value → role, agency, team (by their names). */
  private String describe(SingleSignOnMappingEntity m) {
    String agency = agencies.findById(m.agencyId()).map(a -> a.name()).orElse("?");
    UUID teamId = m.teamId();
    String team = teamId == null ? null : teams.findById(teamId).map(TeamEntity::name).orElse("?");
    return m.claim()
        + " = "
        + m.claimValue()
        + " → role "
        + m.role()
        + ", agency "
        + agency
        + (team == null ? "" : ", team " + team);
  }
}
