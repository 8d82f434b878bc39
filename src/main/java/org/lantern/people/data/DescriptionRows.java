package org.lantern.people.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildDescription;
import org.lantern.people.DescriptionOutcome;
import org.lantern.people.NewChild;
import org.lantern.people.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Descriptions of children as referrers gave them, and what became of each. */
@Repository
public class DescriptionRows {

  private static final String COLUMNS =
      "id, given_name, middle_names, family_name, known_as, sex, date_of_birth, nhs_number, upn,"
          + " postcode, described_by, described_at, placed_on, outcome";

  private final JdbcTemplate jdbc;

  DescriptionRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a description as entered; its id. */
  public UUID insert(
      UUID partnershipId,
      NewChild d,
      @Nullable UUID byUserId,
      String by,
      Instant at,
      UUID placedOn,
      DescriptionOutcome outcome) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into child_description (id, partnership_id, given_name, middle_names, family_name,"
            + " known_as, sex, date_of_birth, nhs_number, upn, postcode, described_by_user_id,"
            + " described_by, described_at, placed_on, outcome)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        partnershipId,
        d.givenName(),
        d.middleNames(),
        d.familyName(),
        d.knownAs(),
        d.sex().name(),
        d.dateOfBirth(),
        d.nhsNumber() == null ? null : d.nhsNumber().value(),
        d.upn() == null ? null : d.upn().value(),
        d.postcode() == null ? null : d.postcode().value(),
        byUserId,
        by.length() > 300 ? by.substring(0, 300) : by,
        Timestamp.from(at),
        placedOn,
        outcome.name());
    return id;
  }

  public Optional<ChildDescription> find(UUID id) {
    return jdbc
        .query(
            "select " + COLUMNS + " from child_description where id = ?",
            DescriptionRows::description,
            id)
        .stream()
        .findFirst();
  }

  public Map<UUID, ChildDescription> find(Collection<UUID> ids) {
    Map<UUID, ChildDescription> found = new HashMap<>();
    List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      jdbc.query(
          "select " + COLUMNS + " from child_description where id in (" + marks + ")",
          rs -> {
            ChildDescription d = description(rs, 0);
            found.put(d.id(), d);
          },
          chunk.toArray());
    }
    return found;
  }

  private static ChildDescription description(ResultSet rs, int row) throws SQLException {
    return new ChildDescription(
        rs.getObject("id", UUID.class),
        rs.getString("given_name"),
        rs.getString("middle_names"),
        rs.getString("family_name"),
        rs.getString("known_as"),
        Sex.valueOf(rs.getString("sex")),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("nhs_number"),
        rs.getString("upn"),
        rs.getString("postcode"),
        rs.getString("described_by"),
        rs.getTimestamp("described_at").toInstant(),
        rs.getObject("placed_on", UUID.class),
        DescriptionOutcome.valueOf(rs.getString("outcome")));
  }
}
