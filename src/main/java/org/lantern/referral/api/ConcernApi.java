package org.lantern.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.PartnerSystem;
import org.lantern.people.NewChild;
import org.lantern.platform.ApiProblems;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Fingerprint;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernRules;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.ConcernSubmission.PartnerSubmission;
import org.lantern.referral.ConcernSubmission.SourceIdReusedException;
import org.lantern.referral.ConcernView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner systems submit concerns and check what became of them. */
@RestController
@RequestMapping("/api/v1/concerns")
@Tag(name = "Concerns", description = "Raise a concern about a child from a partner system.")
@SecurityRequirement(name = "partnerClient")
class ConcernApi {

  private final ConcernSubmission submission;
  private final ConcernReading reading;
  private final ApiProblems problems;
  private final DateRules dates;

  ConcernApi(
      ConcernSubmission submission, ConcernReading reading, ApiProblems problems, DateRules dates) {
    this.submission = submission;
    this.reading = reading;
    this.problems = problems;
    this.dates = dates;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      summary = "Submit a concern",
      description =
          "Creates a concern for the front door. Idempotent by your system's sourceId: a retry"
              + " returns the same concern with 200 instead of 201. Reusing a sourceId for a"
              + " different concern is refused with 409. The child described is put on a child"
              + " Lantern knows only when exactly one has the same names (or a known nickname), the"
              + " same date of birth and no different sex, NHS number or pupil number; otherwise"
              + " on a new record, which the front door may join to a child it knew. The receipt's"
              + " childMatch says which, without naming any other child.")
  @ApiResponse(responseCode = "201", description = "Concern created")
  @ApiResponse(responseCode = "200", description = "Already received: the same concern")
  @ApiResponse(
      responseCode = "422",
      description = "Invalid fields, each named in errors[]",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "sourceId already used for a different concern")
  @ApiResponse(responseCode = "401", description = "Missing or wrong client credentials")
  ResponseEntity<?> submit(
      @RequestBody ConcernRequest request, @Parameter(hidden = true) PartnerSystem system) {
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "concern");
    validate(request, errors);
    if (errors.hasErrors()) {
      return problems.invalid(errors);
    }
    Submission submission = Submission.of(request);
    PartnerSubmission result;
    try {
      result = submitOnce(submission, system);
    } catch (DataIntegrityViolationException sameMomentRetry) {
      result = submitOnce(submission, system);
    }
    ConcernReceipt receipt = receipt(reading.views(List.of(result.concernId())).getFirst());
    if (result.created()) {
      return ResponseEntity.created(URI.create("/api/v1/concerns/" + result.concernId()))
          .body(receipt);
    }
    return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(receipt);
  }

  @GetMapping(value = "/{concernId}", produces = "application/json")
  @Operation(
      summary = "What became of a concern",
      description = "Status and decision of a concern this system submitted.")
  @ApiResponse(responseCode = "200", description = "The concern")
  @ApiResponse(responseCode = "404", description = "No concern with that id from this system")
  ResponseEntity<?> status(
      @PathVariable UUID concernId, @Parameter(hidden = true) PartnerSystem system) {
    return reading
        .forPartnerSystem(system, concernId)
        .<ResponseEntity<?>>map(c -> ResponseEntity.ok(receipt(c)))
        .orElseGet(problems::notFound);
  }

  @ExceptionHandler(SourceIdReusedException.class)
  ResponseEntity<ProblemDetail> reused(SourceIdReusedException e) {
    return problems.of(HttpStatus.CONFLICT, "api.sourceIdReused");
  }

  /** A validated request as Lantern's values, and its fingerprint for telling retries apart. */
  private record Submission(
      String sourceId,
      NewChild child,
      String referrerName,
      @Nullable String referrerContact,
      ConcernContent content) {

    static Submission of(ConcernRequest request) {
      ConcernRequest.Referrer referrer = request.referrer();
      return new Submission(
          Texts.clean(request.sourceId()),
          ConcernRules.newChild(childFields(request.child()), null),
          Texts.clean(referrer.name()),
          Texts.clean(referrer.contact()),
          ConcernRules.content(concernFields(request)));
    }

    /**
     * The same concern sent again hashes the same, whatever the spacing or field order of the JSON:
     * the hash is of the values Lantern keeps.
     */
    String hash() {
      return Fingerprint.of(child + "|" + referrerName + "|" + referrerContact + "|" + content);
    }
  }

  private PartnerSubmission submitOnce(Submission s, PartnerSystem system) {
    return submission.submitFromPartner(
        system,
        s.sourceId(),
        s.hash(),
        s.child(),
        s.referrerName(),
        s.referrerContact(),
        s.content());
  }

  private void validate(ConcernRequest request, MapBindingResult errors) {
    String sourceId = Texts.clean(request.sourceId());
    if (sourceId == null) {
      errors.rejectValue("sourceId", "api.sourceId.required");
    } else if (sourceId.length() > 200) {
      errors.rejectValue("sourceId", "api.sourceId.tooLong");
    }
    if (request.child() == null) {
      errors.rejectValue("child", "api.child.required");
    } else {
      ConcernRules.checkChild(
          childFields(request.child()), concernFields(request), errors, "child.", dates);
    }
    ConcernRequest.Referrer referrer = request.referrer();
    String name = referrer == null ? null : Texts.clean(referrer.name());
    if (name == null) {
      errors.rejectValue("referrer.name", "api.referrer.name.required");
    } else if (name.length() > 200) {
      errors.rejectValue("referrer.name", "api.referrer.name.tooLong");
    }
    String contact = referrer == null ? null : Texts.clean(referrer.contact());
    if (contact != null && contact.length() > 300) {
      errors.rejectValue("referrer.contact", "api.referrer.contact.tooLong");
    }
    ConcernRules.checkConcern(concernFields(request), errors, "", dates);
  }

  private static ConcernRules.ChildFields childFields(ConcernRequest.ChildDetails c) {
    return new ConcernRules.ChildFields(
        c.givenName(),
        c.middleNames(),
        c.familyName(),
        c.knownAs(),
        c.sex(),
        DateInput.parseIso(c.dateOfBirth()),
        c.nhsNumber(),
        c.upn(),
        c.postcode());
  }

  private static ConcernRules.ConcernFields concernFields(ConcernRequest r) {
    return new ConcernRules.ConcernFields(
        r.whatHappened(),
        DateInput.parseIso(r.occurredOn()),
        r.location(),
        r.indicators() == null ? List.of() : r.indicators(),
        r.immediateDanger());
  }

  private ConcernReceipt receipt(ConcernView c) {
    return new ConcernReceipt(
        c.id(),
        c.reference(),
        c.sourceId(),
        c.status().name(),
        c.decision() == null ? null : c.decision().name(),
        c.submittedAt(),
        c.decidedAt(),
        reading.childMatch(c.id()).map(Enum::name).orElse(null));
  }
}
