package org.lantern.missing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyKind;
import org.lantern.access.Directory;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.missing.EpisodeRejectedException;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.EpisodeView;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingSettings;
import org.lantern.people.NewChild;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.platform.ApiProblems;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Police systems notify missing episodes and returns. */
@RestController
@RequestMapping("/api/v1/missing-episodes")
@Tag(name = "Missing episodes", description = "Notify a child missing, and their return.")
@SecurityRequirement(name = "partnerClient")
class MissingEpisodeApi {

  private final Episodes episodes;
  private final MissingSettings settings;
  private final ApiProblems problems;
  private final TransactionTemplate transaction;
  private final DateRules dates;
  private final Directory directory;
  private final AccessPolicy policy;

  MissingEpisodeApi(
      Directory directory,
      AccessPolicy policy,
      Episodes episodes,
      MissingSettings settings,
      ApiProblems problems,
      TransactionTemplate transaction,
      DateRules dates) {
    this.episodes = episodes;
    this.settings = settings;
    this.problems = problems;
    this.transaction = transaction;
    this.dates = dates;
    this.directory = directory;
    this.policy = policy;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      summary = "Notify a missing episode or its return",
      description =
          "Idempotent by police reference: the first notification creates the episode (201), a"
              + " later one with the same reference updates it (200), for example with the return."
              + " A reference already used for another child is refused with 409. The child"
              + " described is put on a child Lantern knows only when exactly one has the same"
              + " names (or a known nickname), the same date of birth and no different NHS number;"
              + " otherwise on a new record, which the front door may join to a child it knew. The"
              + " receipt's childMatch says which, without naming any other child.")
  @ApiResponse(responseCode = "201", description = "Episode created")
  @ApiResponse(responseCode = "200", description = "Episode updated")
  @ApiResponse(responseCode = "422", description = "Invalid fields, each named in errors[]")
  @ApiResponse(responseCode = "409", description = "Reference used for another child")
  @ApiResponse(responseCode = "401", description = "Missing or wrong client credentials")
  ResponseEntity<?> notify(
      @RequestBody EpisodeRequest request,
      @Parameter(hidden = true) PartnerSystem system,
      HttpServletRequest http) {
    boolean police =
        directory
            .agency(system.user().agencyId())
            .map(a -> a.kind() == AgencyKind.POLICE)
            .orElse(false);
    try {
      policy.requireRole(
          system.user(),
          Permission.RECORD_ANY_MISSING_EPISODE,
          RecordRef.request(http),
          RecordRule.of(police, "NOT_POLICE"));
    } catch (AccessDeniedForRole notPolice) {
      return problem(HttpStatus.FORBIDDEN, "api.missing.notPolice");
    }
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "episode");
    Instant missingAt = instant(request.missingAt(), "missingAt", errors);
    Instant returnedAt = instant(request.returnedAt(), "returnedAt", errors);
    EpisodeRequest.Adult adult = request.foundWithAdult();
    LocalDate adultBorn =
        adult == null
            ? null
            : EpisodeRules.adultBirth(
                DateInput.parseIso(adult.dateOfBirth()),
                dates,
                errors,
                "foundWithAdult.dateOfBirth",
                "api.missing.date");
    EpisodeRules.Fields fields =
        new EpisodeRules.Fields(
            request.policeReference(),
            request.missingFrom(),
            missingAt,
            request.missingLocation(),
            returnedAt,
            request.returnedLocation(),
            request.foundWith(),
            adult == null ? null : adult.givenName(),
            adult == null ? null : adult.familyName(),
            adultBorn,
            request.riskGrading());
    EpisodeRules.check(
        fields,
        errors,
        settings,
        dates,
        !errors.hasFieldErrors("missingAt"),
        !errors.hasFieldErrors("returnedAt"));
    NewChild child = child(request.child(), missingAt, errors);
    if (errors.hasErrors()) {
      return invalid(errors);
    }
    Episodes.RecordedDescribed recorded;
    try {
      recorded = recordOnce(system, child, fields);
    } catch (DataIntegrityViolationException sameMomentRetry) {
      recorded = recordOnce(system, child, fields);
    } catch (EpisodeRejectedException rejected) {
      if (rejected.code().equals("missing.policeReference.otherChild")) {
        return problem(HttpStatus.CONFLICT, "api.missing.otherChild");
      }
      errors.rejectValue(rejected.field(), rejected.code(), rejected.arguments(), null);
      return invalid(errors);
    }
    EpisodeView v = episodes.view(system.user(), recorded.episodeId());
    EpisodeReceipt receipt =
        new EpisodeReceipt(
            v.id(),
            v.policeReference(),
            v.childId(),
            v.missingAt(),
            v.returnedAt(),
            v.interviewStatus().name(),
            v.interviewDueAt(),
            recorded.childMatch().name());
    if (recorded.created()) {
      return ResponseEntity.created(URI.create("/api/v1/missing-episodes/" + v.id())).body(receipt);
    }
    return ResponseEntity.ok().body(receipt);
  }

  private Episodes.RecordedDescribed recordOnce(
      PartnerSystem system, NewChild described, EpisodeRules.Fields fields) {
    return transaction.execute(
        tx ->
            episodes.recordDescribed(
                system.user(), system.sourceSystem(), system.sourceSystem(), described, fields));
  }

  private @Nullable NewChild child(
      EpisodeRequest.@Nullable ChildDetails c, @Nullable Instant missingAt, Errors errors) {
    if (c == null) {
      errors.rejectValue("child", "api.missing.child.required");
      return null;
    }
    String given = Texts.clean(c.givenName());
    String family = Texts.clean(c.familyName());
    if (given == null || given.length() > 100) {
      errors.rejectValue("child.givenName", "api.missing.child.givenName");
    }
    if (family == null || family.length() > 100) {
      errors.rejectValue("child.familyName", "api.missing.child.familyName");
    }
    NhsNumber nhs = null;
    if (Texts.clean(c.nhsNumber()) != null) {
      if (NhsNumber.isValid(c.nhsNumber())) {
        nhs = NhsNumber.parse(c.nhsNumber());
      } else {
        errors.rejectValue("child.nhsNumber", "api.missing.child.nhsNumber");
      }
    }
    LocalDate born =
        EpisodeRules.childBirth(
            DateInput.parseIso(c.dateOfBirth()),
            missingAt,
            dates,
            errors,
            "child.dateOfBirth",
            "api.missing.date");
    if (errors.hasErrors()) {
      return null;
    }
    return new NewChild(given, null, family, null, Sex.NOT_KNOWN, born, nhs, null, null, null);
  }

  private static @Nullable Instant instant(@Nullable String text, String field, Errors errors) {
    String t = Texts.clean(text);
    if (t == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeException e) {
      errors.rejectValue(field, "api.missing.dateTime");
      return null;
    }
  }

  private ResponseEntity<ProblemDetail> invalid(Errors errors) {
    return problems.invalid(errors);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
    return problems.of(status, key);
  }
}
