package org.lantern.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.UserView;

/**
 * What a module holds about one person, for a subject access export: every record, every field. The
 * subject is a child, or an adult of concern (whom only the module that keeps adults knows: it
 * answers the {@code adult} methods, the others keep their defaults). Owned by {@code governance};
 * each module that keeps records about people implements it as a bean (governance depends on none
 * of them). Called only after the information governance officer's export was allowed, in its
 * transaction; the export is audited once, as a whole.
 */
public interface SubjectRecordSource {

  /** The child's records this module holds, oldest first. */
  List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId);

  /** An adult of concern as the officer finds them: who, and born when. */
  record AdultSubject(UUID id, String name, @Nullable LocalDate dateOfBirth) {}

  /** Adults of concern of the partnership whose name contains these words (at most 50). */
  default List<AdultSubject> adultsNamed(UUID partnershipId, String words) {
    return List.of();
  }

  /** The adult of concern with this id, if this module keeps them for this partnership. */
  default Optional<AdultSubject> adult(UUID partnershipId, UUID adultId) {
    return Optional.empty();
  }

  /** The adult's records this module holds, oldest first. */
  default List<SubjectRecord> recordsAboutAdult(UUID partnershipId, UUID adultId) {
    return List.of();
  }

  /**
   * A moment as the database gave it ({@code timestamp with time zone}: a {@link Timestamp} from
   * PostgreSQL, an {@link OffsetDateTime} from H2), for a field or a record's time; else null.
   */
  static @Nullable Instant instant(@Nullable Object value) {
    return switch (value) {
      case Timestamp t -> t.toInstant();
      case OffsetDateTime o -> o.toInstant();
      case Instant i -> i;
      case null, default -> null;
    };
  }

  /** The display name of the account with this id among {@code names}, or null. */
  static @Nullable String staffName(Map<UUID, UserView> names, @Nullable Object id) {
    return id instanceof UUID u && names.containsKey(u) ? names.get(u).displayName() : null;
  }

  /** The account ids in these columns of these rows (to look their names up at once). */
  static Set<UUID> ids(List<Map<String, Object>> rows, String... columns) {
    Set<UUID> ids = new HashSet<>();
    for (Map<String, Object> row : rows) {
      for (String column : columns) {
        if (row.get(column) instanceof UUID id) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * One record: which module holds it, its kind, its id, when, and its fields in order. A field
   * that names or identifies someone other than the subject (a referrer, a member of staff, an
   * adult) is marked {@code otherPerson}: the export redacts it, and every place its value appears
   * in the other fields, unless the officer keeps them.
   */
  record SubjectRecord(
      String module, String kind, String id, @Nullable Instant at, List<Field> fields) {}

  /** A field's label (plain words), its value, and whether it is about someone else. */
  record Field(String label, @Nullable String value, boolean otherPerson) {

    public static Field of(String label, @Nullable Object value) {
      return new Field(label, value == null ? null : value.toString(), false);
    }

    public static Field otherPerson(String label, @Nullable Object value) {
      return new Field(label, value == null ? null : value.toString(), true);
    }
  }
}
