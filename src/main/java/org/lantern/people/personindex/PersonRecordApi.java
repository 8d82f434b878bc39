package org.lantern.people.personindex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.PartnerSystem;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonRecordInput;
import org.lantern.people.PersonRecordRules;
import org.lantern.platform.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner systems send their records of people, as JSON or CSV. Idempotent by (system, sourceId):
 * sending a record again updates it, never duplicates it. Each row is answered on its own: a field
 * failing its check is set aside and reported, the rest of the record kept; a row with nothing
 * identifying left is refused with the reasons; the rest proceed.
 */
@RestController
@RequestMapping("/api/v1/person-records")
@Tag(name = "Person records", description = "Send person records to Lantern's person index.")
@SecurityRequirement(name = "partnerClient")
class PersonRecordApi {

  /** The answer: counts, then each row's outcome in the order sent. */
  record ImportReceipt(
      long created,
      long updated,
      long unchanged,
      long rejected,
      long withFieldsSetAside,
      int linked,
      int forReview,
      List<RowReceipt> rows) {}

  record RowReceipt(
      int row,
      String sourceId,
      String outcome,
      @Nullable UUID recordId,
      List<RowProblem> problems) {}

  /**
   * A problem with a field. {@code setAside}: the record was kept without the field (stored as
   * received, marked invalid, not used for matching); otherwise the row was refused.
   */
  record RowProblem(String field, String code, String detail, boolean setAside) {}

  /** Message keys of row problems: this, a dot and the problem's code. */
  private static final String ERRORS = "personRecord.error";

  private final PersonIndex index;
  private final MessageSource messages;
  private final ApiProblems problems;

  PersonRecordApi(PersonIndex index, MessageSource messages, ApiProblems problems) {
    this.index = index;
    this.messages = messages;
    this.problems = problems;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      summary = "Send person records (JSON)",
      description =
          "An array of records. Answers 200 with each row's outcome: CREATED, UPDATED, UNCHANGED or"
              + " REJECTED, with its problems. A field failing its check (an NHS number failing"
              + " its check digit, an impossible date) is set aside: kept as sent, not used for"
              + " matching, reported with setAside true; the rest of the record is kept and linked"
              + " to the records already held. A row is REJECTED only without a sourceId or with"
              + " nothing identifying left (no usable name, NHS number or UPN).")
  ResponseEntity<?> sendJson(
      @RequestBody List<PersonRecordInput> records,
      @Parameter(hidden = true) PartnerSystem system) {
    if (records.size() > PersonRecordCsv.MAX_ROWS) {
      return tooMany();
    }
    PersonIndex.ImportReport report =
        index.importRecords(system.user(), system.sourceSystem(), records);
    return ResponseEntity.ok(receipt(report, PersonRecordCsv.Parsed.json(records.size())));
  }

  @PostMapping(consumes = "text/csv", produces = "application/json")
  @Operation(
      summary = "Send person records (CSV)",
      description =
          "UTF-8 CSV with a header row: source_id, given_name, middle_names, family_name,"
              + " previous_names (separated by |), date_of_birth (yyyy-mm-dd or dd/mm/yyyy), sex,"
              + " postcode, nhs_number, upn, other_ids. One record a line: a line that is not UTF-8,"
              + " or whose quoting is broken, is reported (codes encoding, unclosedQuote,"
              + " quoteInUnquotedField, textAfterClosingQuote) and the rest proceed.")
  ResponseEntity<?> sendCsv(
      @RequestBody byte[] csv, @Parameter(hidden = true) PartnerSystem system) {
    PersonRecordCsv.Parsed parsed;
    try {
      parsed = PersonRecordCsv.parse(csv);
    } catch (IllegalArgumentException e) {
      return problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "personRecord.csv.header");
    }
    if (parsed.rows().size() > PersonRecordCsv.MAX_ROWS) {
      return tooMany();
    }
    PersonIndex.ImportReport report =
        index.importRecords(system.user(), system.sourceSystem(), parsed.rows());
    return ResponseEntity.ok(receipt(report, parsed));
  }

  private ResponseEntity<ProblemDetail> tooMany() {
    return problems.of(HttpStatus.CONTENT_TOO_LARGE, "personRecord.tooMany");
  }

  private ImportReceipt receipt(PersonIndex.ImportReport report, PersonRecordCsv.Parsed parsed) {
    List<RowReceipt> rows = new ArrayList<>();
    for (PersonIndex.RowResult r : report.rows()) {
      rows.add(
          new RowReceipt(
              parsed.lineOf(r.row()),
              r.sourceId(),
              r.outcome().name(),
              r.recordId(),
              r.problems().stream().map(this::problem).toList()));
    }
    for (PersonRecordCsv.Unreadable u : parsed.unreadable()) {
      rows.add(
          new RowReceipt(
              u.line(),
              u.sourceId(),
              PersonIndex.Outcome.REJECTED.name(),
              null,
              List.of(
                  new RowProblem(
                      u.field(), u.problem().code(), text(u.problem().messageKey()), false))));
    }
    rows.sort(Comparator.comparingInt(RowReceipt::row));
    return new ImportReceipt(
        report.count(PersonIndex.Outcome.CREATED),
        report.count(PersonIndex.Outcome.UPDATED),
        report.count(PersonIndex.Outcome.UNCHANGED),
        report.count(PersonIndex.Outcome.REJECTED) + parsed.unreadable().size(),
        report.rows().stream()
            .filter(r -> r.outcome() != PersonIndex.Outcome.REJECTED && !r.problems().isEmpty())
            .count(),
        report.linking().linked(),
        report.linking().forReview(),
        rows);
  }

  private RowProblem problem(PersonRecordRules.Problem p) {
    return new RowProblem(p.field(), p.code(), text(ERRORS + "." + p.code()), p.setAside());
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
