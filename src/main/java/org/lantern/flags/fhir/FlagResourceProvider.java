package org.lantern.flags.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.RawParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.jspecify.annotations.Nullable;
import org.lantern.access.PartnerSystem;
import org.lantern.flags.CheckAnswer;
import org.lantern.flags.FlagChecks;
import org.lantern.flags.FlagViews;
import org.lantern.flags.PartnerFlagRejected;
import org.lantern.flags.PartnerFlagSubmissions;
import org.lantern.flags.PartnerFlags;
import org.lantern.people.NhsNumber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Flag resource for clinical systems: the check by NHS number (a searchset of the child's
 * flags, empty alike for an unknown child and one with none; one flag of code {@value
 * FhirFlags#SEVERAL} with the front door to call when several children's records carry the number
 * and one of them or more has flags), one flag by id (also a check), and a partner's own flags
 * created (once per identifier) and ended. Each call acts as the calling partner system ({@link
 * FhirCaller}); each check is audited and told, as on the web.
 */
@Component
class FlagResourceProvider implements IResourceProvider {

  private final FlagChecks checks;
  private final PartnerFlagSubmissions submissions;
  private final PartnerFlags partnerFlags;
  private final FlagViews views;
  private final MessageSource messages;

  FlagResourceProvider(
      FlagChecks checks,
      PartnerFlagSubmissions submissions,
      PartnerFlags partnerFlags,
      FlagViews views,
      MessageSource messages) {
    this.checks = checks;
    this.submissions = submissions;
    this.partnerFlags = partnerFlags;
    this.views = views;
    this.messages = messages;
  }

  @Override
  public Class<? extends IBaseResource> getResourceType() {
    return Flag.class;
  }

  /**
   * {@code GET /fhir/Flag?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|<n>} (the chained
   * {@code patient.identifier} is taken too): the child's flags, a searchset Bundle.
   */
  @Search(allowUnknownParams = true)
  public List<Flag> search(@RawParam @Nullable Map<String, List<String>> raw) {
    Map<String, List<String>> params = raw == null ? Map.of() : raw;
    PartnerSystem caller = FhirCaller.current();
    List<String> given = new ArrayList<>();
    params.forEach(
        (name, values) -> {
          if (name.equals("patient:identifier") || name.equals("patient.identifier")) {
            given.addAll(values);
          }
        });
    if (given.size() != 1) {
      throw new InvalidRequestException(text("flags.fhir.searchBy"));
    }
    String token = given.getFirst();
    int bar = token.indexOf('|');
    if (bar < 0 || !FhirFlags.NHS_NUMBER.equals(token.substring(0, bar))) {
      throw new InvalidRequestException(text("flags.fhir.searchBy"));
    }
    String number = token.substring(bar + 1);
    if (!NhsNumber.isValid(number)) {
      throw new InvalidRequestException(text("flags.fhir.nhsNumber"));
    }
    NhsNumber nhs = NhsNumber.parse(number);
    CheckAnswer answer =
        checks.byNhsNumber(caller.user(), FlagChecks.Channel.FHIR, caller.sourceSystem(), nhs);
    return resources(answer, nhs.value());
  }

  /**
   * {@code GET /fhir/Flag/{id}}: one flag, found through a check of its child. A flag the caller's
   * own agency sent is answered as it was sent, whether or not a child carries its NHS number, so
   * that reading it back does not tell the sender who is known.
   */
  @Read
  public Flag read(@IdParam IdType id) {
    PartnerSystem caller = FhirCaller.current();
    String raw = id.getIdPart();
    Optional<String> several = FlagIds.several(raw);
    if (several.isPresent()) {
      NhsNumber nhs = NhsNumber.parse(several.get());
      return resources(
              checks.byNhsNumber(
                  caller.user(), FlagChecks.Channel.FHIR, caller.sourceSystem(), nhs),
              nhs.value())
          .stream()
          .filter(f -> f.getIdElement().getIdPart().equals(raw))
          .findFirst()
          .orElseThrow(() -> new ResourceNotFoundException(id));
    }
    Optional<PartnerFlags.Kept> partner =
        FlagIds.partner(raw)
            .flatMap(partnerFlags::find)
            .filter(k -> k.partnershipId().equals(caller.user().partnershipId()));
    if (partner.isPresent() && partner.get().agencyId().equals(caller.user().agencyId())) {
      PartnerFlags.Kept own = partner.get();
      checks.of(
          caller.user(),
          FlagChecks.Channel.FHIR,
          caller.sourceSystem(),
          Optional.ofNullable(own.childId()));
      return resource(own, own.nhsNumber());
    }
    Optional<UUID> child =
        partner
            .map(PartnerFlags.Kept::childId)
            .or(() -> FlagIds.derived(raw).map(FlagIds.Derived::childId));
    if (child.isEmpty()) {
      throw new ResourceNotFoundException(id);
    }
    CheckAnswer answer =
        checks.of(caller.user(), FlagChecks.Channel.FHIR, caller.sourceSystem(), child);
    String nhs = answer.childId() == null ? null : checks.nhsNumber(answer.childId());
    return resources(answer, nhs == null ? "" : nhs).stream()
        .filter(f -> f.getIdElement().getIdPart().equals(raw))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Create
  public MethodOutcome create(@ResourceParam Flag flag) {
    PartnerSystem caller = FhirCaller.current();
    Identifier identifier =
        flag.getIdentifier().stream()
            .filter(i -> i.hasSystem() && i.hasValue())
            .findFirst()
            .orElseThrow(() -> rejected("flags.fhir.identifier"));
    Coding code =
        flag.getCode().getCoding().stream()
            .filter(c -> FhirFlags.CODES.equals(c.getSystem()) && c.hasCode())
            .findFirst()
            .orElseThrow(() -> rejected("flags.fhir.code"));
    Identifier subject = flag.getSubject().getIdentifier();
    if (!FhirFlags.NHS_NUMBER.equals(subject.getSystem()) || !subject.hasValue()) {
      throw rejected("flags.fhir.nhsNumber");
    }
    if (flag.hasStatus() && flag.getStatus() != Flag.FlagStatus.ACTIVE) {
      throw new UnprocessableEntityException(text("flags.fhir.onlyEnd"));
    }
    PartnerFlagSubmissions.Kept kept =
        submissions.create(
            caller,
            new PartnerFlagSubmissions.Sent(
                code.getCode(),
                subject.getValue(),
                identifier.getSystem(),
                identifier.getValue(),
                FhirFlags.day(flag.getPeriod().getStart()),
                FhirFlags.day(flag.getPeriod().getEnd())));
    MethodOutcome outcome = new MethodOutcome(new IdType("Flag", kept.flag().id().toString()));
    outcome.setCreated(kept.created());
    outcome.setResource(resource(kept.flag(), subject.getValue()));
    return outcome;
  }

  @Update
  public MethodOutcome update(@IdParam IdType id, @ResourceParam Flag flag) {
    PartnerSystem caller = FhirCaller.current();
    UUID flagId =
        FlagIds.partner(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
    if (!flag.hasStatus()) {
      throw rejected("flags.fhir.onlyEnd");
    }
    PartnerFlags.Kept ended =
        submissions.end(
            caller, flagId, flag.getStatus().toCode(), FhirFlags.day(flag.getPeriod().getEnd()));
    MethodOutcome outcome = new MethodOutcome(new IdType("Flag", flagId.toString()));
    outcome.setResource(resource(ended, flag.getSubject().getIdentifier().getValue()));
    return outcome;
  }

  private List<Flag> resources(CheckAnswer answer, String nhsNumber) {
    if (answer.several() && answer.responsible() != null) {
      return List.of(
          FhirFlags.several(nhsNumber, answer.responsible(), text("flags.fhir.several")));
    }
    UUID childId = answer.childId();
    if (childId == null) {
      return List.of();
    }
    return answer.flags().stream()
        .map(
            f ->
                FhirFlags.of(
                    childId,
                    f,
                    nhsNumber,
                    answer.responsible(),
                    views,
                    f.identifierSystem(),
                    f.identifierValue()))
        .toList();
  }

  private Flag resource(PartnerFlags.Kept k, @Nullable String nhsNumber) {
    org.lantern.flags.Flag flag =
        new org.lantern.flags.Flag(
            k.code(),
            k.active(),
            k.startsOn(),
            k.endsOn(),
            null,
            k.agencyName(),
            k.id(),
            k.identifierSystem(),
            k.identifierValue());
    return FhirFlags.of(
        k.childId(),
        flag,
        nhsNumber == null ? "" : nhsNumber,
        null,
        views,
        k.identifierSystem(),
        k.identifierValue());
  }

  private PartnerFlagRejected rejected(String key) {
    return new PartnerFlagRejected(PartnerFlagRejected.Reason.INVALID, key);
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
