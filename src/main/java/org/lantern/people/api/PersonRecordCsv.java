package org.lantern.people.api;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lantern.people.PersonRecordInput;

/**
 * Reads a partner's CSV line by line, so that a line in another encoding (a Windows-1252 "é" in a
 * UTF-8 file) is reported on its own while the other lines proceed. A record may not span lines.
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
          "other_ids");

  /**
   * The decodable rows, the file line of each, and the lines that were not UTF-8.
   *
   * @param lines line number (1 = header) of each row in {@code rows}
   */
  public record Parsed(List<PersonRecordInput> rows, int[] lines, List<Integer> undecodable) {

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

  public static Parsed parse(byte[] bytes) {
    List<byte[]> raw = splitLines(bytes);
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("No header");
    }
    String header;
    try {
      header = decode(raw.getFirst());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Header not UTF-8");
    }
    List<String> columns =
        Arrays.stream(header.replace("\uFEFF", "").split(","))
            .map(c -> c.strip().toLowerCase(Locale.UK))
            .toList();
    if (!columns.contains("source_id")) {
      throw new IllegalArgumentException("No source_id column");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get();
    List<PersonRecordInput> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> undecodable = new ArrayList<>();
    for (int n = 1; n < raw.size(); n++) {
      String line;
      try {
        line = decode(raw.get(n));
      } catch (CharacterCodingException e) {
        undecodable.add(n + 1);
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      try (var parser = format.parse(new StringReader(line))) {
        for (CSVRecord r : parser) {
          rows.add(input(r));
          lines.add(n + 1);
        }
      } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
        undecodable.add(n + 1);
      }
    }
    return new Parsed(rows, lines.stream().mapToInt(Integer::intValue).toArray(), undecodable);
  }

  private static PersonRecordInput input(CSVRecord r) {
    String previous = get(r, "previous_names");
    return new PersonRecordInput(
        get(r, "source_id"),
        get(r, "given_name"),
        get(r, "middle_names"),
        get(r, "family_name"),
        previous == null ? List.of() : Arrays.asList(previous.split("\\|")),
        get(r, "date_of_birth"),
        get(r, "sex"),
        get(r, "postcode"),
        get(r, "nhs_number"),
        get(r, "upn"),
        get(r, "other_ids"));
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
  }

  private static String decode(byte[] line) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(line))
        .toString();
  }

  private static List<byte[]> splitLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (i < bytes.length || end > start) {
          lines.add(Arrays.copyOfRange(bytes, start, end));
        }
        start = i + 1;
      }
    }
    return lines;
  }
}
