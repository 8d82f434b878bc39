package org.lantern.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccountView;
import org.lantern.access.Accounts;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.access.UnitView;
import org.lantern.admin.AccountAdministration.NewAccount;
import org.lantern.admin.AccountAdministration.Reach;
import org.lantern.admin.BulkAccounts.Change;
import org.lantern.admin.BulkAccounts.Placement;
import org.lantern.admin.BulkAccounts.Planned;
import org.lantern.admin.BulkAccounts.Row;
import org.lantern.platform.CsvTable;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;

/**
 * The dry run's checks of one file's rows, in order ({@link BulkAccounts} reads the file and
 * applies it): each row's e-mail (well formed, once in the file, not another partnership's, within
 * the administrator's reach), its action, and the agency, team and role it names (they fit
 * together, and the agency's kind may hold the role); for an added person, the name and a username
 * not taken (nor earlier in the file). One instance per file: it remembers the e-mails and
 * usernames met so far.
 */
final class BulkAccountRows {

  private final CurrentUser admin;
  private final Reach reach;
  private final List<UnitView> agencies;
  private final List<UnitView> teams;
  private final Accounts accounts;
  private final MessageSource messages;
  private final Set<String> emails = new HashSet<>();
  private final Set<String> usernames = new HashSet<>();

  BulkAccountRows(
      CurrentUser admin,
      Reach reach,
      List<UnitView> agencies,
      List<UnitView> teams,
      Accounts accounts,
      MessageSource messages) {
    this.admin = admin;
    this.reach = reach;
    this.agencies = agencies;
    this.teams = teams;
    this.accounts = accounts;
    this.messages = messages;
  }

  /** What the row would do, or what is wrong with it. */
  Row row(CsvTable.Row r, Map<String, Integer> columnOf) {
    String email = cell(r, columnOf, "email");
    String action = cell(r, columnOf, "action").toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    if (!AccountAdministration.emailLooksRight(email)) {
      return refused(r.line(), email, List.of(words("admin.account.email.invalid")));
    }
    if (!emails.add(email.toLowerCase(Locale.ROOT))) {
      return refused(r.line(), email, List.of(words("admin.bulk.row.emailTwice")));
    }
    Optional<AccountView> existing = accounts.withEmail(email);
    if (existing.isPresent()
        && !existing.get().agency().partnershipId().equals(admin.partnershipId())) {
      return refused(r.line(), email, List.of(words("admin.account.email.taken")));
    }
    if (existing.isPresent()
        && !reach.covers(existing.get().agency().id(), existing.get().role())) {
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
    Placement placement = placement(r, columnOf, problems);
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
              agencyName(placement.agencyId())),
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
    } else if (!usernames.add(username) || accounts.usernameTaken(username)) {
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
            agencyName(placement.agencyId())),
        List.of(),
        new Planned(
            null,
            new NewAccount(
                name, email, username, placement.agencyId(), placement.teamId(), placement.role()),
            null));
  }

  /** The agency, team and role a row names, when they fit together; else the problems. */
  private @Nullable Placement placement(
      CsvTable.Row r, Map<String, Integer> columnOf, List<String> problems) {
    String agencyName = cell(r, columnOf, "agency");
    List<UnitView> agency =
        agencies.stream()
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
    if (role != null && !reach.covers(a.id(), role)) {
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
          teams.stream()
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

  private String agencyName(UUID agencyId) {
    return agencies.stream()
        .filter(a -> a.id().equals(agencyId))
        .map(UnitView::name)
        .findFirst()
        .orElse("");
  }

  static String cell(CsvTable.Row r, Map<String, Integer> columnOf, String column) {
    Integer i = columnOf.get(column);
    String value = i == null ? null : r.cell(i);
    return value == null ? "" : value.strip();
  }

  static Row refused(long line, String email, List<String> problems) {
    return new Row(line, email, Change.REFUSED, "", problems, null);
  }

  private String words(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
