package org.lantern.scrutiny;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scrutiny committee's work programme, as its officer keeps it: the committee and who sits on
 * it (members, named officers), its meetings, and its items. Every change to an item is kept in the
 * item's history, field by field. Placing a recurring item on a meeting suggests its next
 * occurrence, due that many months later.
 */
@Service
public class WorkProgramme {

  /** Who a person is to a committee. */
  public enum Seat {
    MEMBER,
    OFFICER
  }

  private final JdbcClient jdbc;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  WorkProgramme(JdbcClient jdbc, AccessPolicy policy, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public UUID createCommittee(CurrentUser user, String name) {
    policy.requireRole(user, Permission.MANAGE_WORK_PROGRAMME);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into scrutiny_committee (id, partnership_id, name, created_at)"
                + " values (?, ?, ?, ?)")
        .params(id, user.partnershipId(), name, now())
        .update();
    written(user, "COMMITTEE", id, "committee " + name);
    return id;
  }

  /** The committee's members and named officers, replacing who sat on it before. */
  @Transactional
  public void seat(CurrentUser user, UUID committeeId, Set<UUID> members, Set<UUID> officers) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    committee(user, committeeId);
    jdbc.sql("delete from scrutiny_committee_member where committee_id = ?")
        .param(committeeId)
        .update();
    for (UUID m : members) {
      sit(committeeId, m, Seat.MEMBER);
    }
    for (UUID o : officers) {
      if (!members.contains(o)) {
        sit(committeeId, o, Seat.OFFICER);
      }
    }
    written(user, "COMMITTEE", committeeId, "members and named officers");
  }

  @Transactional
  public UUID addMeeting(
      CurrentUser user, UUID committeeId, LocalDate on, LocalTime at, String place) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    committee(user, committeeId);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into scrutiny_meeting (id, committee_id, meets_on, starts_at, place, version)"
                + " values (?, ?, ?, ?, ?, 0)")
        .params(id, committeeId, Date.valueOf(on), Time.valueOf(at), place)
        .update();
    written(user, "COMMITTEE_MEETING", id, "meeting on " + on);
    return id;
  }

  /** A new item; on a meeting, a recurring one suggests its next occurrence. */
  @Transactional
  public UUID addItem(CurrentUser user, UUID committeeId, ItemDetails item) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    committee(user, committeeId);
    check(committeeId, item);
    UUID id = UUID.randomUUID();
    insert(id, committeeId, item, null, id);
    history(user, id, List.of("added: " + item.title()));
    next(user, committeeId, id, item);
    written(user, "COMMITTEE_ITEM", id, "item added");
    return id;
  }

  /** Changes an item (at the version the person saw); each changed field goes in its history. */
  @Transactional
  public void changeItem(CurrentUser user, UUID itemId, ItemDetails item, long version) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_ITEM", itemId));
    StoredItem before = item(user, itemId);
    check(before.committeeId(), item);
    if (before.version() != version) {
      throw new ScrutinyRejectedException("title", "scrutiny.item.changedMeanwhile");
    }
    List<String> changes =
        item.changesFrom(
            before.details(),
            meetingLabel(before.details().meetingId()),
            meetingLabel(item.meetingId()));
    if (changes.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update scrutiny_item set meeting_id = ?, title = ?, details = ?, action_outcome = ?,"
                + " cabinet_member = ?, lead_officer = ?, exempt = ?, recurs_months = ?,"
                + " version = version + 1 where id = ? and version = ?")
        .params(
            item.meetingId(),
            item.title(),
            item.details(),
            item.actionOutcome(),
            item.cabinetMember(),
            item.leadOfficer(),
            item.exempt(),
            item.recursMonths(),
            itemId,
            version)
        .update();
    history(user, itemId, changes);
    if (before.details().meetingId() == null && item.meetingId() != null) {
      next(user, before.committeeId(), before.seriesId(), item);
    }
    written(user, "COMMITTEE_ITEM", itemId, "item changed");
  }

  /** An item as stored. */
  public record StoredItem(
      UUID id,
      UUID committeeId,
      UUID seriesId,
      ItemDetails details,
      @Nullable LocalDate dueOn,
      long version) {}

  /** One of the person's partnership's items, or not found (no rule on who reads: callers). */
  StoredItem item(CurrentUser user, UUID itemId) {
    return jdbc.sql(
            "select i.* from scrutiny_item i join scrutiny_committee c on c.id = i.committee_id"
                + " where i.id = ? and c.partnership_id = ?")
        .params(itemId, user.partnershipId())
        .query(WorkProgramme::stored)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("item", itemId));
  }

  static StoredItem stored(ResultSet rs, int n) throws SQLException {
    Date due = rs.getDate("due_on");
    int months = rs.getInt("recurs_months");
    Integer recurs = rs.wasNull() ? null : months;
    return new StoredItem(
        rs.getObject("id", UUID.class),
        rs.getObject("committee_id", UUID.class),
        rs.getObject("series_id", UUID.class),
        new ItemDetails(
            rs.getObject("meeting_id", UUID.class),
            rs.getString("title"),
            rs.getString("details"),
            rs.getString("action_outcome"),
            rs.getString("cabinet_member"),
            rs.getString("lead_officer"),
            rs.getBoolean("exempt"),
            recurs),
        due == null ? null : due.toLocalDate(),
        rs.getLong("version"));
  }

  /** The committee's name, if it is the person's partnership's. */
  public String committee(CurrentUser user, UUID committeeId) {
    return jdbc.sql("select name from scrutiny_committee where id = ? and partnership_id = ?")
        .params(committeeId, user.partnershipId())
        .query(String.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("committee", committeeId));
  }

  /**
   * Whether the person is a member or a named officer of one of their partnership's committees: who
   * may read the exempt part B of the period data report.
   */
  @Transactional(readOnly = true)
  public boolean sitsOnACommittee(CurrentUser user) {
    return jdbc.sql(
                "select count(*) from scrutiny_committee_member m join scrutiny_committee c"
                    + " on c.id = m.committee_id where m.user_id = ? and c.partnership_id = ?")
            .params(user.id(), user.partnershipId())
            .query(Long.class)
            .single()
        > 0;
  }

  /** Where the person sits on the committee, if they do. */
  public Optional<Seat> seatOf(CurrentUser user, UUID committeeId) {
    return jdbc.sql(
            "select kind from scrutiny_committee_member where committee_id = ? and user_id = ?")
        .params(committeeId, user.id())
        .query(String.class)
        .optional()
        .map(Seat::valueOf);
  }

  private void next(CurrentUser user, UUID committeeId, UUID seriesId, ItemDetails item) {
    if (item.recursMonths() == null || item.meetingId() == null) {
      return;
    }
    LocalDate on =
        jdbc.sql("select meets_on from scrutiny_meeting where id = ?")
            .param(item.meetingId())
            .query(Date.class)
            .single()
            .toLocalDate();
    LocalDate due = on.plusMonths(item.recursMonths());
    boolean already =
        jdbc.sql(
                    "select count(*) from scrutiny_item i left join scrutiny_meeting m"
                        + " on m.id = i.meeting_id where i.series_id = ?"
                        + " and (i.meeting_id is null or m.meets_on > ?)")
                .params(seriesId, Date.valueOf(on))
                .query(Long.class)
                .single()
            > 0;
    if (already) {
      return;
    }
    UUID id = UUID.randomUUID();
    insert(id, committeeId, item.on(null), due, seriesId);
    history(
        user, id, List.of("suggested: due " + due + " (every " + item.recursMonths() + " months)"));
  }

  private void insert(
      UUID id, UUID committeeId, ItemDetails item, @Nullable LocalDate due, UUID seriesId) {
    jdbc.sql(
            "insert into scrutiny_item (id, committee_id, meeting_id, due_on, title, details,"
                + " action_outcome, cabinet_member, lead_officer, exempt, recurs_months,"
                + " series_id, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .params(
            id,
            committeeId,
            item.meetingId(),
            due == null ? null : Date.valueOf(due),
            item.title(),
            item.details(),
            item.actionOutcome(),
            item.cabinetMember(),
            item.leadOfficer(),
            item.exempt(),
            item.recursMonths(),
            seriesId,
            now())
        .update();
  }

  private void check(UUID committeeId, ItemDetails item) {
    if (item.title().isBlank()) {
      throw new ScrutinyRejectedException("title", "scrutiny.item.title.required");
    }
    if (item.recursMonths() != null && (item.recursMonths() < 1 || item.recursMonths() > 24)) {
      throw new ScrutinyRejectedException("recursMonths", "scrutiny.item.recurs.range");
    }
    if (item.meetingId() != null
        && jdbc.sql("select count(*) from scrutiny_meeting where id = ? and committee_id = ?")
                .params(item.meetingId(), committeeId)
                .query(Long.class)
                .single()
            == 0) {
      throw new ScrutinyRejectedException("meetingId", "scrutiny.item.meeting.unknown");
    }
  }

  private @Nullable String meetingLabel(@Nullable UUID meetingId) {
    if (meetingId == null) {
      return null;
    }
    return jdbc.sql("select meets_on from scrutiny_meeting where id = ?")
        .param(meetingId)
        .query(Date.class)
        .single()
        .toLocalDate()
        .toString();
  }

  private void history(CurrentUser user, UUID itemId, List<String> changes) {
    jdbc.sql(
            "insert into scrutiny_item_change (id, item_id, changed_at, changed_by_user_id,"
                + " changed_by_name, described) values (?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            itemId,
            now(),
            user.id(),
            user.displayName(),
            String.join("\n", changes))
        .update();
  }

  private void sit(UUID committeeId, UUID userId, Seat seat) {
    jdbc.sql("insert into scrutiny_committee_member (committee_id, user_id, kind) values (?, ?, ?)")
        .params(committeeId, userId, seat.name())
        .update();
  }

  private void written(CurrentUser user, String type, UUID id, String purpose) {
    audit.record(
        user, AuditAction.MANAGE_WORK_PROGRAMME, null, RecordRef.of(type, id), "ROLE", purpose);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
