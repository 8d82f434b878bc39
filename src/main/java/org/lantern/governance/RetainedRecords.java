package org.lantern.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A kind of record a module keeps under a retention rule: which of its records have reached the end
 * of their retention, and removing one's personal data when the information governance officer
 * confirms it. Owned by {@code governance}; each module that holds such records implements it as a
 * bean, so governance depends on none of them.
 */
public interface RetainedRecords {

  /** The kind of record. */
  RecordKind kind();

  /** From when its period counts. */
  RetentionAnchor anchor();

  /** The period a partnership starts from, in months, until its officer sets its own. */
  int defaultMonths();

  /**
   * The partnership's records of this kind whose retention ends on or before {@code day}, when kept
   * for {@code months} from their anchor.
   */
  List<Due> dueBy(UUID partnershipId, int months, LocalDate day);

  /**
   * Removes the record's personal data (called in the deletion's transaction, after the officer
   * confirmed it and no legal hold stops it); what is left holds nothing about a person.
   */
  void erase(UUID partnershipId, String recordId);

  /** One record that reached its date: its id, the child it is about (if any), and the date. */
  record Due(String recordId, @Nullable UUID childId, LocalDate dueOn) {}
}
