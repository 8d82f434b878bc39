package org.lantern.people.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.OtherId;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Person records and the links between them, in plain JDBC (imports come in bulk). */
@Repository
public class PersonRecordRows {

  /** A stored record: who sent it, what it says, and which person it is held to be. */
  public record Stored(
      UUID id, String source, String sourceId, LinkRecord record, UUID personId, long version) {}

  /** A field of a record set aside: as received, and why (a code under personRecord.error). */
  public record SetAsideField(String field, String code, String received) {}

  /** A weighed pair. */
  public record Link(
      UUID id,
      UUID recordA,
      UUID recordB,
      double weight,
      String status,
      @Nullable UUID decidedBy,
      @Nullable Instant decidedAt,
      long version) {}

  private static final String COLUMNS =
      "id, source, source_id, given_name, middle_names, family_name, previous_names,"
          + " date_of_birth, sex, postcode, nhs_number, upn, other_ids, address_lines, town, uprn,"
          + " person_id, version";

  private final JdbcTemplate jdbc;

  PersonRecordRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Stored> bySource(UUID partnershipId, String source, String sourceId) {
    return jdbc
        .query(
            "select "
                + COLUMNS
                + " from person_record where partnership_id = ? and source = ?"
                + " and source_id = ?",
            PersonRecordRows::stored,
            partnershipId,
            source,
            sourceId)
        .stream()
        .findFirst();
  }

  public List<Stored> all(UUID partnershipId) {
    return jdbc.query(
        "select " + COLUMNS + " from person_record where partnership_id = ? order by id",
        PersonRecordRows::stored,
        partnershipId);
  }

  /** The partnership's records from one source. */
  public List<Stored> fromSource(UUID partnershipId, String source) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from person_record where partnership_id = ? and source = ? order by id",
        PersonRecordRows::stored,
        partnershipId,
        source);
  }

  /** The pairs one record is part of, whatever their status. */
  public List<Link> linksOf(UUID recordId) {
    return jdbc.query(
        "select id, record_a, record_b, weight, status, decided_by, decided_at, version from"
            + " person_link where record_a = ? or record_b = ? order by weight desc, id",
        PersonRecordRows::link,
        recordId,
        recordId);
  }

  /** These records of the partnership (only these are read), in the order of their ids. */
  public List<Stored> byIds(UUID partnershipId, List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    args.add(partnershipId);
    args.addAll(ids);
    return jdbc.query(
        "select "
            + COLUMNS
            + " from person_record where partnership_id = ? and id in ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ") order by id",
        PersonRecordRows::stored,
        args.toArray());
  }

  public List<Stored> ofPerson(UUID personId) {
    return jdbc.query(
        "select " + COLUMNS + " from person_record where person_id = ? order by id",
        PersonRecordRows::stored,
        personId);
  }

  public void insert(
      UUID id, UUID partnershipId, String source, String sourceId, LinkRecord r, Instant now) {
    jdbc.update(
        "insert into person_record (id, partnership_id, source, source_id, given_name,"
            + " middle_names, family_name, previous_names, date_of_birth, sex, postcode,"
            + " nhs_number, upn, other_ids, address_lines, town, uprn, person_id, imported_at,"
            + " updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        partnershipId,
        source,
        sourceId,
        r.givenName(),
        r.middleNames(),
        r.familyName(),
        previous(r),
        r.dateOfBirth(),
        r.sex(),
        r.postcode(),
        r.nhsNumber(),
        r.upn(),
        OtherId.format(r.otherIds()),
        r.addressLines(),
        r.town(),
        r.uprn(),
        id,
        Timestamp.from(now),
        Timestamp.from(now));
  }

  public void update(Stored old, LinkRecord r, Instant now) {
    jdbc.update(
        "update person_record set given_name = ?, middle_names = ?, family_name = ?,"
            + " previous_names = ?, date_of_birth = ?, sex = ?, postcode = ?, nhs_number = ?,"
            + " upn = ?, other_ids = ?, address_lines = ?, town = ?, uprn = ?, updated_at = ?,"
            + " version = version + 1 where id = ?",
        r.givenName(),
        r.middleNames(),
        r.familyName(),
        previous(r),
        r.dateOfBirth(),
        r.sex(),
        r.postcode(),
        r.nhsNumber(),
        r.upn(),
        OtherId.format(r.otherIds()),
        r.addressLines(),
        r.town(),
        r.uprn(),
        Timestamp.from(now),
        old.id());
  }

  /** The fields of a record set aside as failing their checks, in the order received. */
  public List<SetAsideField> setAside(UUID recordId) {
    return jdbc.query(
        "select field, code, received from person_record_set_aside where record_id = ?"
            + " order by field, received",
        (rs, row) ->
            new SetAsideField(
                rs.getString("field"), rs.getString("code"), rs.getString("received")),
        recordId);
  }

  /** Replaces the fields of a record set aside. */
  public void setAside(UUID recordId, List<SetAsideField> fields) {
    jdbc.update("delete from person_record_set_aside where record_id = ?", recordId);
    for (SetAsideField f : fields) {
      jdbc.update(
          "insert into person_record_set_aside (id, record_id, field, code, received)"
              + " values (?, ?, ?, ?, ?)",
          UUID.randomUUID(),
          recordId,
          f.field(),
          f.code(),
          f.received());
    }
  }

  /** Makes everyone held to be person {@code from} person {@code into}. */
  public void mergePersons(UUID from, UUID into) {
    jdbc.update("update person_record set person_id = ? where person_id = ?", into, from);
  }

  public void setPerson(List<UUID> records, UUID personId) {
    for (UUID id : records) {
      jdbc.update("update person_record set person_id = ? where id = ?", personId, id);
    }
  }

  public List<Link> links(UUID partnershipId) {
    return jdbc.query(
        "select id, record_a, record_b, weight, status, decided_by, decided_at, version from"
            + " person_link where partnership_id = ?",
        PersonRecordRows::link,
        partnershipId);
  }

  /** One page of the links in this state, heaviest first. */
  /**
   * One page of the partnership's pairs with this status (LIMIT and OFFSET), matching the search
   * (either record's name or its id in its own system), in the order asked: by weight, or by the
   * first or second record's name.
   */
  public List<Link> linksWithStatus(
      UUID partnershipId, String status, ListSearch search, ListSort sort, int limit, long offset) {
    List<Object> args = linkArgs(partnershipId, status, search);
    args.add(limit);
    args.add(offset);
    String order =
        LINK_ORDER
            .getOrDefault(sort.column(), LINK_ORDER.get("weight"))
            .formatted(sort.descending() ? "desc" : "asc");
    return jdbc.query(
        "select l.id, l.record_a, l.record_b, l.weight, l.status, l.decided_by, l.decided_at,"
            + " l.version"
            + LINK_FROM
            + (search.isBlank() ? "" : LINK_SEARCH)
            + " order by "
            + order
            + " limit ? offset ?",
        PersonRecordRows::link,
        args.toArray());
  }

  /** How many of the partnership's pairs with this status match the search. */
  public long countLinksWithStatus(UUID partnershipId, String status, ListSearch search) {
    Long n =
        jdbc.queryForObject(
            "select count(*)" + LINK_FROM + (search.isBlank() ? "" : LINK_SEARCH),
            Long.class,
            linkArgs(partnershipId, status, search).toArray());
    return n == null ? 0 : n;
  }

  private static final String LINK_FROM =
      " from person_link l join person_record a on a.id = l.record_a"
          + " join person_record b on b.id = l.record_b"
          + " where l.partnership_id = ? and l.status = ?";

  private static final String LINK_SEARCH =
      " and ("
          + named("a")
          + " or "
          + named("b")
          + " or lower(a.source_id) like ? escape '\\' or lower(b.source_id) like ? escape '\\')";

  private static final Map<String, String> LINK_ORDER =
      Map.of(
          "weight", "l.weight %1$s, l.id asc",
          "first",
              "lower(a.family_name) %1$s nulls last, lower(a.given_name) %1$s nulls last,"
                  + " l.weight desc, l.id asc",
          "second",
              "lower(b.family_name) %1$s nulls last, lower(b.given_name) %1$s nulls last,"
                  + " l.weight desc, l.id asc");

  private static String named(String record) {
    return "lower(coalesce(%1$s.given_name, '') || ' ' || coalesce(%1$s.family_name, ''))"
            .formatted(record)
        + " like ? escape '\\'";
  }

  private static List<Object> linkArgs(UUID partnershipId, String status, ListSearch search) {
    List<Object> args = new ArrayList<>(List.of(partnershipId, status));
    if (!search.isBlank()) {
      for (int i = 0; i < 4; i++) {
        args.add(search.likePattern());
      }
    }
    return args;
  }

  public Optional<Link> link(UUID partnershipId, UUID id) {
    return jdbc
        .query(
            "select id, record_a, record_b, weight, status, decided_by, decided_at, version from"
                + " person_link where partnership_id = ? and id = ?",
            PersonRecordRows::link,
            partnershipId,
            id)
        .stream()
        .findFirst();
  }

  public void insertLink(
      UUID id, UUID partnershipId, UUID a, UUID b, double weight, String status, Instant now) {
    jdbc.update(
        "insert into person_link (id, partnership_id, record_a, record_b, weight, status,"
            + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        partnershipId,
        a,
        b,
        weight,
        status,
        Timestamp.from(now));
  }

  public void reweigh(UUID linkId, double weight, String status) {
    jdbc.update(
        "update person_link set weight = ?, status = ?, version = version + 1 where id = ?",
        weight,
        status,
        linkId);
  }

  /** Records a person's decision; false when someone changed the pair since it was read. */
  public boolean decide(UUID linkId, long version, String status, UUID by, Instant at) {
    return jdbc.update(
            "update person_link set status = ?, decided_by = ?, decided_at = ?, version ="
                + " version + 1 where id = ? and version = ?",
            status,
            by,
            Timestamp.from(at),
            linkId,
            version)
        == 1;
  }

  private static @Nullable String previous(LinkRecord r) {
    return r.previousFamilyNames().isEmpty() ? null : String.join("|", r.previousFamilyNames());
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    String previous = rs.getString("previous_names");
    LinkRecord r =
        new LinkRecord(
            rs.getString("given_name"),
            rs.getString("middle_names"),
            rs.getString("family_name"),
            previous == null ? List.of() : Arrays.asList(previous.split("\\|")),
            rs.getObject("date_of_birth", LocalDate.class),
            rs.getString("sex"),
            rs.getString("postcode"),
            rs.getString("nhs_number"),
            rs.getString("upn"),
            rs.getString("address_lines"),
            rs.getString("town"),
            rs.getString("uprn"),
            OtherId.parse(rs.getString("other_ids")));
    return new Stored(
        rs.getObject("id", UUID.class),
        rs.getString("source"),
        rs.getString("source_id"),
        r,
        rs.getObject("person_id", UUID.class),
        rs.getLong("version"));
  }

  private static Link link(ResultSet rs, int row) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Link(
        rs.getObject("id", UUID.class),
        rs.getObject("record_a", UUID.class),
        rs.getObject("record_b", UUID.class),
        rs.getDouble("weight"),
        rs.getString("status"),
        rs.getObject("decided_by", UUID.class),
        decided == null ? null : decided.toInstant(),
        rs.getLong("version"));
  }
}
