package org.lantern.missing.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.lantern.platform.CsvTable;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RefusedUploadRow;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * A CSV file of missing notifications from the police, one row per notification, read as the API
 * reads a request (the file through the shared {@link CsvTable}, dates by the one {@link
 * DateRules}). Each row is saved whole or not at all (in its own transaction): rows with errors, a
 * row whose quoting is broken included, are listed with their line and column, and saved rows stay
 * usable. A police reference already recorded updates its episode, so uploading the same file
 * again, or a corrected one, never makes a second episode.
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
      Map.ofEntries(
          Map.entry("policeReference", "police_reference"),
          Map.entry("missingFrom", "missing_from"),
          Map.entry("missingAt", "missing_at"),
          Map.entry("missingLocation", "missing_location"),
          Map.entry("returnedAt", "returned_at"),
          Map.entry("returnedLocation", "returned_location"),
          Map.entry("foundWith", "found_with"),
          Map.entry("riskGrading", "risk_grading"),
          Map.entry("givenName", "given_name"),
          Map.entry("familyName", "family_name"),
          Map.entry("nhsNumber", "nhs_number"),
          Map.entry("dateOfBirth", "date_of_birth"));

  /** Read strictly: 31/02 is not a day, never rolled on to 3 March. */
  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm", Locale.UK)
          .withResolverStyle(ResolverStyle.STRICT);

  private final Episodes episodes;
  private final MissingSettings settings;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final DateRules dates;

  EpisodeUpload(
      Episodes episodes,
      MissingSettings settings,
      MessageSource messages,
      PlatformTransactionManager transactions,
      DateRules dates) {
    this.episodes = episodes;
    this.settings = settings;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.dates = dates;
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
    CsvTable table = CsvTable.read(bytes);
    if (!table.utf8()) {
      return fileProblem("missing.upload.encoding");
    }
    CsvTable.Row header = table.header();
    if (header == null) {
      return fileProblem("missing.upload.empty");
    }
    if (!header.readable()) {
      return fileProblem("missing.upload.header", table.describe(header));
    }
    Map<String, Integer> columnOf = new HashMap<>();
    List<String> names = table.columns();
    for (int i = 0; i < names.size(); i++) {
      columnOf.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT).replace(' ', '_'), i);
    }
    List<String> missing =
        REQUIRED_COLUMNS.stream().filter(c -> !columnOf.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      return fileProblem("missing.upload.columns", String.join(", ", missing));
    }
    if (table.rows().size() > MAX_ROWS) {
      return fileProblem("missing.upload.tooMany", MAX_ROWS);
    }
    List<Row> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      rows.add(r.readable() ? row(user, r, columnOf) : unreadable(table, r, columnOf));
    }
    return new Result(null, rows);
  }

  /** A line whose quoting is broken: refused, with its reference if that was read before. */
  private Row unreadable(CsvTable table, CsvTable.Row r, Map<String, Integer> columnOf) {
    String reference = value(r, columnOf, "police_reference");
    return new Row(
        r.line(),
        reference == null ? "" : reference,
        Outcome.REFUSED,
        List.of(text(table.describe(r))));
  }

  private Row row(CurrentUser user, CsvTable.Row r, Map<String, Integer> headerOf) {
    long line = r.line();
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
        dates,
        !errors.hasFieldErrors("missingAt"),
        !errors.hasFieldErrors("returnedAt"));
    NewChild child = child(r, headerOf, missingAt, errors);
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

  private @Nullable NewChild child(
      CsvTable.Row r, Map<String, Integer> headerOf, @Nullable Instant missingAt, Errors errors) {
    String given = value(r, headerOf, "given_name");
    String family = value(r, headerOf, "family_name");
    if (given == null || given.length() > 100) {
      errors.rejectValue("givenName", "api.missing.child.givenName");
    }
    if (family == null || family.length() > 100) {
      errors.rejectValue("familyName", "api.missing.child.familyName");
    }
    NhsNumber nhs = null;
    String nhsText = value(r, headerOf, "nhs_number");
    if (nhsText != null) {
      if (NhsNumber.isValid(nhsText)) {
        nhs = NhsNumber.parse(nhsText);
      } else {
        errors.rejectValue("nhsNumber", "api.missing.child.nhsNumber");
      }
    }
    LocalDate born =
        EpisodeRules.childBirth(
            DateInput.parseWritten(value(r, headerOf, "date_of_birth")),
            missingAt,
            dates,
            errors,
            "dateOfBirth",
            "missing.upload.date");
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

  private static @Nullable String value(
      CsvTable.Row r, Map<String, Integer> headerOf, String column) {
    Integer index = headerOf.get(column);
    return index == null ? null : Texts.clean(r.cell(index));
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

  private Result fileProblem(String key, Object... args) {
    return new Result(text(key, args), List.of());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  private String text(MessageSourceResolvable resolvable) {
    return messages.getMessage(resolvable, Locale.UK);
  }
}
