package org.lantern.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernStatus;
import org.lantern.referral.ConcernView;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.FrontDoorQueue;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API as a partner system meets it: bearer credentials, idempotent by source id,
 * problem responses that name each field, and nothing half-saved.
 *
 * <p>The cases share one partnership with its partner systems (made once: making one per case would
 * make the suite slow); each case uses its own source ids, and "nothing saved" is checked by
 * counting the partnership's concerns and children before and after.
 */
@IntegrationTest
class ConcernApiIntegrationTests {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private static TestPartnership p;
  private static ApiClientCredentials ed;
  private static String edSource;
  private static ApiClientCredentials gp;
  private static ApiClientCredentials elsewhere;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired FrontDoor frontDoor;
  @Autowired FrontDoorQueue queue;
  @Autowired ConcernReading reading;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      edSource = "ED-" + p.suffix();
      ed = directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "Trust ED", edSource);
      gp =
          directory.createApiClient(
              p.trustId(), "gp-" + p.suffix(), "GP system", "GP-" + p.suffix());
      TestPartnership other = fixtures.partnership();
      // Another partnership's A&E runs a system of the same name.
      elsewhere =
          directory.createApiClient(other.trustId(), "ed-" + other.suffix(), "Other ED", edSource);
    }
  }

  @Test
  void aNewConcernIsCreatedWithItsLocationAndReachesTheFrontDoor() throws Exception {
    Map<String, Object> request = aRequest();

    MvcResult result =
        submit(ed, request)
            .andExpect(status().isCreated())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.sourceId").value(request.get("sourceId")))
            .andExpect(jsonPath("$.status").value("NEW"))
            .andExpect(jsonPath("$.reference").isNotEmpty())
            .andReturn();

    UUID id = idOf(result);
    assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
        .isEqualTo("/api/v1/concerns/" + id);
    assertThat(queue.page(p.user(Role.FRONT_DOOR), FrontDoorQueue.Query.all()).rows().rows())
        .anySatisfy(
            row -> {
              assertThat(row.concern().id()).isEqualTo(id);
              assertThat(row.concern().sourceSystem()).isEqualTo(edSource);
              assertThat(row.concern().referrerName()).isEqualTo("Dr Jo Ellis");
              assertThat(row.concern().indicators())
                  .containsExactly(RiskIndicator.SUBSTANCE_MISUSE);
              assertThat(row.child().givenName()).isEqualTo("Kayla");
            });
  }

  @Test
  void theSameRequestAgainReturnsTheSameConcernAndMakesNoOther() throws Exception {
    Map<String, Object> request = aRequest();
    UUID id = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());
    long concerns = concerns();
    long children = children();

    submit(ed, request)
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(id.toString()));

    assertThat(concerns()).isEqualTo(concerns);
    assertThat(children()).isEqualTo(children);
    assertThat(withSourceId(request)).isEqualTo(1);
  }

  @Test
  void aSourceIdReusedForADifferentConcernIsAConflictAndChangesNothing() throws Exception {
    Map<String, Object> request = aRequest();
    UUID id = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());
    long concerns = concerns();

    Map<String, Object> different = aRequest();
    different.put("sourceId", request.get("sourceId"));
    different.put("whatHappened", "Something else entirely.");
    submit(ed, different)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty());

    assertThat(concerns()).isEqualTo(concerns);
    assertThat(view(id).whatHappened()).isEqualTo(request.get("whatHappened"));
  }

  @Test
  void theSameSourceIdFromAnotherSystemIsAnotherConcern() throws Exception {
    Map<String, Object> request = aRequest();
    UUID fromEd = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());

    UUID fromGp = idOf(submit(gp, request).andExpect(status().isCreated()).andReturn());

    assertThat(fromGp).isNotEqualTo(fromEd);
  }

  @Test
  void aSystemOfTheSameNameInAnotherPartnershipNeitherSeesNorBlocksTheseConcerns()
      throws Exception {
    Map<String, Object> request = aRequest();
    UUID here = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());

    UUID there = idOf(submit(elsewhere, request).andExpect(status().isCreated()).andReturn());
    Map<String, Object> changed = aRequest();
    changed.put("sourceId", request.get("sourceId"));
    changed.put("whatHappened", "Something else entirely.");
    submit(elsewhere, changed).andExpect(status().isConflict());

    assertThat(there).isNotEqualTo(here);
    lookUp(elsewhere, here).andExpect(status().isNotFound());
  }

  @Test
  void anotherAgencyOfThePartnershipCannotTakeAnExistingSourceSystemName() {
    assertThatThrownBy(
            () ->
                directory.createApiClient(
                    p.schoolId(), "school-" + p.suffix(), "School MIS", edSource))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> invalidRequests() {
    LocalDate today = LocalDate.now(LanternTime.ZONE);
    return Stream.of(
        invalid("NHS number failing its check digit", r -> child(r).put("nhsNumber", "9434765918"))
            .naming("child.nhsNumber"),
        invalid("NHS number too short", r -> child(r).put("nhsNumber", "943476591"))
            .naming("child.nhsNumber"),
        invalid("born tomorrow", r -> child(r).put("dateOfBirth", today.plusDays(1).toString()))
            .naming("child.dateOfBirth"),
        invalid("26 today", r -> child(r).put("dateOfBirth", today.minusYears(26).toString()))
            .naming("child.dateOfBirth"),
        invalid("not a date", r -> child(r).put("dateOfBirth", "2011-02-30"))
            .naming("child.dateOfBirth"),
        invalid("UPN one character short", r -> child(r).put("upn", "B80120000500"))
            .naming("child.upn"),
        invalid("UPN with a wrong check letter", r -> child(r).put("upn", "A801200005001"))
            .naming("child.upn"),
        invalid("no given name", r -> child(r).remove("givenName")).naming("child.givenName"),
        invalid("family name of digits", r -> child(r).put("familyName", "12345"))
            .naming("child.familyName"),
        invalid("unknown sex", r -> child(r).put("sex", "F")).naming("child.sex"),
        invalid("no child", r -> r.remove("child")).naming("child"),
        invalid("no sourceId", r -> r.remove("sourceId")).naming("sourceId"),
        invalid("blank sourceId", r -> r.put("sourceId", "   ")).naming("sourceId"),
        invalid("no referrer", r -> r.remove("referrer")).naming("referrer.name"),
        invalid("no whatHappened", r -> r.remove("whatHappened")).naming("whatHappened"),
        invalid("whatHappened only spaces", r -> r.put("whatHappened", " \n "))
            .naming("whatHappened"),
        invalid("whatHappened over 10,000", r -> r.put("whatHappened", "x".repeat(10_001)))
            .naming("whatHappened"),
        invalid("occurred tomorrow", r -> r.put("occurredOn", today.plusDays(1).toString()))
            .naming("occurredOn"),
        invalid("no occurredOn", r -> r.remove("occurredOn")).naming("occurredOn"),
        invalid("location over 500", r -> r.put("location", "y".repeat(501))).naming("location"),
        invalid("unknown indicator", r -> r.put("indicators", List.of("SMUGGLING")))
            .naming("indicators"),
        invalid("no indicators", r -> r.put("indicators", List.of())).naming("indicators"),
        invalid("a null indicator", r -> r.put("indicators", Collections.singletonList(null)))
            .naming("indicators"),
        invalid("NONE with an indicator", r -> r.put("indicators", List.of("NONE", "MISSING")))
            .naming("indicators"),
        invalid("no immediateDanger", r -> r.remove("immediateDanger")).naming("immediateDanger"),
        invalid(
                "several at once",
                r -> {
                  child(r).put("nhsNumber", "1234567890");
                  child(r).put("dateOfBirth", today.minusYears(40).toString());
                  r.remove("whatHappened");
                  r.put("indicators", List.of("SMUGGLING"));
                })
            .naming("child.nhsNumber", "child.dateOfBirth", "whatHappened", "indicators"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void invalidFieldsAreNamedInAProblemAndNothingIsSaved(
      String description, Consumer<Map<String, Object>> change, List<String> fields)
      throws Exception {
    Map<String, Object> request = aRequest();
    change.accept(request);
    long concerns = concerns();
    long children = children();

    submit(ed, request)
        .andExpect(status().is(422))
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(fields.toArray())))
        .andExpect(jsonPath("$.errors[0].detail").isNotEmpty());

    assertThat(concerns()).isEqualTo(concerns);
    assertThat(children()).isEqualTo(children);
  }

  @Test
  void eachErrorSaysWhatIsWrongInPlainEnglish() throws Exception {
    Map<String, Object> request = aRequest();
    child(request).put("nhsNumber", "9434765918");

    submit(ed, request)
        .andExpect(jsonPath("$.errors[0].field").value("child.nhsNumber"))
        .andExpect(jsonPath("$.errors[0].detail", startsWith("Enter a valid NHS number")));
  }

  static Stream<Arguments> agesAtTheBoundary() {
    LocalDate today = LocalDate.now(LanternTime.ZONE);
    return Stream.of(
        Arguments.of(today, true),
        Arguments.of(today.plusDays(1), false),
        Arguments.of(today.minusYears(26).plusDays(1), true),
        Arguments.of(today.minusYears(26), false));
  }

  @ParameterizedTest(name = "born {0}: accepted {1}")
  @MethodSource("agesAtTheBoundary")
  void aChildIsUpTo25YearsOld(LocalDate born, boolean accepted) throws Exception {
    Map<String, Object> request = aRequest();
    child(request).put("dateOfBirth", born.toString());

    submit(ed, request).andExpect(accepted ? status().isCreated() : status().is(422));
  }

  static Stream<Arguments> badCredentials() {
    return Stream.of(
        Arguments.of("no Authorization header", null),
        Arguments.of("wrong secret", "WRONG"),
        Arguments.of("unknown client", "UNKNOWN"),
        Arguments.of("basic instead of bearer", "BASIC"),
        Arguments.of("bearer without a secret", "NO_SECRET"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCredentials")
  void withoutGoodCredentialsTheAnswerIs401AndNothingIsSaved(String description, String kind)
      throws Exception {
    String authorization =
        kind == null
            ? null
            : switch (kind) {
              case "WRONG" -> "Bearer " + ed.clientId() + ".not-the-secret";
              case "UNKNOWN" -> "Bearer no-such-client." + ed.secret();
              case "BASIC" -> "Basic " + ed.bearerToken();
              case "NO_SECRET" -> "Bearer " + ed.clientId() + ".";
              default -> throw new IllegalArgumentException(kind);
            };
    long concerns = concerns();
    var post =
        post("/api/v1/concerns")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(aRequest()));
    if (authorization != null) {
      post.header(HttpHeaders.AUTHORIZATION, authorization);
    }

    mvc.perform(post)
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(401));

    assertThat(concerns()).isEqualTo(concerns);
  }

  static Stream<Arguments> unreadableBodies() {
    return Stream.of(
        Arguments.of("{\"sourceId\": \"x\", "),
        Arguments.of("not json at all"),
        Arguments.of("{\"sourceId\": \"x\", \"immediateDanger\": \"perhaps\"}"),
        Arguments.of("{\"sourceId\": \"x\", \"indicators\": {\"a\": 1}}"));
  }

  @ParameterizedTest
  @MethodSource("unreadableBodies")
  void aBodyThatIsNotTheJsonWeDescribeIsABadRequestProblem(String body) throws Exception {
    long concerns = concerns();

    mvc.perform(
            post("/api/v1/concerns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(400));

    assertThat(concerns()).isEqualTo(concerns);
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() throws Exception {
    mvc.perform(
            post("/api/v1/concerns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                .contentType(MediaType.TEXT_PLAIN)
                .content("sourceId=x"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(415))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  @Test
  void aMethodTheApiDoesNotTakeIsAMethodNotAllowedProblem() throws Exception {
    mvc.perform(
            put("/api/v1/concerns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(aRequest())))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")))
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(405));
  }

  @Test
  void aStatusCheckIsAudited() throws Exception {
    UUID id = idOf(submit(ed, aRequest()).andExpect(status().isCreated()).andReturn());
    UUID child = view(id).childId();

    lookUp(ed, id).andExpect(status().isOk());

    assertThat(audit.forChild(child))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_OWN_REFERRAL);
              assertThat(e.username()).isEqualTo("api:" + ed.clientId());
            });
  }

  @Test
  void anAddressTheApiDoesNotHaveIsANotFoundProblem() throws Exception {
    mvc.perform(
            get("/api/v1/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("No such address"));
  }

  @Test
  void aPageKeepsItsOwnErrorHandlingForAMethodItDoesNotTake() throws Exception {
    mvc.perform(put("/sign-in").with(csrf()))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(
            result -> {
              String type = result.getResponse().getContentType();
              assertThat(type == null || !type.contains("problem"))
                  .as("a page is not answered with a problem document: %s", type)
                  .isTrue();
            });
  }

  @Test
  void aSystemSeesWhatBecameOfItsOwnConcernsAndNobodyElses() throws Exception {
    UUID id = idOf(submit(ed, aRequest()).andExpect(status().isCreated()).andReturn());

    lookUp(ed, id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id.toString()))
        .andExpect(jsonPath("$.status").value("NEW"))
        .andExpect(jsonPath("$.decision").doesNotExist());

    var worker = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        worker,
        id,
        frontDoor.open(worker, id).concern().version(),
        ThresholdDecision.EXPLOITATION_PATHWAY,
        "Exploitation pathway",
        null);

    lookUp(ed, id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value(ConcernStatus.DECIDED.name()))
        .andExpect(jsonPath("$.decision").value("EXPLOITATION_PATHWAY"))
        .andExpect(jsonPath("$.decidedAt").isNotEmpty());
    for (ApiClientCredentials stranger : List.of(gp, elsewhere)) {
      lookUp(stranger, id)
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    lookUp(ed, UUID.randomUUID()).andExpect(status().isNotFound());
  }

  @Test
  void identicalSubmissionsAtTheSameMomentMakeOneConcern() throws Exception {
    Map<String, Object> request = aRequest();
    child(request).put("givenName", "Concurrent" + UUID.randomUUID().toString().substring(0, 8));
    String body = json.writeValueAsString(request);
    int senders = 6;
    ExecutorService threads = Executors.newFixedThreadPool(senders);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<MvcResult>> results = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return mvc.perform(
                          post("/api/v1/concerns")
                              .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                              .contentType(MediaType.APPLICATION_JSON)
                              .content(body))
                      .andReturn();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      List<UUID> ids = new ArrayList<>();
      for (Future<MvcResult> f : results) {
        MvcResult r = f.get(60, TimeUnit.SECONDS);
        statuses.add(r.getResponse().getStatus());
        if (r.getResponse().getStatus() < 300) {
          ids.add(idOf(r));
        }
      }

      assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
      assertThat(ids).hasSize(senders).containsOnly(ids.getFirst());
      assertThat(withSourceId(request)).isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from child where partnership_id = ? and given_name = ?",
                  Long.class,
                  p.id(),
                  child(request).get("givenName")))
          .isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theNamesDateOfBirthAndNhsNumberOfAKnownChildAttachTheConcernToThatChild() throws Exception {
    ChildSummary known = fixtures.child(p);
    Map<String, Object> request = aRequest();
    child(request).put("nhsNumber", known.nhsNumber());
    child(request).put("givenName", known.givenName());
    child(request).put("familyName", known.familyName());
    child(request).put("dateOfBirth", known.dateOfBirth().toString());
    long children = children();

    UUID id =
        idOf(
            submit(ed, request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.childMatch").value("KNOWN_CHILD"))
                .andReturn());

    assertThat(view(id).childId()).isEqualTo(known.id());
    assertThat(children()).isEqualTo(children);
  }

  @Test
  void anNhsNumberLanternKnowsWithAnotherGivenNameIsANewRecordForTheFrontDoorToJoin()
      throws Exception {
    ChildSummary known = fixtures.child(p);
    Map<String, Object> request = aRequest();
    child(request).put("nhsNumber", known.nhsNumber());
    child(request).put("givenName", "Kay");
    child(request).put("familyName", known.familyName());
    long children = children();

    UUID id =
        idOf(
            submit(ed, request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.childMatch").value("NEW_CHILD_POSSIBLE_MATCH"))
                .andReturn());

    assertThat(view(id).childId()).isNotEqualTo(known.id());
    assertThat(children()).isEqualTo(children + 1);
  }

  @Test
  void anNhsNumberAloneDoesNotPutAConcernOnAChildWithAnotherNameAndBirthDate() throws Exception {
    ChildSummary known = fixtures.child(p);
    Map<String, Object> request = aRequest();
    child(request).put("nhsNumber", known.nhsNumber());
    child(request).put("givenName", "Amelia");
    child(request).put("familyName", "Quigley" + p.suffix());
    child(request).put("dateOfBirth", "2014-06-02");
    long children = children();

    UUID id = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());

    assertThat(view(id).childId()).isNotEqualTo(known.id());
    assertThat(children()).isEqualTo(children + 1);
  }

  @Test
  void anUnknownChildIsRegisteredOnceWithTheDetailsSent() throws Exception {
    Map<String, Object> request = aRequest();
    long children = children();

    UUID id = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());

    assertThat(children()).isEqualTo(children + 1);
    assertThat(frontDoor.open(p.user(Role.FRONT_DOOR), id).child())
        .satisfies(
            c -> {
              assertThat(c.givenName()).isEqualTo("Kayla");
              assertThat(c.familyName()).isEqualTo(child(request).get("familyName"));
              assertThat(c.dateOfBirth()).isEqualTo(LocalDate.parse("2011-03-27"));
            });
  }

  @Test
  void markupIsKeptAsTheTextItIs() throws Exception {
    Map<String, Object> request = aRequest();
    String script = "<script>alert('x')</script> said \"meet me\" & left";
    request.put("whatHappened", script);

    UUID id = idOf(submit(ed, request).andExpect(status().isCreated()).andReturn());

    assertThat(view(id).whatHappened()).isEqualTo(script);
  }

  // --- helpers

  private ResultActions submit(ApiClientCredentials client, Map<String, Object> request)
      throws Exception {
    return mvc.perform(
        post("/api/v1/concerns")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.bearerToken())
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(json.writeValueAsString(request)));
  }

  private ResultActions lookUp(ApiClientCredentials client, UUID id) throws Exception {
    return mvc.perform(
        get("/api/v1/concerns/{id}", id)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.bearerToken())
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
  }

  private UUID idOf(MvcResult result) throws Exception {
    return UUID.fromString(
        json.readTree(result.getResponse().getContentAsString()).get("id").asString());
  }

  private ConcernView view(UUID id) {
    return reading.views(List.of(id)).getFirst();
  }

  private long concerns() {
    return jdbc.queryForObject(
        "select count(*) from concern where partnership_id = ?", Long.class, p.id());
  }

  private long children() {
    return jdbc.queryForObject(
        "select count(*) from child where partnership_id = ?", Long.class, p.id());
  }

  private long withSourceId(Map<String, Object> request) {
    return jdbc.queryForObject(
        "select count(*) from concern where source_system = ? and source_id = ?",
        Long.class,
        edSource,
        request.get("sourceId"));
  }

  /** A valid request about a child Lantern does not know yet, with its own source id. */
  private Map<String, Object> aRequest() {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", "Kayla");
    // the made-up part first: names sharing a long first part sound alike to the person index,
    // which would rightly take two such requests (same given name and birth date) as one child
    String made = letters();
    child.put("familyName", Character.toUpperCase(made.charAt(0)) + made.substring(1) + "apitest");
    child.put("sex", "FEMALE");
    child.put("dateOfBirth", "2011-03-27");
    child.put("postcode", "MR9 4QT");
    Map<String, Object> referrer = new LinkedHashMap<>();
    referrer.put("name", "Dr Jo Ellis");
    referrer.put("contact", "01234 567890, ext 4410");
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sourceId", "ED-" + UUID.randomUUID());
    request.put("child", child);
    request.put("referrer", referrer);
    request.put(
        "whatHappened", "Brought in drunk at 2am by two adults who left before giving names.");
    request.put("occurredOn", LocalDate.now(clock.withZone(LanternTime.ZONE)).toString());
    request.put("location", "Tamsford bus station");
    request.put("indicators", List.of("SUBSTANCE_MISUSE"));
    request.put("immediateDanger", false);
    return request;
  }

  /** A made-up family name part, so that no two requests describe the same child. */
  private static String letters() {
    StringBuilder s = new StringBuilder();
    UUID.randomUUID()
        .toString()
        .replace("-", "")
        .chars()
        .limit(10)
        .forEach(c -> s.append((char) ('a' + c % 26)));
    return s.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> request) {
    return (Map<String, Object>) request.get("child");
  }

  /** One invalid request: how it is spoilt, and the fields the problem must name. */
  private record Invalid(String description, Consumer<Map<String, Object>> change) {
    Arguments naming(String... fields) {
      return Arguments.of(description, change, List.of(fields));
    }
  }

  private static Invalid invalid(String description, Consumer<Map<String, Object>> change) {
    return new Invalid(description, change);
  }
}
