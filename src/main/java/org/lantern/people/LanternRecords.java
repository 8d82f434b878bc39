package org.lantern.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.LinkRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lantern's own children in the person index: each child is a source record (source {@value
 * #SOURCE}, source id the child's id), linked to partners' records like any other, so a child's
 * file can show the records in other systems that are the same child, and how each was joined.
 */
@Component
class LanternRecords {

  /** The source name of Lantern's own records in the person index. */
  static final String SOURCE = "Lantern";

  private final PersonRecordRows rows;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  LanternRecords(PersonRecordRows rows, JdbcTemplate jdbc, Clock clock) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Brings the partnership's children into the person index, in the caller's transaction: a child
   * new to it is added, one whose details changed is updated. Returns the records added or changed,
   * to be linked.
   */
  List<UUID> sync(UUID partnershipId) {
    Map<String, Stored> held = new HashMap<>();
    rows.fromSource(partnershipId, SOURCE).forEach(s -> held.put(s.sourceId(), s));
    return sync(partnershipId, held, "", new Object[] {partnershipId});
  }

  /** The same for one child only (just registered). */
  List<UUID> sync(UUID partnershipId, UUID childId) {
    Map<String, Stored> held = new HashMap<>();
    of(partnershipId, childId).ifPresent(s -> held.put(s.sourceId(), s));
    return sync(partnershipId, held, " and id = ?", new Object[] {partnershipId, childId});
  }

  private List<UUID> sync(
      UUID partnershipId, Map<String, Stored> held, String which, Object[] arguments) {
    List<UUID> changed = new ArrayList<>();
    jdbc.query(
        "select id, given_name, middle_names, family_name, date_of_birth, sex, postcode,"
            + " nhs_number, upn from child where partnership_id = ? and merged_into is null"
            + which
            + " order by id",
        rs -> {
          String childId = rs.getObject("id", UUID.class).toString();
          LinkRecord record =
              new LinkRecord(
                  rs.getString("given_name"),
                  rs.getString("middle_names"),
                  rs.getString("family_name"),
                  List.of(),
                  rs.getObject("date_of_birth", LocalDate.class),
                  sex(rs.getString("sex")),
                  rs.getString("postcode"),
                  rs.getString("nhs_number"),
                  rs.getString("upn"));
          Stored existing = held.get(childId);
          if (existing == null) {
            UUID id = UUID.randomUUID();
            rows.insert(id, partnershipId, SOURCE, childId, record, clock.instant());
            changed.add(id);
          } else if (!existing.record().equals(record)) {
            rows.update(existing, record, clock.instant());
            changed.add(existing.id());
          }
        },
        arguments);
    return changed;
  }

  /** The child's own record in the person index, once it has been brought in. */
  Optional<Stored> of(UUID partnershipId, UUID childId) {
    return rows.bySource(partnershipId, SOURCE, childId.toString());
  }

  static boolean isLantern(Stored record) {
    return SOURCE.equals(record.source());
  }

  private static @Nullable String sex(@Nullable String sex) {
    return sex == null
        ? null
        : switch (Sex.valueOf(sex)) {
          case FEMALE -> "F";
          case MALE -> "M";
          case NOT_KNOWN -> null;
        };
  }
}
