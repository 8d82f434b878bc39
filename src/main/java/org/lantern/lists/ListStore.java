package org.lantern.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildMatching;
import org.lantern.people.Postcode;
import org.lantern.people.Sex;
import org.lantern.platform.ListSearch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The lists, their rows and candidates, in SQL that PostgreSQL and H2 both run. */
@Repository
class ListStore {

  private final JdbcTemplate jdbc;

  ListStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record ListRow(
      UUID id, UUID partnershipId, ListKind kind, LocalDate listDate, Instant createdAt) {}

  record StoredRow(
      UUID id,
      UUID listId,
      int line,
      ListedChild child,
      String status,
      @Nullable UUID childId,
      @Nullable UUID decidedBy,
      @Nullable Instant decidedAt,
      long version) {}

  record StoredCandidate(
      UUID rowId,
      UUID childId,
      int rank,
      double weight,
      double probability,
      ChildMatching.Strength strength,
      String fields) {}

  /** A confirmed match: which child, from which list, when confirmed. */
  record Confirmed(UUID rowId, UUID childId, ListKind kind, LocalDate listDate, Instant at) {}

  Optional<ListRow> list(UUID partnershipId, ListKind kind, LocalDate date) {
    return jdbc
        .query(
            "select * from panel_list where partnership_id = ? and kind = ? and list_date = ?",
            ListStore::list,
            partnershipId,
            kind.name(),
            date)
        .stream()
        .findFirst();
  }

  Optional<ListRow> list(UUID partnershipId, UUID id) {
    return jdbc
        .query(
            "select * from panel_list where partnership_id = ? and id = ?",
            ListStore::list,
            partnershipId,
            id)
        .stream()
        .findFirst();
  }

  void insertList(ListRow l, UUID by) {
    jdbc.update(
        "insert into panel_list (id, partnership_id, kind, list_date, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        l.id(),
        l.partnershipId(),
        l.kind().name(),
        l.listDate(),
        by,
        Timestamp.from(l.createdAt()));
  }

  Set<String> keys(UUID listId) {
    return new HashSet<>(
        jdbc.queryForList(
            "select row_key from panel_list_row where list_id = ?", String.class, listId));
  }

  void insertRow(UUID id, UUID listId, int line, ListedChild c, String status, Instant at) {
    jdbc.update(
        """
        insert into panel_list_row (id, list_id, line_number, row_key, given_name, family_name,
          date_of_birth, birth_year, birth_month, sex, postcode, other_id, status, added_at,
          version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """,
        id,
        listId,
        line,
        c.key(),
        c.givenName(),
        c.familyName(),
        c.dateOfBirth(),
        c.birthYear(),
        c.birthMonth(),
        c.sex().name(),
        c.postcode() == null ? null : c.postcode().value(),
        c.otherId(),
        status,
        Timestamp.from(at));
  }

  void insertCandidate(StoredCandidate c) {
    jdbc.update(
        """
        insert into panel_list_candidate (row_id, child_id, rank, weight, probability, strength,
          fields)
        values (?, ?, ?, ?, ?, ?, ?)
        """,
        c.rowId(),
        c.childId(),
        c.rank(),
        c.weight(),
        c.probability(),
        c.strength().name(),
        c.fields());
  }

  /**
   * The where clause and its arguments for a list's rows with this status (any when null) whose
   * listed name holds what was typed (all when blank).
   */
  private static Object[] rowFilter(
      UUID listId, @Nullable String status, ListSearch search, StringBuilder where) {
    List<Object> args = new ArrayList<>(List.of(listId));
    where.append(" where list_id = ?");
    if (status != null) {
      where.append(" and status = ?");
      args.add(status);
    }
    if (!search.isBlank()) {
      where.append(
          " and lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) like ?"
              + " escape '\\'");
      args.add(search.likePattern());
    }
    return args.toArray();
  }

  long countRows(UUID listId, @Nullable String status, ListSearch search) {
    StringBuilder where = new StringBuilder();
    Object[] args = rowFilter(listId, status, search, where);
    Long found =
        jdbc.queryForObject("select count(*) from panel_list_row" + where, Long.class, args);
    return found == null ? 0 : found;
  }

  /** One page of a list's rows, in the list's order (LIMIT and OFFSET). */
  List<StoredRow> rows(
      UUID listId, @Nullable String status, ListSearch search, int limit, long offset) {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>(List.of(rowFilter(listId, status, search, where)));
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        "select * from panel_list_row" + where + " order by line_number, id limit ? offset ?",
        ListStore::row,
        args.toArray());
  }

  /** The candidates of these rows, best first within a row. */
  List<StoredCandidate> candidates(Collection<UUID> rowIds) {
    if (rowIds.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = List.copyOf(rowIds);
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    return jdbc.query(
        "select * from panel_list_candidate where row_id in (" + marks + ") order by row_id, rank",
        ListStore::candidate,
        ids.toArray());
  }

  Optional<StoredRow> row(UUID listId, UUID rowId) {
    return jdbc
        .query(
            "select * from panel_list_row where list_id = ? and id = ?",
            ListStore::row,
            listId,
            rowId)
        .stream()
        .findFirst();
  }

  List<StoredCandidate> candidates(UUID listId) {
    return jdbc.query(
        """
        select c.* from panel_list_candidate c join panel_list_row r on r.id = c.row_id
        where r.list_id = ? order by c.row_id, c.rank
        """,
        ListStore::candidate,
        listId);
  }

  private static StoredCandidate candidate(ResultSet rs, int n) throws SQLException {
    return new StoredCandidate(
        rs.getObject("row_id", UUID.class),
        rs.getObject("child_id", UUID.class),
        rs.getInt("rank"),
        rs.getDouble("weight"),
        rs.getDouble("probability"),
        ChildMatching.Strength.valueOf(rs.getString("strength")),
        rs.getString("fields"));
  }

  /** Row counts of each of these lists by status (a list with no rows is left out). */
  Map<UUID, Map<String, Long>> counts(Collection<UUID> listIds) {
    Map<UUID, Map<String, Long>> counts = new HashMap<>();
    if (listIds.isEmpty()) {
      return counts;
    }
    List<UUID> ids = List.copyOf(listIds);
    jdbc.query(
        "select list_id, status, count(*) from panel_list_row where list_id in ("
            + String.join(",", Collections.nCopies(ids.size(), "?"))
            + ") group by list_id, status",
        rs -> {
          counts
              .computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
              .put(rs.getString(2), rs.getLong(3));
        },
        ids.toArray());
    return counts;
  }

  /**
   * How many of the partnership's lists are of these kinds (all kinds when null): the lists page's
   * count.
   */
  long countLists(UUID partnershipId, @Nullable Collection<ListKind> kinds) {
    List<Object> args = new ArrayList<>(List.of(partnershipId));
    Long found =
        jdbc.queryForObject(
            "select count(*) from panel_list where partnership_id = ?" + kindsIn(kinds, args),
            Long.class,
            args.toArray());
    return found == null ? 0 : found;
  }

  /** One page of the partnership's lists of these kinds (all when null), in the order given. */
  List<ListRow> lists(
      UUID partnershipId,
      @Nullable Collection<ListKind> kinds,
      String order,
      int limit,
      long offset) {
    List<Object> args = new ArrayList<>(List.of(partnershipId));
    String where = kindsIn(kinds, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        "select * from panel_list where partnership_id = ?"
            + where
            + " order by "
            + order
            + " limit ? offset ?",
        ListStore::list,
        args.toArray());
  }

  private static String kindsIn(@Nullable Collection<ListKind> kinds, List<Object> args) {
    if (kinds == null) {
      return "";
    }
    if (kinds.isEmpty()) {
      return " and 1 = 0";
    }
    kinds.forEach(k -> args.add(k.name()));
    return " and kind in (" + String.join(",", Collections.nCopies(kinds.size(), "?")) + ")";
  }

  /** Decides a row if nobody has since it was read; false when someone has. */
  boolean decide(
      UUID rowId, long version, String status, @Nullable UUID childId, UUID by, Instant at) {
    return jdbc.update(
            """
            update panel_list_row set status = ?, child_id = ?, decided_by = ?, decided_at = ?,
              version = version + 1
            where id = ? and version = ?
            """,
            status,
            childId,
            by,
            Timestamp.from(at),
            rowId,
            version)
        == 1;
  }

  /** Every confirmed match of the partnership confirmed in [from, to). */
  List<Confirmed> confirmedBetween(UUID partnershipId, Instant from, Instant to) {
    return jdbc.query(
        """
        select r.id, r.child_id, l.kind, l.list_date, r.decided_at
        from panel_list_row r join panel_list l on l.id = r.list_id
        where l.partnership_id = ? and r.status = 'CONFIRMED'
          and r.decided_at >= ? and r.decided_at < ?
        order by r.decided_at
        """,
        (rs, n) ->
            new Confirmed(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                ListKind.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class),
                rs.getTimestamp(5).toInstant()),
        partnershipId,
        Timestamp.from(from),
        Timestamp.from(to));
  }

  private static ListRow list(ResultSet rs, int n) throws SQLException {
    return new ListRow(
        rs.getObject("id", UUID.class),
        rs.getObject("partnership_id", UUID.class),
        ListKind.valueOf(rs.getString("kind")),
        rs.getObject("list_date", LocalDate.class),
        rs.getTimestamp("created_at").toInstant());
  }

  private static StoredRow row(ResultSet rs, int n) throws SQLException {
    String postcode = rs.getString("postcode");
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    int year = rs.getInt("birth_year");
    Integer birthYear = rs.wasNull() ? null : year;
    int month = rs.getInt("birth_month");
    Integer birthMonth = rs.wasNull() ? null : month;
    return new StoredRow(
        rs.getObject("id", UUID.class),
        rs.getObject("list_id", UUID.class),
        rs.getInt("line_number"),
        new ListedChild(
            rs.getString("given_name"),
            rs.getString("family_name"),
            rs.getObject("date_of_birth", LocalDate.class),
            birthYear,
            birthMonth,
            Sex.valueOf(rs.getString("sex")),
            postcode == null ? null : new Postcode(postcode),
            rs.getString("other_id")),
        rs.getString("status"),
        rs.getObject("child_id", UUID.class),
        rs.getObject("decided_by", UUID.class),
        decidedAt == null ? null : decidedAt.toInstant(),
        rs.getLong("version"));
  }
}
