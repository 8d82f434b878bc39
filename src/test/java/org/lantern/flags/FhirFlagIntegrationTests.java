package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AgencyKind;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.ApiScope;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.PartnerSystems;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.notify.Alerts;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FHIR R4 Flag API against the running server, called with HAPI's own client: the check by NHS
 * number, one flag by id, the CapabilityStatement, partner flags created once per identifier and
 * ended, and each kind of bad input answered with an OperationOutcome and the right status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
class FhirFlagIntegrationTests {

  static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  static final String CODES = "urn:lantern:fhir:CodeSystem:flag-type";
  static final String TOOL = TestScreeningTools.simple("fhir-screening", "FHIR screening");

  private static TestPartnership p;
  private static ApiClientCredentials ed;
  private static ApiClientCredentials school;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired Screenings screenings;
  @Autowired ScreeningTools tools;
  @Autowired Relationships relationships;
  @Autowired PartnershipStructure structure;
  @Autowired TransactionTemplate transaction;
  @Autowired AuditLog audit;
  @Autowired Alerts alerts;
  @Autowired PartnerSystems partnerSystems;
  @Autowired JdbcClient jdbc;

  final FhirContext fhir = FhirContext.forR4Cached();

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
      tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
      ed = directory.createApiClient(p.trustId(), "fhir-ed-" + p.suffix(), "Trust ED", "Trust ED");
      school =
          directory.createApiClient(p.schoolId(), "fhir-school-" + p.suffix(), "School", "SCHOOL");
      transaction.executeWithoutResult(
          tx -> structure.contacts(p.councilId(), "01632 960001", "01632 960999"));
    }
    fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
  }

  private IGenericClient client(ApiClientCredentials credentials) {
    IGenericClient client = fhir.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    if (credentials != null) {
      client.registerInterceptor(new BearerTokenAuthInterceptor(credentials.bearerToken()));
    }
    return client;
  }

  private Bundle search(IGenericClient client, String nhsNumber) {
    return client
        .search()
        .byUrl("Flag?patient:identifier=" + NHS + "|" + nhsNumber)
        .returnBundle(Bundle.class)
        .execute();
  }

  @Test
  void aCheckAnswersTheChildsFlagsWithTheResponsibleTeamAndNumbers() {
    ChildSummary child = fixtures.child(p);
    screen(child);
    relationships.link(
        child.id(), p.user(Role.SOCIAL_WORKER).id(), RelationshipKind.ALLOCATED_WORKER);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);

    Bundle bundle = search(client(ed), child.nhsNumber());

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    assertThat(bundle.getEntry()).hasSize(1);
    Flag flag = (Flag) bundle.getEntryFirstRep().getResource();
    assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
    assertThat(flag.getCode().getCodingFirstRep().getSystem()).isEqualTo(CODES);
    assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("MEDIUM_OR_HIGH_RISK");
    assertThat(flag.getCode().getCodingFirstRep().getDisplay())
        .isEqualTo("Assessed at medium or high risk of exploitation");
    assertThat(flag.getSubject().getIdentifier().getValue()).isEqualTo(child.nhsNumber());
    assertThat(flag.getPeriod().hasStart()).isTrue();
    Organization author = (Organization) flag.getContained().getFirst();
    assertThat(author.getName()).contains("Children's team " + p.suffix());
    assertThat(author.getTelecom())
        .extracting(t -> t.getValue())
        .containsExactly("01632 960001", "01632 960999");

    String json = fhir.newJsonParser().encodeResourceToString(bundle);
    assertThat(json)
        .doesNotContain(child.givenName())
        .doesNotContain(child.familyName())
        .doesNotContain("Voice of the child");
    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS);
              assertThat(e.purpose()).isEqualTo(FlagChecks.PURPOSE);
            });
    assertThat(alerts.mine(p.user(Role.SOCIAL_WORKER)))
        .anySatisfy(
            a -> {
              assertThat(a.childId()).isEqualTo(child.id());
              assertThat(a.detail()).isEqualTo("Trust ED");
            });

    Flag read =
        client(ed).read().resource(Flag.class).withId(flag.getIdElement().getIdPart()).execute();
    assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("MEDIUM_OR_HIGH_RISK");
  }

  @Test
  void aSearchWithTheTokensBarUnencodedAsTheFhirSpecWritesItIsAnsweredNotRefusedByTheServer()
      throws Exception {
    ChildSummary child = fixtures.child(p);
    screen(child);
    String target = "/fhir/Flag?patient:identifier=" + NHS + "|" + child.nhsNumber();

    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/fhir+json\r\n"
                  + "Authorization: Bearer "
                  + ed.bearerToken()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 200");
      assertThat(answer).contains("\"resourceType\":\"Bundle\"").contains("MEDIUM_OR_HIGH_RISK");
    }
  }

  @Test
  void anUnknownChildAndAKnownChildWithNoFlagsAnswerTheSameEmptySearchset() {
    ChildSummary known = fixtures.child(p);

    Bundle forKnown = search(client(ed), known.nhsNumber());
    Bundle forUnknown = search(client(ed), "9434765919");

    assertThat(forKnown.getEntry()).isEmpty();
    assertThat(forUnknown.getEntry()).isEmpty();
    assertThat(forKnown.getTotal()).isEqualTo(forUnknown.getTotal());
  }

  @Test
  void anAnswerGoesToTheCallerInOneWriteWithItsLengthNotValueByValueInChunks() throws Exception {
    ChildSummary flagged = fixtures.child(p);
    screen(flagged);

    for (String number : List.of(flagged.nhsNumber(), "9434765919")) {
      HttpResponse<String> answer = raw(ed, "Flag?patient:identifier=" + NHS + "%7C" + number);

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Length"))
          .hasValue(Integer.toString(answer.body().getBytes(StandardCharsets.UTF_8).length));
      assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    }
  }

  @Test
  void anNhsNumberTwoUnjoinedRecordsShareAnswersOneFlagToCallTheFrontDoorNamingNoFlag() {
    ChildSummary flagged = fixtures.child(p);
    ChildSummary twin =
        fixtures.aChild(p).nhs(NhsNumber.parse(flagged.nhsNumber())).born(2013, 2, 3).persisted();
    screen(flagged);

    Bundle bundle = search(client(ed), flagged.nhsNumber());

    assertThat(bundle.getEntry()).hasSize(1);
    Flag flag = (Flag) bundle.getEntryFirstRep().getResource();
    assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
    assertThat(flag.getCode().getCodingFirstRep().getSystem()).isEqualTo(CODES);
    assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("SEVERAL_CHILDREN");
    assertThat(flag.getCode().getText()).contains("call the front door");
    Organization author = (Organization) flag.getContained().getFirst();
    assertThat(author.getName()).contains("Council " + p.suffix());
    assertThat(author.getTelecom())
        .extracting(t -> t.getValue())
        .containsExactly("01632 960001", "01632 960999");
    String json = fhir.newJsonParser().encodeResourceToString(bundle);
    assertThat(json)
        .doesNotContain("MEDIUM_OR_HIGH_RISK")
        .doesNotContain(flagged.id().toString().replace("-", ""))
        .doesNotContain(flagged.givenName())
        .doesNotContain(twin.givenName());
    for (ChildSummary matched : List.of(flagged, twin)) {
      assertThat(audit.forChild(matched.id()))
          .as("each child the number matched is audited")
          .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS));
    }
    Flag read =
        client(ed).read().resource(Flag.class).withId(flag.getIdElement().getIdPart()).execute();
    assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("SEVERAL_CHILDREN");
  }

  @Test
  void thePartnersFlagIsCreatedOnceAndEndedWithAStatusChange() {
    ChildSummary child = fixtures.child(p);
    String identifier = "TERM-" + UUID.randomUUID();

    MethodOutcome first =
        client(ed)
            .create()
            .resource(flag(child.nhsNumber(), "REPEAT_TERMINATIONS", identifier))
            .execute();
    MethodOutcome again =
        client(ed)
            .create()
            .resource(flag(child.nhsNumber(), "REPEAT_TERMINATIONS", identifier))
            .execute();

    assertThat(first.getCreated()).isTrue();
    assertThat(again.getCreated()).isNotEqualTo(Boolean.TRUE);
    assertThat(again.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
    Bundle bundle = search(client(ed), child.nhsNumber());
    assertThat(bundle.getEntry()).hasSize(1);
    Flag kept = (Flag) bundle.getEntryFirstRep().getResource();
    assertThat(kept.getIdentifierFirstRep().getValue()).isEqualTo(identifier);
    assertThat(kept.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);

    kept.setStatus(Flag.FlagStatus.INACTIVE);
    kept.getContained().clear();
    kept.setAuthor(null);
    client(ed).update().resource(kept).execute();

    Flag ended = (Flag) search(client(ed), child.nhsNumber()).getEntryFirstRep().getResource();
    assertThat(ended.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
    assertThat(ended.getPeriod().hasEnd()).isTrue();
  }

  @Test
  void badInputIsAnOperationOutcomeWithTheRightStatus() {
    ChildSummary child = fixtures.child(p);

    assertOutcome(
        () -> search(client(ed), "1234567890"), InvalidRequestException.class, "valid NHS number");
    assertOutcome(
        () -> client(ed).search().byUrl("Flag").returnBundle(Bundle.class).execute(),
        InvalidRequestException.class,
        "patient:identifier");
    assertOutcome(
        () -> client(ed).create().resource(flag(child.nhsNumber(), "NOT_A_CODE", "X-1")).execute(),
        UnprocessableEntityException.class,
        "not one this partnership accepts");
    assertOutcome(
        () ->
            client(school)
                .create()
                .resource(flag(child.nhsNumber(), "REPEAT_TERMINATIONS", "S-1"))
                .execute(),
        ForbiddenOperationException.class,
        "may not create flags of this type");
    Flag backwards = flag(child.nhsNumber(), "SARC_ATTENDANCE", "SARC-" + UUID.randomUUID());
    backwards.setPeriod(
        new Period()
            .setStart(date(LocalDate.now().minusDays(3)))
            .setEnd(date(LocalDate.now().minusDays(5))));
    assertOutcome(
        () -> client(ed).create().resource(backwards).execute(),
        UnprocessableEntityException.class,
        "end is before its start");
    assertOutcome(
        () -> search(client(null), child.nhsNumber()), AuthenticationException.class, "Bearer");
    assertThat(search(client(ed), child.nhsNumber()).getEntry()).isEmpty();
  }

  @Test
  void aMalformedResourceIsA400OperationOutcomeAndNeverAStackTrace() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/Flag"))
                    .header("Authorization", "Bearer " + ed.bearerToken())
                    .header("Content-Type", "application/fhir+json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"resourceType\":\"Flag\", \"status\": 12, "))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("OperationOutcome")
        .doesNotContain("\tat ")
        .doesNotContain("Exception:");
  }

  @Test
  void aSystemWithoutTheFlagsScopeIsRefusedWithAnOperationOutcomeAndAudited() throws Exception {
    String clientId = "fhir-noscope-" + p.suffix();
    ApiClientCredentials concernsOnly =
        transaction.execute(
            tx ->
                partnerSystems.register(
                    p.trustId(),
                    clientId,
                    "Trust concerns",
                    "Trust ED",
                    Set.of(ApiScope.CONCERNS),
                    null));
    ChildSummary child = fixtures.child(p);

    assertOutcome(
        () -> search(client(concernsOnly), child.nhsNumber()),
        ForbiddenOperationException.class,
        "not given the flags scope");
    assertThat(refusals("api:" + clientId, "ROLE_NOT_PERMITTED")).isEqualTo(1L);
    assertThat(audit.forChild(child.id()))
        .noneSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS));
  }

  @Test
  void anAgencyWithNoSharingAgreementIsRefusedWithAnOperationOutcomeSayingWhy() throws Exception {
    UUID hospital =
        directory.createAgency(p.id(), "Hospital " + p.suffix(), AgencyKind.NHS_TRUST, null);
    String clientId = "fhir-noagreement-" + p.suffix();
    ApiClientCredentials noAgreement =
        directory.createApiClient(hospital, clientId, "Hospital ED", "Hospital ED");

    HttpResponse<String> answer =
        raw(noAgreement, "Flag?patient:identifier=" + NHS + "%7C9434765919");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/fhir+json");
    OperationOutcome outcome =
        fhir.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    assertThat(outcome.getIssueFirstRep().getDiagnostics())
        .contains("no information sharing agreement in force")
        .contains("Hospital " + p.suffix());
    assertThat(refusals("api:" + clientId, "NO_SHARING_AGREEMENT")).isEqualTo(1L);
  }

  @Test
  void noCredentialsIsA401OperationOutcomeWithTheChallenge() throws Exception {
    HttpResponse<String> answer = raw(null, "Flag?patient:identifier=" + NHS + "%7C9434765919");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(fhir.newJsonParser().parseResource(OperationOutcome.class, answer.body()))
        .satisfies(o -> assertThat(o.getIssueFirstRep().getDiagnostics()).contains("Bearer"));
  }

  @Test
  void onlyHealthSystemsMayCheckFlagsAndARefusalIsAudited() {
    ChildSummary child = fixtures.child(p);
    screen(child);

    assertOutcome(
        () -> search(client(school), child.nhsNumber()),
        ForbiddenOperationException.class,
        "may not use this operation");
    assertThat(refusals("api:fhir-school-" + p.suffix(), FlagChecks.NOT_HEALTH)).isEqualTo(1L);
    assertThat(audit.forChild(child.id()))
        .noneSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS));
  }

  @Test
  void aFlagForAnNhsNumberNobodyCarriesIsTakenAsForAKnownChildAndShowsOnTheChildLater() {
    ChildSummary known = fixtures.child(p);
    NhsNumber nobodys = Fixtures.nhsNumber(654_321);

    MethodOutcome forKnown =
        client(ed)
            .create()
            .resource(flag(known.nhsNumber(), "SARC_ATTENDANCE", "K-" + UUID.randomUUID()))
            .execute();
    MethodOutcome forNobody =
        client(ed)
            .create()
            .resource(flag(nobodys.value(), "SARC_ATTENDANCE", "N-" + UUID.randomUUID()))
            .execute();

    assertThat(forNobody.getCreated()).isEqualTo(forKnown.getCreated()).isTrue();
    assertThat(forNobody.getResponseStatusCode()).isEqualTo(forKnown.getResponseStatusCode());
    Flag readBack =
        client(ed).read().resource(Flag.class).withId(forNobody.getId().getIdPart()).execute();
    Flag readKnown =
        client(ed).read().resource(Flag.class).withId(forKnown.getId().getIdPart()).execute();
    assertThat(readBack.hasAuthor()).isEqualTo(readKnown.hasAuthor());
    assertThat(readBack.getSubject().getIdentifier().getValue()).isEqualTo(nobodys.value());

    ChildSummary arrives = fixtures.aChild(p).nhs(nobodys).persisted();

    Bundle bundle = search(client(ed), nobodys.value());
    assertThat(bundle.getEntry()).hasSize(1);
    Flag shown = (Flag) bundle.getEntryFirstRep().getResource();
    assertThat(shown.getCode().getCodingFirstRep().getCode()).isEqualTo("SARC_ATTENDANCE");
    assertThat(shown.getIdElement().getIdPart()).isEqualTo(forNobody.getId().getIdPart());
    assertThat(audit.forChild(arrives.id()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS));
  }

  @Test
  void theCapabilityStatementSaysWhatTheServerDoes() {
    CapabilityStatement metadata =
        client(null).capabilities().ofType(CapabilityStatement.class).execute();

    assertThat(metadata.getFhirVersion().toCode()).startsWith("4.0");
    assertThat(metadata.getRestFirstRep().getResource())
        .anySatisfy(r -> assertThat(r.getType()).isEqualTo("Flag"));
  }

  // --- helpers ---

  private HttpResponse<String> raw(ApiClientCredentials credentials, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/" + path))
            .header("Accept", "application/fhir+json");
    if (credentials != null) {
      request.header("Authorization", "Bearer " + credentials.bearerToken());
    }
    return HttpClient.newHttpClient()
        .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private long refusals(String username, String basis) {
    return jdbc.sql(
            "select count(*) from audit_event where username = :u and outcome = 'REFUSED'"
                + " and basis = :b")
        .param("u", username)
        .param("b", basis)
        .query(Long.class)
        .single();
  }

  private static void assertOutcome(
      Runnable call, Class<? extends BaseServerResponseException> type, String says) {
    assertThatThrownBy(call::run)
        .isInstanceOf(type)
        .satisfies(
            e -> {
              BaseServerResponseException ex = (BaseServerResponseException) e;
              assertThat(ex.getOperationOutcome()).isInstanceOf(OperationOutcome.class);
              assertThat(
                      ((OperationOutcome) ex.getOperationOutcome())
                          .getIssueFirstRep()
                          .getDiagnostics())
                  .contains(says);
            });
  }

  private static Flag flag(String nhsNumber, String code, String identifier) {
    Flag flag = new Flag();
    flag.addIdentifier(
        new Identifier().setSystem("https://trust.example/flags").setValue(identifier));
    flag.setStatus(Flag.FlagStatus.ACTIVE);
    flag.setCode(new CodeableConcept(new Coding(CODES, code, null)));
    flag.setSubject(
        new Reference().setIdentifier(new Identifier().setSystem(NHS).setValue(nhsNumber)));
    flag.setPeriod(new Period().setStart(date(LocalDate.now().minusDays(1))));
    return flag;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
  }

  private void screen(ChildSummary child) {
    var worker = p.user(Role.FRONT_DOOR);
    UUID id = screenings.start(worker, child.id(), "fhir-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "NO");
    answers.put("b", "NO");
    answers.put("grave", "YES");
    answers.put("voice", "Voice of the child for the FHIR test.");
    screenings.save(worker, id, screenings.open(worker, id).version(), answers);
    screenings.submit(worker, id, screenings.open(worker, id).version(), null, null);
  }
}
