package org.lantern.missing.web;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.CurrentUser;
import org.lantern.missing.EpisodeRejectedException;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingSettings;
import org.lantern.people.NewChild;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RefusedUploadRow;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * A CSV file of missing notifications from the police, one row per notification, read as the API
 * reads a request. Each row is saved whole or not at all (in its own transaction): rows with errors
 * are listed, with their line and column, and saved rows stay usable. A police reference already
 * recorded updates its episode, so uploading the same file again, or a corrected one, never makes a
 * second episode.
 */
@Component
class EpisodeUpload {

  static final List<String> COLUMNS =
      List.of(
          "police_reference",
          "nhs_number",
          "given_name",
          "family_name",
          "date_of_birth",
          "missing_from",
          "missing_at",
          "missing_location",
          "returned_at",
          "returned_location",
          "found_with",
          "risk_grading");

  static final Set<String> REQUIRED_COLUMNS =
      Set.of(
          "police_reference",
          "given_name",
          "family_name",
          "missing_from",
          "missing_at",
          "risk_grading");

  /** More rows than this is not a day's notifications: refused whole, so nothing is half-read. */
  static final int MAX_ROWS = 5000;

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "policeReference", "police_reference",
          "missingFrom", "missing_from",
          "missingAt", "missing_at",
          "missingLocation", "missing_location",
          "returnedAt", "returned_at",
          "returnedLocation", "returned_location",
          "foundWith", "found_with",
          "riskGrading", "risk_grading");

  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm", Locale.UK);

  private final Episodes episodes;
  private final MissingSettings settings;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final java.time.Clock clock;

  EpisodeUpload(
      Episodes episodes,
      MissingSettings settings,
      MessageSource messages,
      PlatformTransactionManager transactions,
      java.time.Clock clock) {
    this.episodes = episodes;
    this.settings = settings;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  enum Outcome {
    CREATED,
    UPDATED,
    REFUSED
  }

  /** One row: its line in the file, its reference, what happened, and what was wrong. */
  record Row(long line, String reference, Outcome outcome, List<String> problems)
      implements RefusedUploadRow {

    @Override
    public String label() {
      return reference;
    }
  }

  /** The whole upload: a problem with the file itself, or the rows. */
  record Result(@Nullable String fileProblem, List<Row> rows) {

    long count(Outcome outcome) {
      return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long created() {
      return count(Outcome.CREATED);
    }

    public long updated() {
      return count(Outcome.UPDATED);
    }

    public long refused() {
      return count(Outcome.REFUSED);
    }

    public List<Row> refusedRows() {
      return rows.stream().filter(r -> r.outcome() == Outcome.REFUSED).toList();
    }
  }

  Result read(CurrentUser user, byte[] bytes) {
    String text = Texts.utf8(bytes);
    if (text == null) {
      return fileProblem("missing.upload.encoding");
    }
    if (text.isBlank()) {
      return fileProblem("missing.upload.empty");
    }
    List<CSVRecord> records;
    Map<String, String> headerOf = new HashMap<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(text))) {
      for (String h : parser.getHeaderNames()) {
        headerOf.put(h.trim().toLowerCase(Locale.ROOT).replace(' ', '_'), h);
      }
      List<String> missing =
          REQUIRED_COLUMNS.stream().filter(c -> !headerOf.containsKey(c)).sorted().toList();
      if (!missing.isEmpty()) {
        return fileProblem("missing.upload.columns", String.join(", ", missing));
      }
      records = parser.getRecords();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return fileProblem("missing.upload.unreadable");
    }
    if (records.size() > MAX_ROWS) {
      return fileProblem("missing.upload.tooMany", MAX_ROWS);
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : records) {
      rows.add(row(user, r, headerOf));
    }
    return new Result(null, rows);
  }

  private Row row(CurrentUser user, CSVRecord r, Map<String, String> headerOf) {
    long line = r.getRecordNumber() + 1;
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "row");
    String reference = value(r, headerOf, "police_reference");
    Instant missingAt = instant(value(r, headerOf, "missing_at"), "missingAt", errors);
    Instant returnedAt = instant(value(r, headerOf, "returned_at"), "returnedAt", errors);
    EpisodeRules.Fields fields =
        new EpisodeRules.Fields(
            reference,
            value(r, headerOf, "missing_from"),
            missingAt,
            value(r, headerOf, "missing_location"),
            returnedAt,
            value(r, headerOf, "returned_location"),
            value(r, headerOf, "found_with"),
            null,
            null,
            null,
            value(r, headerOf, "risk_grading"));
    EpisodeRules.check(
        fields,
        errors,
        settings,
        clock,
        !errors.hasFieldErrors("missingAt"),
        !errors.hasFieldErrors("returnedAt"));
    NewChild child = child(r, headerOf, errors);
    String shown = reference == null ? "" : reference;
    if (errors.hasErrors() || child == null) {
      return new Row(line, shown, Outcome.REFUSED, problems(errors));
    }
    try {
      Episodes.RecordedDescribed recorded =
          transaction.execute(
              tx ->
                  episodes.recordDescribed(user, "CSV upload", user.displayName(), child, fields));
      return new Row(
          line, shown, recorded.created() ? Outcome.CREATED : Outcome.UPDATED, List.of());
    } catch (EpisodeRejectedException rejected) {
      errors.rejectValue(rejected.field(), rejected.code(), rejected.arguments(), null);
      return new Row(line, shown, Outcome.REFUSED, problems(errors));
    } catch (AccessRefusedException refused) {
      return new Row(line, shown, Outcome.REFUSED, List.of(text("missing.upload.refused")));
    }
  }

  private @Nullable NewChild child(CSVRecord r, Map<String, String> headerOf, Errors errors) {
    String given = value(r, headerOf, "given_name");
    String family = value(r, headerOf, "family_name");
    if (given == null || given.length() > 100) {
      errors.reject("api.missing.child.givenName");
    }
    if (family == null || family.length() > 100) {
      errors.reject("api.missing.child.familyName");
    }
    NhsNumber nhs = null;
    String nhsText = value(r, headerOf, "nhs_number");
    if (nhsText != null) {
      if (NhsNumber.isValid(nhsText)) {
        nhs = NhsNumber.parse(nhsText);
      } else {
        errors.reject("api.missing.child.nhsNumber");
      }
    }
    LocalDate born = null;
    String bornText = value(r, headerOf, "date_of_birth");
    if (bornText != null) {
      born = date(bornText);
      if (born == null) {
        errors.reject("missing.upload.date");
      }
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new NewChild(given, null, family, null, Sex.NOT_KNOWN, born, nhs, null, null, null);
  }

  private List<String> problems(Errors errors) {
    List<String> out = new ArrayList<>();
    errors.getGlobalErrors().forEach(e -> out.add(messages.getMessage(e, Locale.UK)));
    for (FieldError e : errors.getFieldErrors()) {
      out.add(
          text(
              "missing.upload.problem",
              COLUMN_OF_FIELD.getOrDefault(e.getField(), e.getField()),
              messages.getMessage(e, Locale.UK)));
    }
    return out;
  }

  private static @Nullable String value(CSVRecord r, Map<String, String> headerOf, String column) {
    String header = headerOf.get(column);
    if (header == null || !r.isSet(header)) {
      return null;
    }
    return Texts.clean(r.get(header));
  }

  /**
   * A time as police exports write it: ISO 8601 with an offset, or a local time in the UK as {@code
   * 2026-11-17 22:30}, {@code 2026-11-17T22:30} or {@code 17/11/2026 22:30}.
   */
  static @Nullable Instant parseInstant(String t) {
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeException ignored) {
      // not with an offset
    }
    try {
      return LocalDateTime.parse(t.replace(' ', 'T')).atZone(LanternTime.ZONE).toInstant();
    } catch (DateTimeException ignored) {
      // not ISO
    }
    try {
      return LocalDateTime.parse(t, UK).atZone(LanternTime.ZONE).toInstant();
    } catch (DateTimeException ignored) {
      return null;
    }
  }

  private static @Nullable Instant instant(@Nullable String text, String field, Errors errors) {
    if (text == null) {
      return null;
    }
    Instant at = parseInstant(text);
    if (at == null) {
      errors.rejectValue(field, "missing.upload.dateTime");
    }
    return at;
  }

  private static @Nullable LocalDate date(String t) {
    try {
      return LocalDate.parse(t);
    } catch (DateTimeException e) {
      try {
        return LocalDate.parse(t, DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK));
      } catch (DateTimeException e2) {
        return null;
      }
    }
  }

  private Result fileProblem(String key, Object... args) {
    return new Result(text(key, args), List.of());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
