package org.lantern.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module holds about one child, for a subject access export: every record, every field.
 * Owned by {@code governance}; each module that keeps records about children implements it as a
 * bean (governance depends on none of them). Called only after the information governance officer's
 * export was allowed, in its transaction; the export is audited once, as a whole.
 */
public interface SubjectRecordSource {

  /** The child's records this module holds, oldest first. */
  List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId);

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
