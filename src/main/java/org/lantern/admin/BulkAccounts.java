package org.lantern.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccountView;
import org.lantern.access.Accounts;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.admin.AccountAdministration.NewAccount;
import org.lantern.admin.AccountAdministration.Reach;
import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.platform.CsvTable;
import org.lantern.platform.RefusedUploadRow;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A CSV file of people to add, change or close, keyed by e-mail address (so the same file sent
 * twice changes nothing the second time). It is read first as a dry run that says, row by row, what
 * would change and what is wrong; only a file with nothing wrong is applied, and then whole, in one
 * transaction, through {@link AccountAdministration} (each change guarded, checked and audited as
 * on the page): anything refused on the way undoes all of it.
 */
@Service
public class BulkAccounts {

  /** The columns; {@code email} is the key. */
  public static final List<String> COLUMNS =
      List.of("email", "name", "username", "agency", "team", "role", "action");

  /** More rows than this is more than one file's worth: refused whole. */
  public static final int MAX_ROWS = 2000;

  /** What a row does. */
  public enum Change {
    ADD,
    CHANGE,
    CLOSE,
    NONE,
    REFUSED;

    /** Its words (each key written whole, so that MessagesTests finds it). */
    public String messageKey() {
      return switch (this) {
        case ADD -> "admin.bulk.change.ADD";
        case CHANGE -> "admin.bulk.change.CHANGE";
        case CLOSE -> "admin.bulk.change.CLOSE";
        case NONE -> "admin.bulk.change.NONE";
        case REFUSED -> "admin.bulk.change.REFUSED";
      };
    }
  }

  /** One row of the dry run: its line, e-mail, what it does (in words) and what is wrong. */
  public record Row(
      long line,
      String email,
      Change change,
      String details,
      List<String> problems,
      @Nullable Planned planned)
      implements RefusedUploadRow {

    @Override
    public String label() {
      return email;
    }
  }

  /** What an applied row does, as AccountAdministration is asked. */
  public record Planned(
      @Nullable UUID accountId, @Nullable NewAccount add, @Nullable Placement placement) {}

  /** Where a row puts someone. */
  public record Placement(UUID agencyId, @Nullable UUID teamId, Role role) {}

  /** The dry run: a problem with the file itself, or its rows. */
  public record Plan(@Nullable String fileProblem, List<Row> rows) {

    public boolean applicable() {
      return fileProblem == null && !rows.isEmpty() && refusedRows().isEmpty();
    }

    public List<Row> refusedRows() {
      return rows.stream().filter(r -> r.change() == Change.REFUSED).toList();
    }

    public long count(Change change) {
      return rows.stream().filter(r -> r.change() == change).count();
    }
  }

  /** An added person's invitation link, shown once after the file is applied. */
  public record Invited(String name, String username, Invitation invitation) {}

  /** What applying did. */
  public record Applied(long added, long changed, long closed, List<Invited> invited) {}

  private final AccessPolicy policy;
  private final AccountAdministration administration;
  private final Accounts accounts;
  private final PartnershipStructure structure;
  private final AuditLog audit;
  private final MessageSource messages;

  BulkAccounts(
      AccessPolicy policy,
      AccountAdministration administration,
      Accounts accounts,
      PartnershipStructure structure,
      AuditLog audit,
      MessageSource messages) {
    this.policy = policy;
    this.administration = administration;
    this.accounts = accounts;
    this.structure = structure;
    this.audit = audit;
    this.messages = messages;
  }

  /** The dry run: nothing is changed. */
  @Transactional(readOnly = true)
  public Plan plan(CurrentUser admin, byte[] file) {
    policy.requireRole(admin, Permission.MANAGE_ACCOUNTS);
    CsvTable table = CsvTable.read(file);
    if (!table.utf8()) {
      return fileProblem("admin.bulk.file.encoding");
    }
    CsvTable.Row header = table.header();
    if (header == null || table.rows().isEmpty()) {
      return fileProblem("admin.bulk.file.empty");
    }
    if (!header.readable()) {
      return new Plan(text(table.describe(header)), List.of());
    }
    Map<String, Integer> columnOf = new HashMap<>();
    List<String> names = table.columns();
    for (int i = 0; i < names.size(); i++) {
      columnOf.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    if (!columnOf.containsKey("email")) {
      return fileProblem("admin.bulk.file.noEmail");
    }
    if (table.rows().size() > MAX_ROWS) {
      return fileProblem("admin.bulk.file.tooMany", MAX_ROWS);
    }
    Context context = new Context(admin);
    List<Row> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      rows.add(
          r.readable()
              ? row(context, r, columnOf)
              : refused(r.line(), cell(r, columnOf, "email"), List.of(text(table.describe(r)))));
    }
    return new Plan(null, rows);
  }

  /**
   * Applies the file whole, after reading it again as a dry run: refused ({@link
   * AccountRuleBroken}, nothing changed) when any row is wrong now, or when a change is refused on
   * the way (the partnership's last administrator, say).
   */
  @Transactional
  public Applied apply(CurrentUser admin, byte[] file) {
    Plan plan = plan(admin, file);
    if (!plan.applicable()) {
      throw new AccountRuleBroken("file", "admin.bulk.notApplicable");
    }
    List<Invited> invited = new ArrayList<>();
    for (Row row : plan.rows()) {
      Planned p = row.planned();
      if (p == null) {
        continue;
      }
      switch (row.change()) {
        case ADD -> {
          NewAccount add = p.add();
          Invitation invitation = administration.invite(admin, add);
          invited.add(new Invited(add.displayName(), add.username(), invitation));
        }
        case CHANGE -> {
          Placement to = p.placement();
          administration.change(admin, p.accountId(), to.role(), to.agencyId(), to.teamId());
        }
        case CLOSE -> administration.close(admin, p.accountId());
        default -> {}
      }
    }
    Applied applied =
        new Applied(
            plan.count(Change.ADD), plan.count(Change.CHANGE), plan.count(Change.CLOSE), invited);
    audit.record(
        admin,
        AuditAction.ACCOUNTS_FILE_APPLIED,
        null,
        RecordRef.of("ACCOUNTS_FILE", UUID.randomUUID()),
        null,
        "rows: "
            + plan.rows().size()
            + "; added: "
            + applied.added()
            + "; changed: "
            + applied.changed()
            + "; closed: "
            + applied.closed()
            + "; unchanged: "
            + plan.count(Change.NONE));
    return applied;
  }

  /** What the rows are read against: the administrator's reach and the partnership's units. */
  private final class Context {
    final CurrentUser admin;
    final Reach reach;
    final List<UnitView> agencies;
    final List<UnitView> teams;
    final Set<String> emails = new HashSet<>();
    final Set<String> usernames = new HashSet<>();

    Context(CurrentUser admin) {
      this.admin = admin;
      this.reach = administration.reach(admin);
      this.agencies = structure.units(admin.partnershipId(), UnitKind.AGENCY);
      this.teams = structure.units(admin.partnershipId(), UnitKind.TEAM);
    }
  }

  private Row row(Context c, CsvTable.Row r, Map<String, Integer> columnOf) {
    String email = cell(r, columnOf, "email");
    String action = cell(r, columnOf, "action").toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    if (!AccountAdministration.emailLooksRight(email)) {
      return refused(r.line(), email, List.of(words("admin.account.email.invalid")));
    }
    if (!c.emails.add(email.toLowerCase(Locale.ROOT))) {
      return refused(r.line(), email, List.of(words("admin.bulk.row.emailTwice")));
    }
    Optional<AccountView> existing = accounts.withEmail(email);
    if (existing.isPresent()
        && !existing.get().agency().partnershipId().equals(c.admin.partnershipId())) {
      return refused(r.line(), email, List.of(words("admin.account.email.taken")));
    }
    if (existing.isPresent()
        && !c.reach.covers(existing.get().agency().id(), existing.get().role())) {
      return refused(r.line(), email, List.of(words("admin.bulk.row.notYours")));
    }
    if (action.equals("close")) {
      if (existing.isEmpty()) {
        return refused(r.line(), email, List.of(words("admin.bulk.row.noSuchAccount")));
      }
      AccountView a = existing.get();
      return a.closed()
          ? new Row(
              r.line(), email, Change.NONE, words("admin.bulk.details.closed"), List.of(), null)
          : new Row(
              r.line(),
              email,
              Change.CLOSE,
              words("admin.bulk.details.close", a.displayName()),
              List.of(),
              new Planned(a.id(), null, null));
    }
    if (!action.isEmpty() && !action.equals("add or change")) {
      return refused(r.line(), email, List.of(words("admin.bulk.row.action")));
    }
    Placement placement = placement(c, r, columnOf, problems);
    if (existing.isPresent()) {
      AccountView a = existing.get();
      if (a.closed()) {
        problems.add(words("admin.account.closed"));
      }
      if (!problems.isEmpty() || placement == null) {
        return refused(r.line(), email, problems);
      }
      UUID teamBefore = a.team() == null ? null : a.team().id();
      if (a.role() == placement.role()
          && a.agency().id().equals(placement.agencyId())
          && Objects.equals(teamBefore, placement.teamId())) {
        return new Row(
            r.line(), email, Change.NONE, words("admin.bulk.details.same"), List.of(), null);
      }
      return new Row(
          r.line(),
          email,
          Change.CHANGE,
          words(
              "admin.bulk.details.change",
              a.displayName(),
              words(placement.role().messageKey()),
              agencyName(c, placement.agencyId())),
          List.of(),
          new Planned(a.id(), null, placement));
    }
    String plainName = Texts.plain(cell(r, columnOf, "name"));
    String name = plainName == null ? "" : plainName.strip();
    String username = cell(r, columnOf, "username").toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > 200) {
      problems.add(words("admin.account.displayName.missing"));
    }
    if (username.isEmpty()
        || username.length() > 100
        || username.chars().anyMatch(Character::isWhitespace)) {
      problems.add(words("admin.account.username.invalid"));
    } else if (!c.usernames.add(username) || accounts.usernameTaken(username)) {
      problems.add(words("admin.account.username.taken"));
    }
    if (!problems.isEmpty() || placement == null) {
      return refused(r.line(), email, problems);
    }
    return new Row(
        r.line(),
        email,
        Change.ADD,
        words(
            "admin.bulk.details.add",
            name,
            words(placement.role().messageKey()),
            agencyName(c, placement.agencyId())),
        List.of(),
        new Planned(
            null,
            new NewAccount(
                name, email, username, placement.agencyId(), placement.teamId(), placement.role()),
            null));
  }

  /** The agency, team and role a row names, when they fit together; else the problems. */
  private @Nullable Placement placement(
      Context c, CsvTable.Row r, Map<String, Integer> columnOf, List<String> problems) {
    String agencyName = cell(r, columnOf, "agency");
    List<UnitView> agency =
        c.agencies.stream()
            .filter(a -> !a.closed() && a.name().equalsIgnoreCase(agencyName))
            .toList();
    if (agency.size() != 1) {
      problems.add(words("admin.bulk.row.agency"));
      return null;
    }
    UnitView a = agency.getFirst();
    String roleName = cell(r, columnOf, "role").toUpperCase(Locale.ROOT).replace(' ', '_');
    Role role = null;
    try {
      role = Role.valueOf(roleName);
    } catch (IllegalArgumentException unknown) {
      problems.add(words("admin.bulk.row.role"));
    }
    if (role != null && !role.isForPeople()) {
      problems.add(words("admin.bulk.row.role"));
      role = null;
    }
    if (role != null && !c.reach.covers(a.id(), role)) {
      problems.add(words("admin.bulk.row.notYours"));
      role = null;
    }
    if (role != null && a.agencyKind() != null && !a.agencyKind().mayHold(role)) {
      problems.add(words("admin.account.role.notForAgency"));
      role = null;
    }
    String teamName = cell(r, columnOf, "team");
    UUID teamId = null;
    if (!teamName.isEmpty()) {
      teamId =
          c.teams.stream()
              .filter(
                  t ->
                      !t.closed()
                          && a.id().equals(t.parentId())
                          && t.name().equalsIgnoreCase(teamName))
              .map(UnitView::id)
              .findFirst()
              .orElse(null);
      if (teamId == null) {
        problems.add(words("admin.account.team.otherAgency"));
      }
    }
    return role == null || !problems.isEmpty() ? null : new Placement(a.id(), teamId, role);
  }

  private static String agencyName(Context c, UUID agencyId) {
    return c.agencies.stream()
        .filter(a -> a.id().equals(agencyId))
        .map(UnitView::name)
        .findFirst()
        .orElse("");
  }

  private static String cell(CsvTable.Row r, Map<String, Integer> columnOf, String column) {
    Integer i = columnOf.get(column);
    String value = i == null ? null : r.cell(i);
    return value == null ? "" : value.strip();
  }

  private static Row refused(long line, String email, List<String> problems) {
    return new Row(line, email, Change.REFUSED, "", problems, null);
  }

  private Plan fileProblem(String key, Object... args) {
    return new Plan(words(key, args), List.of());
  }

  private String words(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  private String text(MessageSourceResolvable resolvable) {
    return messages.getMessage(resolvable, Locale.UK);
  }
}
