package org.lantern.access.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditEntry.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table. Insert and read only: there is no update and no delete here, by design. */
@Repository
public class AuditEvents {

  /** The event's columns and the person's display name (null for a partner system). */
  private static final String COLUMNS =
      "a.id, a.occurred_at, a.user_id, a.username, a.agency_name, a.child_id, a.record_type,"
          + " a.record_id, a.action, a.outcome, a.basis, a.purpose, a.reading,"
          + " u.display_name";

  private static final String FROM =
      " from audit_event a left join user_account u on u.id = a.user_id";

  private final JdbcClient jdbc;

  AuditEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An event to append; a refusal of someone Lantern has no account for has no user, and may have
   * no partnership.
   */
  public record NewEvent(
      Instant occurredAt,
      @Nullable UUID partnershipId,
      @Nullable UUID userId,
      String username,
      @Nullable String agencyName,
      @Nullable UUID childId,
      String recordType,
      @Nullable String recordId,
      AuditAction action,
      Outcome outcome,
      @Nullable String basis,
      @Nullable String purpose,
      boolean reading) {}

  public void append(NewEvent e) {
    jdbc.sql(
            """
            insert into audit_event (occurred_at, partnership_id, user_id, username, agency_name,
              child_id, record_type, record_id, action, outcome, basis, purpose, reading)
            values (:at, :partnership, :user, :username, :agency, :child, :type, :record,
              :action, :outcome, :basis, :purpose, :reading)
            """)
        .param("at", Timestamp.from(e.occurredAt()))
        .param("partnership", e.partnershipId())
        .param("user", e.userId())
        .param("username", e.username())
        .param("agency", e.agencyName())
        .param("child", e.childId())
        .param("type", e.recordType())
        .param("record", e.recordId())
        .param("action", e.action().name())
        .param("outcome", e.outcome().name())
        .param("basis", e.basis())
        .param("purpose", e.purpose())
        .param("reading", e.reading())
        .update();
  }

  public List<AuditEntry> forChild(UUID childId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where a.child_id = :child order by a.occurred_at desc, a.id desc")
        .param("child", childId)
        .query(AuditEvents::map)
        .list();
  }

  public List<AuditEntry> forRecord(UUID partnershipId, String type, String id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where a.partnership_id = :partnership and a.record_type = :type"
                + " and a.record_id = :id order by a.occurred_at desc, a.id desc")
        .param("partnership", partnershipId)
        .param("type", type)
        .param("id", id)
        .query(AuditEvents::map)
        .list();
  }

  /**
   * A child's audit a page at a time (LIMIT and OFFSET), newest first unless asked, narrowed to
   * refusals and to whoever's name, username or agency holds {@code like} (a pattern from {@link
   * org.lantern.platform.ListSearch#likePattern}).
   */
  public List<AuditEntry> pageForChild(
      UUID childId, ChildFilter filter, boolean oldestFirst, int offset, int limit) {
    String order = oldestFirst ? "a.occurred_at, a.id" : "a.occurred_at desc, a.id desc";
    return filter
        .bind(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + FROM
                    + filter.where()
                    + " order by "
                    + order
                    + " limit :limit offset :offset"))
        .param("child", childId)
        .param("limit", limit)
        .param("offset", offset)
        .query(AuditEvents::map)
        .list();
  }

  public long countForChild(UUID childId, ChildFilter filter) {
    return filter
        .bind(jdbc.sql("select count(*)" + FROM + filter.where()))
        .param("child", childId)
        .query(Long.class)
        .single();
  }

  /** Which of a child's audit rows a page shows: refusals only, and who (a like pattern). */
  public record ChildFilter(boolean refusedOnly, @Nullable String like) {

    String where() {
      StringBuilder where = new StringBuilder(" where a.child_id = :child");
      if (refusedOnly) {
        where.append(" and a.outcome = 'REFUSED'");
      }
      if (like != null) {
        where.append(
            " and (lower(a.username) like :like escape '\\'"
                + " or lower(coalesce(u.display_name, '')) like :like escape '\\'"
                + " or lower(coalesce(a.agency_name, '')) like :like escape '\\')");
      }
      return where.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
      return like == null ? sql : sql.param("like", like);
    }
  }

  public void forPartnership(
      UUID partnershipId, Instant from, Instant to, Consumer<AuditEntry> consumer) {
    jdbc
        .sql(
            "select "
                + COLUMNS
                + FROM
                + " where a.partnership_id = :partnership"
                + " and a.occurred_at >= :from and a.occurred_at < :to order by a.id")
        .param("partnership", partnershipId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(AuditEvents::map)
        .stream()
        .forEach(consumer);
  }

  private static AuditEntry map(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getObject("user_id", UUID.class),
        rs.getString("username"),
        rs.getString("agency_name"),
        rs.getObject("child_id", UUID.class),
        rs.getString("record_type"),
        rs.getString("record_id"),
        AuditAction.valueOf(rs.getString("action")),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getString("basis"),
        rs.getString("purpose"),
        rs.getString("display_name"),
        rs.getBoolean("reading"));
  }
}
