package org.lantern.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The child_placement table: reads by child and day, inserts and the end of a placement. */
@Component
class PlacementRows {

  private static final String COLUMNS =
      """
      id, child_id, placement_type, responsibility, authority_name, authority_team, contact_name,
      contact_email, office_hours_phone, out_of_hours_phone, inform_whom, started_on, ended_on
      """;

  private final JdbcTemplate jdbc;

  PlacementRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A child's placements, newest first. */
  List<ChildPlacement> history(UUID childId) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from child_placement where child_id = ? order by started_on desc, recorded_at desc",
        (rs, i) -> placement(rs),
        childId);
  }

  /** The placement current on {@code day} of each child that has one. */
  Map<UUID, ChildPlacement> currentOn(Collection<UUID> childIds, LocalDate day) {
    Map<UUID, ChildPlacement> found = new HashMap<>();
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(childIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      List<Object> args = new ArrayList<>(chunk);
      args.add(Date.valueOf(day));
      args.add(Date.valueOf(day));
      jdbc.query(
          "select "
              + COLUMNS
              + " from child_placement where child_id in ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ") and started_on <= ? and (ended_on is null or ended_on > ?)",
          rs -> {
            ChildPlacement p = placement(rs);
            found.put(p.childId(), p);
          },
          args.toArray());
    }
    return found;
  }

  /** Children of a partnership in each type of placement on {@code day}, by responsibility. */
  List<PlacementCount> countOn(UUID partnershipId, LocalDate day) {
    Map<PlacementType, int[]> counts = new EnumMap<>(PlacementType.class);
    jdbc.query(
        """
        select p.placement_type, p.responsibility, count(*)
        from child_placement p join child c on c.id = p.child_id
        where c.partnership_id = ? and c.merged_into is null
          and p.started_on <= ? and (p.ended_on is null or p.ended_on > ?)
        group by p.placement_type, p.responsibility
        """,
        rs -> {
          int[] c = counts.computeIfAbsent(PlacementType.valueOf(rs.getString(1)), t -> new int[3]);
          c[Responsibility.valueOf(rs.getString(2)).ordinal()] += rs.getInt(3);
        },
        partnershipId,
        Date.valueOf(day),
        Date.valueOf(day));
    List<PlacementCount> result = new ArrayList<>();
    for (PlacementType t : PlacementType.values()) {
      int[] c = counts.getOrDefault(t, new int[3]);
      result.add(new PlacementCount(t, c[0] + c[1] + c[2], c[1], c[2]));
    }
    return result;
  }

  void insert(UUID id, UUID childId, NewPlacement p, @Nullable UUID by, Instant at) {
    OtherAuthority a = p.authority();
    jdbc.update(
        """
        insert into child_placement (id, child_id, placement_type, responsibility, authority_name,
          authority_team, contact_name, contact_email, office_hours_phone, out_of_hours_phone,
          inform_whom, started_on, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        childId,
        p.type().name(),
        p.responsibility().name(),
        a == null ? null : a.name(),
        a == null ? null : a.team(),
        a == null ? null : a.contactName(),
        a == null ? null : a.contactEmail(),
        a == null ? null : a.officeHoursPhone(),
        a == null ? null : a.outOfHoursPhone(),
        a == null ? null : a.informWhom(),
        Date.valueOf(p.startedOn()),
        by,
        Timestamp.from(at));
  }

  void end(UUID placementId, LocalDate endedOn) {
    jdbc.update(
        "update child_placement set ended_on = ? where id = ? and ended_on is null",
        Date.valueOf(endedOn),
        placementId);
  }

  void notice(
      UUID id,
      ChildPlacement p,
      PlacementNoticeDue.Event event,
      OtherAuthority a,
      @Nullable UUID by,
      Instant at) {
    jdbc.update(
        """
        insert into child_placement_notice (id, placement_id, child_id, event, authority_name,
          contact_name, contact_email, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        p.id(),
        p.childId(),
        event.name(),
        a.name(),
        a.contactName(),
        a.contactEmail(),
        by,
        Timestamp.from(at));
  }

  /** A notice recorded: when, which event, to whom. */
  record Notice(
      Instant at,
      PlacementNoticeDue.Event event,
      String authorityName,
      @Nullable String contactName,
      @Nullable String contactEmail) {}

  List<Notice> notices(UUID childId) {
    return jdbc.query(
        """
        select recorded_at, event, authority_name, contact_name, contact_email
        from child_placement_notice where child_id = ? order by recorded_at
        """,
        (rs, i) ->
            new Notice(
                rs.getTimestamp(1).toInstant(),
                PlacementNoticeDue.Event.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)),
        childId);
  }

  /** Locks the child's row, so two placements recorded at once are taken one after the other. */
  void lock(UUID childId) {
    jdbc.queryForList("select id from child where id = ? for update", childId);
  }

  private static ChildPlacement placement(ResultSet rs) throws SQLException {
    String authority = rs.getString("authority_name");
    Date ended = rs.getDate("ended_on");
    return new ChildPlacement(
        rs.getObject("id", UUID.class),
        rs.getObject("child_id", UUID.class),
        PlacementType.valueOf(rs.getString("placement_type")),
        Responsibility.valueOf(rs.getString("responsibility")),
        authority == null
            ? null
            : new OtherAuthority(
                authority,
                rs.getString("authority_team"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("office_hours_phone"),
                rs.getString("out_of_hours_phone"),
                rs.getString("inform_whom")),
        rs.getDate("started_on").toLocalDate(),
        ended == null ? null : ended.toLocalDate());
  }
}
