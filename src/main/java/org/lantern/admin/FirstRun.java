package org.lantern.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.UsernameTakenException;
import org.lantern.admin.AccountInvitations.Invitation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run of an empty install: Lantern started on a database with no partnership asks, once,
 * for the partnership's name, its council and a first administrator, and then never again. There is
 * no default password anywhere: the administrator is given an invitation link, as every other
 * person is, and chooses their own.
 *
 * <p>Who may do it: whoever holds the set-up code this copy of Lantern wrote to its own log when it
 * started (so only someone who can read the server's log, not anyone who reaches the page first),
 * or the configuration ({@code lantern.admin.first-run.*}) read at start. The first run is done in
 * one transaction with its row in {@code first_run}, whose single key makes a second attempt at the
 * same moment fail; once a partnership exists the page answers "not found".
 */
@Service
public class FirstRun {

  /** How the first run was done, kept in {@code first_run.done_by}. */
  public enum Means {
    PAGE,
    CONFIGURATION
  }

  /** What the first run asks for. */
  public record Details(
      String partnershipName,
      String councilName,
      String administratorName,
      String administratorEmail,
      String administratorUsername) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Directory directory;
  private final AccountInvitations invitations;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicReference<@Nullable String> setUpCode = new AtomicReference<>();

  FirstRun(
      Directory directory,
      AccountInvitations invitations,
      AuditLog audit,
      JdbcClient jdbc,
      Clock clock) {
    this.directory = directory;
    this.invitations = invitations;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether this install still waits for its first run: no partnership, no first run recorded. */
  @Transactional(readOnly = true)
  public boolean waiting() {
    return !directory.hasAnyPartnership()
        && jdbc.sql("select count(*) from first_run").query(Long.class).single() == 0;
  }

  /**
   * A new set-up code for this copy of Lantern, replacing any earlier one; the caller writes it to
   * the log. Only its hash is kept.
   */
  public String newSetUpCode() {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    String code = HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
    setUpCode.set(hash(code));
    return code;
  }

  /** Whether the code is the one this copy wrote to its log (case and spaces aside). */
  public boolean codeMatches(String given) {
    String expected = setUpCode.get();
    String normalised = given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return expected != null
        && !normalised.isEmpty()
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            hash(normalised).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Makes the partnership, its council (the first agency, in a local authority of that name) and
   * the first partnership administrator, with no password, and returns their invitation link.
   * Refused ({@link AccountRuleBroken}, nothing saved) once any partnership exists or another first
   * run got there first, and for a username Lantern does not accept.
   */
  @Transactional
  public Invitation establish(Details d, Means means) {
    if (!waiting()) {
      throw new AccountRuleBroken("partnershipName", "admin.firstRun.done");
    }
    UUID partnership = directory.createPartnership(d.partnershipName().strip());
    try {
      jdbc.sql(
              "insert into first_run (id, partnership_id, done_at, done_by)"
                  + " values (1, :partnership, :at, :by)")
          .param("partnership", partnership)
          .param("at", Timestamp.from(clock.instant()))
          .param("by", means.name())
          .update();
    } catch (DataIntegrityViolationException raced) {
      throw new AccountRuleBroken("partnershipName", "admin.firstRun.done");
    }
    directory.createLocalAuthority(partnership, d.councilName().strip());
    UUID council =
        directory.createAgency(partnership, d.councilName().strip(), AgencyKind.COUNCIL, null);
    UUID adminId;
    try {
      adminId =
          directory.createUser(
              new NewUser(
                  d.administratorUsername(),
                  d.administratorName().strip(),
                  d.administratorEmail().strip(),
                  null,
                  Role.PARTNERSHIP_ADMIN,
                  council,
                  null));
    } catch (UsernameTakenException | IllegalArgumentException e) {
      throw new AccountRuleBroken("administratorUsername", "admin.account.username.invalid");
    }
    CurrentUser admin =
        new CurrentUser(
            adminId,
            d.administratorUsername().strip().toLowerCase(Locale.ROOT),
            d.administratorName().strip(),
            Role.PARTNERSHIP_ADMIN,
            council,
            d.councilName().strip(),
            partnership,
            null);
    audit.record(
        admin,
        AuditAction.FIRST_RUN,
        null,
        RecordRef.of("PARTNERSHIP", partnership),
        means.name(),
        "partnership: "
            + d.partnershipName().strip()
            + "; council: "
            + d.councilName().strip()
            + "; first administrator: "
            + d.administratorName().strip()
            + " <"
            + d.administratorEmail().strip()
            + ">");
    setUpCode.set(null);
    return invitations.issue(admin, adminId);
  }

  private static String hash(String code) {
    return AccountInvitations.hash(code);
  }
}
