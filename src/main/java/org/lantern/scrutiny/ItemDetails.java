package org.lantern.scrutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work programme item as written: the meeting it is on (none: suggested, not yet scheduled), what
 * it is, its action or outcome, the cabinet member and lead officer (free text), whether it is
 * exempt (members and named officers only), and how often it comes back (months, none: once).
 */
public record ItemDetails(
    @Nullable UUID meetingId,
    String title,
    @Nullable String details,
    @Nullable String actionOutcome,
    @Nullable String cabinetMember,
    @Nullable String leadOfficer,
    boolean exempt,
    @Nullable Integer recursMonths) {

  /** An item with only its title, suggested; add the rest with the withers. */
  public static ItemDetails suggested(String title) {
    return new ItemDetails(null, title, null, null, null, null, false, null);
  }

  public ItemDetails on(@Nullable UUID meeting) {
    return new ItemDetails(
        meeting, title, details, actionOutcome, cabinetMember, leadOfficer, exempt, recursMonths);
  }

  public ItemDetails about(@Nullable String text, @Nullable String outcome) {
    return new ItemDetails(
        meetingId, title, text, outcome, cabinetMember, leadOfficer, exempt, recursMonths);
  }

  public ItemDetails by(@Nullable String cabinet, @Nullable String officer) {
    return new ItemDetails(
        meetingId, title, details, actionOutcome, cabinet, officer, exempt, recursMonths);
  }

  public ItemDetails exempt(boolean isExempt) {
    return new ItemDetails(
        meetingId,
        title,
        details,
        actionOutcome,
        cabinetMember,
        leadOfficer,
        isExempt,
        recursMonths);
  }

  public ItemDetails every(@Nullable Integer months) {
    return new ItemDetails(
        meetingId, title, details, actionOutcome, cabinetMember, leadOfficer, exempt, months);
  }

  /** What changed from {@code before} to this, field by field, for the item's history. */
  List<String> changesFrom(
      ItemDetails before, @Nullable String meetingBefore, @Nullable String meetingNow) {
    List<String> changes = new ArrayList<>();
    change(changes, "meeting", meetingBefore, meetingNow);
    change(changes, "title", before.title, title);
    change(changes, "details", before.details, details);
    change(changes, "actionOutcome", before.actionOutcome, actionOutcome);
    change(changes, "cabinetMember", before.cabinetMember, cabinetMember);
    change(changes, "leadOfficer", before.leadOfficer, leadOfficer);
    change(changes, "exempt", String.valueOf(before.exempt), String.valueOf(exempt));
    change(
        changes,
        "recursMonths",
        before.recursMonths == null ? null : before.recursMonths.toString(),
        recursMonths == null ? null : recursMonths.toString());
    return changes;
  }

  private static void change(
      List<String> changes, String field, @Nullable String from, @Nullable String to) {
    if (!Objects.equals(blank(from), blank(to))) {
      changes.add(field + ": " + (from == null ? "—" : from) + " → " + (to == null ? "—" : to));
    }
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
