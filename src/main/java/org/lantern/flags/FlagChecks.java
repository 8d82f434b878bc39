package org.lantern.flags;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyKind;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.NhsNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check from unscheduled care (an A&E or urgent care clinician, GP out of hours, sexual health,
 * or their clinical system): the minimal answer ({@link CheckAnswer}), audited with purpose {@value
 * #PURPOSE}, the check kept on the child's file, and whoever holds the child told ({@link
 * FlagsChecked}) — those three written in one transaction, shared with the other checks waiting
 * ({@link CheckCommits}), and committed before the answer is returned. No relationship or
 * break-glass is needed for it.
 */
@Service
public class FlagChecks {

  public static final String PURPOSE = "unscheduled care";

  /** The audited reason a check from an agency that is not health is refused. */
  public static final String NOT_HEALTH = "NOT_A_HEALTH_AGENCY";

  /** How the check came: the web page or a clinical system through FHIR. */
  public enum Channel {
    WEB,
    FHIR
  }

  private final Children children;
  private final ChildFlags flags;
  private final ResponsibleTeams responsible;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final FlagSettings settings;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Directory directory;
  private final CheckCommits commits;
  private final CheckRows checkRows;
  private final TransactionTemplate readOnly;

  FlagChecks(
      CheckCommits commits,
      CheckRows checkRows,
      PlatformTransactionManager transactions,
      Directory directory,
      Children children,
      ChildFlags flags,
      ResponsibleTeams responsible,
      AccessPolicy policy,
      AuditLog audit,
      FlagSettings settings,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      Clock clock) {
    this.commits = commits;
    this.checkRows = checkRows;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.directory = directory;
    this.children = children;
    this.flags = flags;
    this.responsible = responsible;
    this.policy = policy;
    this.audit = audit;
    this.settings = settings;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Checks the child with this NHS number (known to the partnership or not). Two records that share
   * the number (not yet joined) are answered as a name and date of birth that several children
   * share ({@link #byNameAndBirth}): never "nothing recorded" when one of them has flags.
   */
  public CheckAnswer byNhsNumber(
      CurrentUser user, Channel channel, String setting, NhsNumber nhsNumber) {
    return check(
        user,
        channel,
        setting,
        () -> children.summariesWithNhsNumber(user.partnershipId(), nhsNumber));
  }

  /**
   * Checks the children with exactly this name and date of birth. One is answered as by NHS number;
   * several, when one of them or more has flags, answer only that these details are not enough and
   * whom to call ({@link CheckAnswer#several}), naming no child and no flag; several with none, or
   * none at all, answer "nothing recorded", so that a check does not tell who is known. Every child
   * matched is audited and told, since any of them may be the one in front of the clinician.
   */
  public CheckAnswer byNameAndBirth(
      CurrentUser user,
      Channel channel,
      String setting,
      String givenName,
      String familyName,
      LocalDate dateOfBirth) {
    return check(
        user,
        channel,
        setting,
        () ->
            children
                .withNameAndBirth(user.partnershipId(), givenName, familyName, dateOfBirth)
                .stream()
                .map(children::summary)
                .toList());
  }

  /** Checks a child already found (a flag asked for by id), or nobody when none was. */
  public CheckAnswer of(CurrentUser user, Channel channel, String setting, Optional<UUID> child) {
    return check(user, channel, setting, () -> child.stream().map(children::summary).toList());
  }

  /**
   * Only health checks flags: the role must allow it and the person's or system's agency must be of
   * a kind that may ({@link FlagSettings#checkingAgencies}); a refusal is audited either way.
   */
  private void requireHealth(CurrentUser user, String setting) {
    AgencyKind kind = agencyKind(user.agencyId());
    policy.requireRole(
        user,
        Permission.CHECK_FLAGS,
        record(setting),
        RecordRule.of(settings.mayCheck(kind), NOT_HEALTH));
  }

  /** An agency's kind as read, and until when it is believed. */
  private record HeldKind(@Nullable AgencyKind kind, Instant until) {}

  /** How long an agency's kind is believed once read. */
  static final Duration HOLD = Duration.ofSeconds(10);

  private final ConcurrentHashMap<UUID, HeldKind> kinds = new ConcurrentHashMap<>();

  /**
   * The kind of the checking agency, read on every check: believed for {@link #HOLD} (10 seconds)
   * once read on this copy, since an agency's kind is set when it is added and almost never
   * changes; a change reaches the checks within 10 seconds.
   */
  private @Nullable AgencyKind agencyKind(UUID agencyId) {
    Instant now = clock.instant();
    HeldKind known = kinds.get(agencyId);
    if (known != null && now.isBefore(known.until()) && !now.isBefore(known.until().minus(HOLD))) {
      return known.kind();
    }
    AgencyKind kind = directory.agency(agencyId).map(AgencyView::kind).orElse(null);
    if (kinds.size() >= 10_000) {
      kinds.clear();
    }
    kinds.put(agencyId, new HeldKind(kind, now.plus(HOLD)));
    return kind;
  }

  private static RecordRef record(String setting) {
    String where = setting.strip();
    return new RecordRef(
        "UNSCHEDULED_CARE", where.length() > 100 ? where.substring(0, 100) : where);
  }

  /**
   * A check in two steps: who may check, and what it answers, are read in one read-only transaction
   * (a refusal is audited in its own); what it writes (the audit row of each child matched, or of
   * nobody; the check row; the notice) is handed to {@link CheckCommits}, which commits it with the
   * other checks waiting and returns only once it is durably committed. The answer is returned only
   * after that, so it never exists without its audit row; a failed commit fails the check.
   */
  private CheckAnswer check(
      CurrentUser user, Channel channel, String setting, Supplier<List<ChildSummary>> finder) {
    Checked checked =
        readOnly.execute(
            tx -> {
              requireHealth(user, setting);
              return read(user, channel, setting, finder.get());
            });
    commits.commit(
        Objects.requireNonNull(checked).children(),
        () -> {
          for (Runnable w : Objects.requireNonNull(checked).writes()) {
            w.run();
          }
        });
    return checked.answer();
  }

  /** What a check answers, and what it must write before it may answer. */
  private record Checked(CheckAnswer answer, List<UUID> children, List<Runnable> writes) {}

  private Checked read(
      CurrentUser user, Channel channel, String setting, List<ChildSummary> found) {
    if (found.isEmpty()) {
      return new Checked(
          CheckAnswer.NOTHING_RECORDED,
          List.of(),
          List.of(
              () ->
                  audit.record(
                      user, AuditAction.CHECK_FLAGS, null, record(setting), null, PURPOSE)));
    }
    List<Runnable> writes = new ArrayList<>();
    List<CheckAnswer> answers =
        found.stream().map(id -> readOne(user, channel, setting, id, writes)).toList();
    List<UUID> children = found.stream().map(ChildSummary::id).toList();
    if (answers.size() == 1) {
      return new Checked(answers.getFirst(), children, writes);
    }
    if (answers.stream().allMatch(CheckAnswer::nothingRecorded)) {
      return new Checked(CheckAnswer.NOTHING_RECORDED, children, writes);
    }
    return new Checked(
        CheckAnswer.several(responsible.frontDoor(user.partnershipId())), children, writes);
  }

  /**
   * One child's answer, read; its writes added to {@code writes}. The access policy is asked here
   * first, so that a refusal (audited in its own transaction) fails the check before anything is
   * read; the allowed decision is recorded by {@code require} in the writes' transaction, as the
   * check's audit row. The child is the record already read: it is handed to every module's flag
   * facts and to the responsible team, never read again. A child with no flags answers "nothing
   * recorded" without reading whom to call or the last checks, which that answer does not show.
   */
  private CheckAnswer readOne(
      CurrentUser user,
      Channel channel,
      String setting,
      ChildSummary child,
      List<Runnable> writes) {
    String where = setting.strip();
    if (!policy.decide(user, Permission.CHECK_FLAGS, child.ref()).allowed()) {
      policy.require(user, Permission.CHECK_FLAGS, child.ref(), record(setting), PURPOSE);
    }
    Instant now = clock.instant();
    writes.add(
        () -> {
          policy.require(user, Permission.CHECK_FLAGS, child.ref(), record(setting), PURPOSE);
          checkRows.add(
              new Object[] {
                UUID.randomUUID(),
                child.partnershipId(),
                child.id(),
                where,
                channel.name(),
                user.id(),
                user.displayName(),
                user.agencyName(),
                Timestamp.from(now)
              });
          events.publishEvent(new FlagsChecked(child.partnershipId(), child.id(), where, now));
        });
    FlagSubject subject = flags.subject(child);
    List<Flag> shown = flags.of(subject);
    if (shown.isEmpty()) {
      return CheckAnswer.NOTHING_RECORDED;
    }
    return CheckAnswer.of(
        child.id(), shown, responsible.of(subject), lastChecks(child.id(), settings.lastChecks()));
  }

  /** The NHS number of a child a check found (to name the flags it answered), if recorded. */
  @Transactional(readOnly = true)
  public @Nullable String nhsNumber(UUID childId) {
    return children.summary(childId).nhsNumber();
  }

  /** The child's latest checks from unscheduled care, newest first. */
  @Transactional(readOnly = true)
  public List<CheckAnswer.PastCheck> lastChecks(UUID childId, int most) {
    return jdbc.query(
        "select setting, checked_at from flag_check where child_id = ?"
            + " order by checked_at desc fetch first "
            + most
            + " rows only",
        (rs, row) -> new CheckAnswer.PastCheck(rs.getString(1), rs.getTimestamp(2).toInstant()),
        childId);
  }

  /** Every check of the child, newest first, as the child's file lists them. */
  @Transactional(readOnly = true)
  public List<FileCheck> all(UUID childId) {
    return jdbc.query(
        "select setting, channel, checked_by_name, agency_name, checked_at from flag_check"
            + " where child_id = ? order by checked_at desc",
        (rs, row) ->
            new FileCheck(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant()),
        childId);
  }

  /** A check as the child's file lists it: where from, how, who, when. */
  public record FileCheck(
      String setting, String channel, String checkedBy, String agency, Instant at) {}
}
