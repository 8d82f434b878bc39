package org.lantern.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.Accounts;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.admin.AccountAdministration.NewAccount;
import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.platform.CsvTable;
import org.lantern.platform.RefusedUploadRow;
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
    BulkAccountRows check =
        new BulkAccountRows(
            admin,
            administration.reach(admin),
            structure.units(admin.partnershipId(), UnitKind.AGENCY),
            structure.units(admin.partnershipId(), UnitKind.TEAM),
            accounts,
            messages);
    List<Row> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      rows.add(
          r.readable()
              ? check.row(r, columnOf)
              : BulkAccountRows.refused(
                  r.line(),
                  BulkAccountRows.cell(r, columnOf, "email"),
                  List.of(text(table.describe(r)))));
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
