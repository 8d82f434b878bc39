package org.lantern.people.personindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PersonRecordInput;
import org.lantern.platform.CsvTable;

/**
 * Reads a partner's CSV through the shared {@link CsvTable}, line by line, so that a line in
 * another encoding (a Windows-1252 "é" in a UTF-8 file) or with broken quoting is reported on its
 * own, saying what is wrong with it, while the other lines proceed. A record may not span lines.
 */
public final class PersonRecordCsv {

  public static final int MAX_ROWS = 10_000;
  public static final List<String> HEADER =
      List.of(
          "source_id",
          "given_name",
          "middle_names",
          "family_name",
          "previous_names",
          "date_of_birth",
          "sex",
          "postcode",
          "nhs_number",
          "upn",
          "other_ids",
          "address_lines",
          "town",
          "uprn");

  /**
   * A line that could not be read as a record: its line, its source id when that was read before
   * the problem (otherwise empty), the field the problem is in ({@code givenName} for the
   * given_name column; {@code row} for the line as a whole) and the problem.
   */
  public record Unreadable(int line, String sourceId, String field, CsvTable.Problem problem) {}

  /**
   * The readable rows, the file line of each, and the lines that could not be read.
   *
   * @param lines line number (1 = header) of each row in {@code rows}
   */
  public record Parsed(List<PersonRecordInput> rows, int[] lines, List<Unreadable> unreadable) {

    static Parsed json(int rows) {
      int[] lines = new int[rows];
      Arrays.setAll(lines, i -> i + 1);
      return new Parsed(List.of(), lines, List.of());
    }

    /** The line of the service's row number (1-based). */
    public int lineOf(int row) {
      return lines[row - 1];
    }
  }

  private PersonRecordCsv() {}

  /**
   * Reads the file.
   *
   * @throws IllegalArgumentException when the header cannot be read or names no source_id column
   */
  public static Parsed parse(byte[] bytes) {
    CsvTable table = CsvTable.read(bytes);
    CsvTable.Row header = table.header();
    if (header == null || !header.readable()) {
      throw new IllegalArgumentException("No readable header");
    }
    Map<String, Integer> columnOf = new HashMap<>();
    List<String> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      columnOf.putIfAbsent(columns.get(i).toLowerCase(Locale.UK), i);
    }
    if (!columnOf.containsKey("source_id")) {
      throw new IllegalArgumentException("No source_id column");
    }
    List<PersonRecordInput> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      if (r.readable()) {
        rows.add(input(r, columnOf));
        lines.add(r.line());
      } else {
        String sourceId = get(r, columnOf, "source_id");
        unreadable.add(
            new Unreadable(
                r.line(),
                sourceId == null ? "" : sourceId.strip(),
                field(table.problemColumn(r)),
                r.problem()));
      }
    }
    return new Parsed(rows, lines.stream().mapToInt(Integer::intValue).toArray(), unreadable);
  }

  private static PersonRecordInput input(CsvTable.Row r, Map<String, Integer> columnOf) {
    String previous = get(r, columnOf, "previous_names");
    return PersonRecordInput.builder()
        .sourceId(get(r, columnOf, "source_id"))
        .givenName(get(r, columnOf, "given_name"))
        .middleNames(get(r, columnOf, "middle_names"))
        .familyName(get(r, columnOf, "family_name"))
        .previousNames(previous == null ? List.of() : Arrays.asList(previous.split("\\|")))
        .dateOfBirth(get(r, columnOf, "date_of_birth"))
        .sex(get(r, columnOf, "sex"))
        .postcode(get(r, columnOf, "postcode"))
        .nhsNumber(get(r, columnOf, "nhs_number"))
        .upn(get(r, columnOf, "upn"))
        .otherIds(get(r, columnOf, "other_ids"))
        .addressLines(get(r, columnOf, "address_lines"))
        .town(get(r, columnOf, "town"))
        .uprn(get(r, columnOf, "uprn"))
        .build();
  }

  private static @Nullable String get(
      CsvTable.Row r, Map<String, Integer> columnOf, String column) {
    Integer index = columnOf.get(column);
    return index == null ? null : r.cell(index);
  }

  /** The field a column is ("given_name" is givenName), as the rules name fields. */
  private static String field(@Nullable String column) {
    if (column == null || !HEADER.contains(column.toLowerCase(Locale.UK))) {
      return "row";
    }
    StringBuilder field = new StringBuilder();
    boolean upper = false;
    for (char c : column.toLowerCase(Locale.UK).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        field.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return field.toString();
  }
}
