package org.lantern.people.personindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonRecordRules;
import org.lantern.platform.RefusedUploadRow;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A front-door worker or coordinator uploads a partner's person records as a CSV file (the same
 * columns and rules as the partner API); the page shows what became of each row, and how many pairs
 * were linked or sent for review.
 */
@Controller
class PersonRecordUploadController {

  /** Larger files go through the API in parts. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  static final int MAX_SOURCE = 60;

  /** A rejected row: its line in the file, the record's id in the partner's system, why. */
  record RejectedRow(long line, String sourceId, List<String> problems)
      implements RefusedUploadRow {

    @Override
    public String label() {
      return sourceId;
    }
  }

  /** What the upload did. */
  record Result(
      long created,
      long updated,
      long unchanged,
      long rejected,
      int linked,
      int forReview,
      List<RejectedRow> rejectedRows,
      List<RejectedRow> setAsideRows) {}

  private final PersonIndex index;
  private final AccessPolicy policy;
  private final MessageSource messages;

  PersonRecordUploadController(PersonIndex index, AccessPolicy policy, MessageSource messages) {
    this.index = index;
    this.policy = policy;
    this.messages = messages;
  }

  @GetMapping("/person-index/upload")
  String form(CurrentUser user, Model model) {
    require(user);
    model.addAttribute("columns", PersonRecordCsv.HEADER);
    return "people/person-index/upload";
  }

  @PostMapping("/person-index/upload")
  String upload(
      @RequestParam(name = "source", required = false) @Nullable String typedSource,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      CurrentUser user,
      Model model)
      throws IOException {
    require(user);
    model.addAttribute("columns", PersonRecordCsv.HEADER);
    String source = Texts.clean(typedSource);
    model.addAttribute("source", source);
    String sourceProblem =
        source == null
            ? "linkage.upload.source.required"
            : source.length() > MAX_SOURCE
                ? "linkage.upload.source.tooLong"
                : PersonIndex.isReserved(source) ? "linkage.upload.source.reserved" : null;
    String fileProblem =
        file == null || file.isEmpty()
            ? "linkage.upload.file.required"
            : file.getSize() > MAX_BYTES ? "linkage.upload.file.tooLarge" : null;
    PersonRecordCsv.Parsed parsed = null;
    if (fileProblem == null) {
      try {
        parsed = PersonRecordCsv.parse(file.getBytes());
        if (parsed.rows().size() > PersonRecordCsv.MAX_ROWS) {
          fileProblem = "linkage.upload.file.tooMany";
        }
      } catch (IllegalArgumentException e) {
        fileProblem = "linkage.upload.file.header";
      }
    }
    if (sourceProblem != null || fileProblem != null) {
      model.addAttribute("sourceProblem", text(sourceProblem));
      model.addAttribute("fileProblem", text(fileProblem));
      return "people/person-index/upload";
    }
    PersonIndex.ImportReport report = index.uploadRecords(user, source, parsed.rows());
    model.addAttribute("result", result(report, parsed));
    return "people/person-index/upload";
  }

  private Result result(PersonIndex.ImportReport report, PersonRecordCsv.Parsed parsed) {
    List<RejectedRow> rejected = new ArrayList<>();
    List<RejectedRow> setAside = new ArrayList<>();
    for (PersonIndex.RowResult r : report.rows()) {
      if (r.outcome() == PersonIndex.Outcome.REJECTED) {
        rejected.add(
            new RejectedRow(
                parsed.lineOf(r.row()),
                r.sourceId(),
                r.problems().stream().map(this::problem).toList()));
      } else if (!r.problems().isEmpty()) {
        setAside.add(
            new RejectedRow(
                parsed.lineOf(r.row()),
                r.sourceId(),
                r.problems().stream().map(this::problem).toList()));
      }
    }
    for (PersonRecordCsv.Unreadable u : parsed.unreadable()) {
      rejected.add(
          new RejectedRow(
              u.line(),
              u.sourceId(),
              List.of(
                  messages.getMessage(
                      "linkage.upload.problem",
                      new Object[] {column(u.field()), text(u.problem().messageKey())},
                      Locale.UK))));
    }
    rejected.sort(Comparator.comparingLong(RejectedRow::line));
    return new Result(
        report.count(PersonIndex.Outcome.CREATED),
        report.count(PersonIndex.Outcome.UPDATED),
        report.count(PersonIndex.Outcome.UNCHANGED),
        rejected.size(),
        report.linking().linked(),
        report.linking().forReview(),
        rejected,
        setAside);
  }

  private String problem(PersonRecordRules.Problem p) {
    return messages.getMessage(
        p.setAside() ? "linkage.upload.problem.setAside" : "linkage.upload.problem",
        new Object[] {
          column(p.field()), text("personRecord.error." + p.code()), text("personRecord.setAside")
        },
        Locale.UK);
  }

  /** The CSV column a problem is in, as the file names it ("givenName" is given_name). */
  private String column(String field) {
    return field.equals("row")
        ? text("linkage.upload.wholeLine")
        : field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.UK);
  }

  private @Nullable String text(@Nullable String key) {
    return key == null ? null : messages.getMessage(key, null, key, Locale.UK);
  }

  private void require(CurrentUser user) {
    policy.requireRole(user, Permission.UPLOAD_PERSON_RECORDS);
  }
}
