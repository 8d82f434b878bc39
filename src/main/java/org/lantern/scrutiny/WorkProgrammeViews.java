package org.lantern.scrutiny;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work programme pages show. The committee's officer (who keeps the programme) sees every
 * committee of the partnership; a councillor, only the committees they sit on. Exempt items are
 * shown only to the committee's members and named officers, whoever else asks.
 */
@Service
public class WorkProgrammeViews {

  private final JdbcClient jdbc;
  private final WorkProgramme programme;
  private final AccessPolicy policy;
  private final AuditLog audit;

  WorkProgrammeViews(
      JdbcClient jdbc, WorkProgramme programme, AccessPolicy policy, AuditLog audit) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.policy = policy;
    this.audit = audit;
  }

  public record CommitteeLink(UUID id, String name) {}

  public record Meeting(UUID id, LocalDate on, LocalTime at, String place) {}

  public record MeetingItems(Meeting meeting, List<WorkProgramme.StoredItem> items) {}

  /** A committee's programme as this person may see it. */
  public record Programme(
      UUID committeeId,
      String name,
      List<MeetingItems> meetings,
      List<WorkProgramme.StoredItem> suggested,
      boolean seesExempt,
      boolean mayManage) {}

  public record Change(Instant at, String by, List<String> lines) {}

  /** An item with its history, newest change first. */
  public record ItemHistory(
      WorkProgramme.StoredItem item, String committee, List<Change> changes) {}

  /** The committees this person may open. */
  @Transactional(readOnly = true)
  public List<CommitteeLink> committees(CurrentUser user) {
    if (policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)) {
      return jdbc.sql(
              "select id, name from scrutiny_committee where partnership_id = ? order by name")
          .param(user.partnershipId())
          .query((rs, n) -> new CommitteeLink(rs.getObject("id", UUID.class), rs.getString("name")))
          .list();
    }
    policy.requireRole(user, Permission.READ_COMMITTEE_PAPERS);
    return jdbc.sql(
            "select c.id, c.name from scrutiny_committee c join scrutiny_committee_member m"
                + " on m.committee_id = c.id where c.partnership_id = ? and m.user_id = ?"
                + " order by c.name")
        .params(user.partnershipId(), user.id())
        .query((rs, n) -> new CommitteeLink(rs.getObject("id", UUID.class), rs.getString("name")))
        .list();
  }

  /** The committee's meetings (each with its items) and suggested items. */
  @Transactional
  public Programme programme(CurrentUser user, UUID committeeId) {
    boolean manages = mayRead(user, committeeId);
    String name = programme.committee(user, committeeId);
    boolean seesExempt = programme.seatOf(user, committeeId).isPresent();
    Map<UUID, MeetingItems> meetings = new LinkedHashMap<>();
    for (Meeting m : meetings(committeeId)) {
      meetings.put(m.id(), new MeetingItems(m, new ArrayList<>()));
    }
    List<WorkProgramme.StoredItem> suggested = new ArrayList<>();
    for (WorkProgramme.StoredItem i :
        jdbc.sql(
                "select * from scrutiny_item where committee_id = ?"
                    + " order by due_on nulls last, created_at")
            .param(committeeId)
            .query(WorkProgramme::stored)
            .list()) {
      if (i.details().exempt() && !seesExempt) {
        continue;
      }
      if (i.details().meetingId() == null) {
        suggested.add(i);
      } else {
        meetings.get(i.details().meetingId()).items().add(i);
      }
    }
    audit.record(
        user,
        AuditAction.READ_COMMITTEE_PAPERS,
        null,
        RecordRef.of("COMMITTEE", committeeId),
        manages ? "ROLE" : "COMMITTEE_SEAT",
        "work programme");
    return new Programme(
        committeeId, name, List.copyOf(meetings.values()), suggested, seesExempt, manages);
  }

  /** One item and its history; an exempt item is not found for those who may not see it. */
  @Transactional
  public ItemHistory item(CurrentUser user, UUID itemId) {
    if (!policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)) {
      policy.requireRole(
          user, Permission.READ_COMMITTEE_PAPERS, RecordRef.of("COMMITTEE_ITEM", itemId));
    }
    WorkProgramme.StoredItem item = programme.item(user, itemId);
    mayRead(user, item.committeeId());
    boolean seesExempt = programme.seatOf(user, item.committeeId()).isPresent();
    policy.requireRole(
        user,
        policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)
            ? Permission.MANAGE_WORK_PROGRAMME
            : Permission.READ_COMMITTEE_PAPERS,
        RecordRef.of("COMMITTEE_ITEM", itemId),
        RecordRule.hidden(!item.details().exempt() || seesExempt, "EXEMPT_ITEM"));
    List<Change> changes =
        jdbc.sql(
                "select changed_at, changed_by_name, described from scrutiny_item_change"
                    + " where item_id = ? order by changed_at desc, id")
            .param(itemId)
            .query(
                (rs, n) ->
                    new Change(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by_name"),
                        List.of(rs.getString("described").split("\n"))))
            .list();
    audit.record(
        user,
        AuditAction.READ_COMMITTEE_PAPERS,
        null,
        RecordRef.of("COMMITTEE_ITEM", itemId),
        "ROLE",
        "work programme item");
    return new ItemHistory(item, programme.committee(user, item.committeeId()), changes);
  }

  /** Who sits on the committee: user id to seat. */
  @Transactional(readOnly = true)
  public Map<UUID, WorkProgramme.Seat> seats(UUID committeeId) {
    Map<UUID, WorkProgramme.Seat> seats = new LinkedHashMap<>();
    jdbc.sql("select user_id, kind from scrutiny_committee_member where committee_id = ?")
        .param(committeeId)
        .query(
            rs -> {
              seats.put(
                  rs.getObject("user_id", UUID.class),
                  WorkProgramme.Seat.valueOf(rs.getString("kind")));
            });
    return seats;
  }

  /** The committee's meetings, earliest first. */
  @Transactional(readOnly = true)
  public List<Meeting> meetings(UUID committeeId) {
    return jdbc.sql(
            "select id, meets_on, starts_at, place from scrutiny_meeting where committee_id = ?"
                + " order by meets_on, starts_at")
        .param(committeeId)
        .query(
            (rs, n) ->
                new Meeting(
                    rs.getObject("id", UUID.class),
                    rs.getObject("meets_on", Date.class).toLocalDate(),
                    rs.getTime("starts_at").toLocalTime(),
                    rs.getString("place")))
        .list();
  }

  /** A meeting of the person's partnership, with its committee. */
  @Transactional(readOnly = true)
  public Optional<Map.Entry<UUID, Meeting>> meeting(CurrentUser user, UUID meetingId) {
    return jdbc.sql(
            "select m.*, c.id as cid from scrutiny_meeting m join scrutiny_committee c"
                + " on c.id = m.committee_id where m.id = ? and c.partnership_id = ?")
        .params(meetingId, user.partnershipId())
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getObject("cid", UUID.class),
                    new Meeting(
                        meetingId,
                        rs.getObject("meets_on", Date.class).toLocalDate(),
                        rs.getTime("starts_at").toLocalTime(),
                        rs.getString("place"))))
        .optional();
  }

  /**
   * Guards reading a committee's papers: the officer who keeps them, or a member or named officer
   * (anyone else is told it is not found). Whether the person manages the programme.
   */
  boolean mayRead(CurrentUser user, UUID committeeId) {
    if (policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)) {
      programme.committee(user, committeeId);
      return true;
    }
    policy.requireRole(
        user,
        Permission.READ_COMMITTEE_PAPERS,
        RecordRef.of("COMMITTEE", committeeId),
        RecordRule.hidden(programme.seatOf(user, committeeId).isPresent(), "NOT_ON_COMMITTEE"));
    programme.committee(user, committeeId);
    return false;
  }
}
