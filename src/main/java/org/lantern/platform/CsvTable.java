package org.lantern.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An uploaded CSV file (RFC 4180) read the one way every upload reads it: UTF-8 line by line (a
 * line in another encoding is reported on its own, never guessed), a header row, then one record a
 * line. A line whose quoting is broken is reported with its number, the column and what is wrong,
 * and the lines after it are read as usual; nothing throws.
 *
 * <p>A record may not span lines: a quoted field that runs past the end of its line is reported as
 * a quote that never closes, so a stray quote mark can never swallow the rows after it unseen.
 * Hidden format characters (direction controls and the like) are taken out of every cell ({@link
 * Texts#plain}); cells are otherwise as written, for each upload to trim and check.
 */
public final class CsvTable {

  /** What can be wrong with a line as CSV; {@link #messageKey()} says it in words. */
  public enum Problem {
    NOT_UTF8("encoding"),
    UNCLOSED_QUOTE("unclosedQuote"),
    QUOTE_IN_UNQUOTED_FIELD("quoteInUnquotedField"),
    TEXT_AFTER_CLOSING_QUOTE("textAfterClosingQuote");

    private final String code;

    Problem(String code) {
      this.code = code;
    }

    /** A short name for partner systems ("unclosedQuote"). */
    public String code() {
      return code;
    }

    public String messageKey() {
      return "upload.csv." + code;
    }
  }

  /**
   * One line of the file: its number (1 is the first line), the cells read, and, when it could not
   * be read whole, the problem and the index of the cell it is in (cells before that are kept, to
   * say which record it was).
   */
  public record Row(int line, List<String> cells, @Nullable Problem problem, int problemCell) {

    public boolean readable() {
      return problem == null;
    }

    /** The cell at {@code index}, or null when the line has fewer cells. */
    public @Nullable String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
  }

  private final @Nullable Row header;
  private final List<Row> rows;

  private CsvTable(@Nullable Row header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads the file; an empty or blank file has no header and no rows. */
  public static CsvTable read(byte[] bytes) {
    Row header = null;
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (byte[] raw : lines(bytes)) {
      number++;
      String text = Texts.utf8(raw);
      if (text != null && text.indexOf('\u0000') >= 0) {
        text = null; // a NUL is never in text: the file is UTF-16 or not text at all
      }
      Row row;
      if (text == null) {
        row = new Row(number, List.of(), Problem.NOT_UTF8, -1);
      } else if (text.isBlank()) {
        continue;
      } else {
        row = parse(number, text);
      }
      if (header == null) {
        header = row;
      } else {
        rows.add(row);
      }
    }
    return new CsvTable(header, rows);
  }

  /** The first line that is not blank, naming the columns; null for an empty file. */
  public @Nullable Row header() {
    return header;
  }

  /** The column names as the header gives them, trimmed. */
  public List<String> columns() {
    return header == null ? List.of() : header.cells().stream().map(String::strip).toList();
  }

  /** Every line after the header that is not blank, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** Whether every line of the file is UTF-8. */
  public boolean utf8() {
    return (header == null || header.problem() != Problem.NOT_UTF8)
        && rows.stream().noneMatch(r -> r.problem() == Problem.NOT_UTF8);
  }

  /** The name of the column a row's problem is in, as the header names it; null if none. */
  public @Nullable String problemColumn(Row row) {
    List<String> columns = columns();
    int i = row.problemCell();
    if (row == header || i < 0 || i >= columns.size() || columns.get(i).isEmpty()) {
      return null;
    }
    return columns.get(i);
  }

  /**
   * What is wrong with an unreadable row, in words, with its column when known: "given_name: A
   * quote mark opens a field that never closes…".
   */
  public MessageSourceResolvable describe(Row row) {
    Problem problem = row.problem();
    if (problem == null) {
      throw new IllegalArgumentException("Line " + row.line() + " was read");
    }
    MessageSourceResolvable what = new DefaultMessageSourceResolvable(problem.messageKey());
    String column = problemColumn(row);
    if (column == null) {
      return what;
    }
    return new DefaultMessageSourceResolvable(
        new String[] {"upload.csv.problem"}, new Object[] {column, what});
  }

  private static Row parse(int number, String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int pos = 0;
    int length = text.length();
    while (true) {
      int start = pos;
      while (pos < length && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
      if (pos < length && text.charAt(pos) == '"') {
        pos++;
        boolean closed = false;
        while (pos < length) {
          char c = text.charAt(pos);
          if (c == '"' && pos + 1 < length && text.charAt(pos + 1) == '"') {
            cell.append('"');
            pos += 2;
          } else if (c == '"') {
            pos++;
            closed = true;
            break;
          } else {
            cell.append(c);
            pos++;
          }
        }
        if (!closed) {
          return problem(number, cells, Problem.UNCLOSED_QUOTE);
        }
        while (pos < length && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
          pos++;
        }
        if (pos < length && text.charAt(pos) != ',') {
          return problem(number, cells, Problem.TEXT_AFTER_CLOSING_QUOTE);
        }
      } else {
        pos = start;
        while (pos < length && text.charAt(pos) != ',') {
          if (text.charAt(pos) == '"') {
            return problem(number, cells, Problem.QUOTE_IN_UNQUOTED_FIELD);
          }
          cell.append(text.charAt(pos));
          pos++;
        }
      }
      cells.add(Texts.plain(cell.toString()));
      cell.setLength(0);
      if (pos >= length) {
        return new Row(number, List.copyOf(cells), null, -1);
      }
      pos++; // the comma
    }
  }

  private static Row problem(int number, List<String> cells, Problem problem) {
    return new Row(number, List.copyOf(cells), problem, cells.size());
  }

  /** The file's lines without their ends (CR LF, LF or CR alone, as old spreadsheets write). */
  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < bytes.length) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        i += bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }
}
