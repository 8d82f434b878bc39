package org.lantern.people.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** New records and the children each may already be, and what a person decided about each pair. */
@Repository
public class PossibleMatchRows {

  /** Where a pair stands. */
  public static final String OPEN = "OPEN";

  public record Row(
      UUID id,
      UUID partnershipId,
      UUID childId,
      UUID candidateId,
      @Nullable UUID descriptionId,
      String comparison,
      String status,
      Instant createdAt,
      @Nullable UUID decidedBy,
      @Nullable Instant decidedAt,
      @Nullable String decidedReason,
      long version) {}

  private static final String COLUMNS =
      "id, partnership_id, child_id, candidate_id, description_id, comparison, status, created_at,"
          + " decided_by_user_id, decided_at, decided_reason, version";

  private final JdbcTemplate jdbc;

  PossibleMatchRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID partnershipId,
      UUID childId,
      UUID candidateId,
      @Nullable UUID descriptionId,
      String comparison,
      Instant now) {
    jdbc.update(
        "insert into possible_match (id, partnership_id, child_id, candidate_id, description_id,"
            + " comparison, status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        partnershipId,
        childId,
        candidateId,
        descriptionId,
        comparison,
        OPEN,
        Timestamp.from(now));
  }

  public Optional<Row> find(UUID id) {
    return jdbc
        .query(
            "select " + COLUMNS + " from possible_match where id = ?", PossibleMatchRows::row, id)
        .stream()
        .findFirst();
  }

  /** The partnership's open pairs, oldest first. */
  public List<Row> open(UUID partnershipId) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from possible_match where partnership_id = ? and status = ?"
            + " order by created_at, id",
        PossibleMatchRows::row,
        partnershipId,
        OPEN);
  }

  public long countOpen(UUID partnershipId) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from possible_match where partnership_id = ? and status = ?",
            Long.class,
            partnershipId,
            OPEN);
    return n == null ? 0 : n;
  }

  /** Open pairs the child is part of, either as the new record or as the child it may be. */
  public List<Row> openInvolving(UUID childId) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from possible_match where (child_id = ? or candidate_id = ?) and status = ?"
            + " order by created_at, id",
        PossibleMatchRows::row,
        childId,
        childId,
        OPEN);
  }

  /** Which of these children are part of an open pair. */
  public Set<UUID> withOpen(Collection<UUID> childIds) {
    Set<UUID> found = new HashSet<>();
    List<UUID> all = List.copyOf(new LinkedHashSet<>(childIds));
    for (int from = 0; from < all.size(); from += 500) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      Object[] args = new Object[chunk.size() * 2 + 1];
      for (int i = 0; i < chunk.size(); i++) {
        args[i] = chunk.get(i);
        args[chunk.size() + i] = chunk.get(i);
      }
      args[args.length - 1] = OPEN;
      jdbc.query(
          "select child_id, candidate_id from possible_match where (child_id in ("
              + marks
              + ") or candidate_id in ("
              + marks
              + ")) and status = ?",
          rs -> {
            found.add(rs.getObject(1, UUID.class));
            found.add(rs.getObject(2, UUID.class));
          },
          args);
    }
    found.retainAll(childIds);
    return found;
  }

  /** Records a decision on an open pair read at {@code version}; false when it changed since. */
  public boolean decide(
      UUID id, long version, String status, UUID by, Instant at, @Nullable String reason) {
    return jdbc.update(
            "update possible_match set status = ?, decided_by_user_id = ?, decided_at = ?,"
                + " decided_reason = ?, version = version + 1"
                + " where id = ? and version = ? and status = ?",
            status,
            by,
            Timestamp.from(at),
            reason,
            id,
            version,
            OPEN)
        > 0;
  }

  /**
   * After {@code joined} was joined into {@code into}: its other open pairs close (it is no longer
   * a record of its own), pairs that named it as the child a newer record may be now name {@code
   * into} instead (or close, when that pair is already asked), and a pair between the two closes.
   */
  public void afterJoin(UUID joined, UUID into, UUID by, Instant at, String why) {
    jdbc.update(
        "update possible_match set status = 'CLOSED', decided_by_user_id = ?, decided_at = ?,"
            + " decided_reason = ?, version = version + 1"
            + " where status = ? and (child_id = ? or (child_id = ? and candidate_id = ?)"
            + " or (candidate_id = ? and exists (select 1 from possible_match o"
            + " where o.child_id = possible_match.child_id and o.candidate_id = ?)))",
        by,
        Timestamp.from(at),
        why,
        OPEN,
        joined,
        into,
        joined,
        joined,
        into);
    jdbc.update(
        "update possible_match set candidate_id = ?, version = version + 1"
            + " where status = ? and candidate_id = ?",
        into,
        OPEN,
        joined);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("partnership_id", UUID.class),
        rs.getObject("child_id", UUID.class),
        rs.getObject("candidate_id", UUID.class),
        rs.getObject("description_id", UUID.class),
        rs.getString("comparison"),
        rs.getString("status"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getObject("decided_by_user_id", UUID.class),
        decidedAt == null ? null : decidedAt.toInstant(),
        rs.getString("decided_reason"),
        rs.getLong("version"));
  }
}
