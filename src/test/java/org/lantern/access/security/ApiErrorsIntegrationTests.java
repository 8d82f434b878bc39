package org.lantern.access.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every partner API answers bad input the same way: an RFC 9457 problem in plain words, naming the
 * field where there is one, with nothing saved; the Bearer scheme in any case, a challenge with
 * every 401, and a size limit on every request.
 */
@IntegrationTest
class ApiErrorsIntegrationTests {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  private static final List<String> APIS =
      List.of("/api/v1/concerns", "/api/v1/person-records", "/api/v1/missing-episodes");

  private static TestPartnership p;
  private static ApiClientCredentials police;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      police = directory.createApiClient(p.policeId(), "niche-" + p.suffix(), "Niche", "NICHE");
    }
  }

  static Stream<Arguments> malformedBodies() {
    return APIS.stream()
        .flatMap(
            api ->
                Stream.of("{\"sourceId\": ", "not json at all", "[{]", "")
                    .map(body -> Arguments.of(api, body)));
  }

  @ParameterizedTest(name = "{0} with \"{1}\"")
  @MethodSource("malformedBodies")
  void malformedJsonIsAProblemInOurWordsOnEveryApi(String api, String body) throws Exception {
    long concerns = concerns();

    send(post(api).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(isAProblem(400))
        .andExpect(jsonPath("$.title").value("Request body is not valid JSON"))
        .andExpect(jsonPath("$.timestamp").doesNotExist())
        .andExpect(jsonPath("$.error").doesNotExist());

    assertThat(concerns()).isEqualTo(concerns);
  }

  static Stream<Arguments> wrongKinds() {
    return Stream.of(
        wrong("immediateDanger as the string \"true\"", r -> r.put("immediateDanger", "true"))
            .naming("immediateDanger", "true or false"),
        wrong("immediateDanger as 1", r -> r.put("immediateDanger", 1))
            .naming("immediateDanger", "true or false"),
        wrong("immediateDanger as 0", r -> r.put("immediateDanger", 0))
            .naming("immediateDanger", "true or false"),
        wrong("immediateDanger as \"\"", r -> r.put("immediateDanger", ""))
            .naming("immediateDanger", "true or false"),
        wrong("sourceId as a number", r -> r.put("sourceId", 12345)).naming("sourceId", "text"),
        wrong("NHS number as a number", r -> child(r).put("nhsNumber", 9434765919L))
            .naming("child.nhsNumber", "text"),
        wrong("whatHappened as true", r -> r.put("whatHappened", true))
            .naming("whatHappened", "text"),
        wrong("indicators as a string", r -> r.put("indicators", "MISSING"))
            .naming("indicators", "list"),
        wrong("child as an empty string", r -> r.put("child", "")).naming("child", "object"),
        wrong("a field the API does not have", r -> r.put("immediatedanger", true))
            .naming("immediatedanger", "does not take this field"),
        wrong("a child field the API does not have", r -> child(r).put("nhs_number", "1"))
            .naming("child.nhs_number", "does not take this field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongKinds")
  void aValueOfTheWrongKindIsRefusedNamingItsFieldAndNothingIsSaved(
      String description, Consumer<Map<String, Object>> change, String field, String says)
      throws Exception {
    Map<String, Object> request = aConcern();
    change.accept(request);
    long concerns = concerns();

    send(post("/api/v1/concerns")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(request)))
        .andExpect(status().isBadRequest())
        .andExpect(isAProblem(400))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].detail", containsString(says)));

    assertThat(concerns()).isEqualTo(concerns);
  }

  @Test
  void theRequestWithRealBooleansIsTaken() throws Exception {
    send(post("/api/v1/concerns")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(aConcern())))
        .andExpect(status().isCreated());
  }

  @Test
  void aMissingEpisodeWithAFieldOfTheWrongKindNamesIt() throws Exception {
    send(post("/api/v1/missing-episodes")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"policeReference\": 42}"))
        .andExpect(status().isBadRequest())
        .andExpect(isAProblem(400))
        .andExpect(jsonPath("$.errors[0].field").value("policeReference"));
  }

  @Test
  void aPersonRecordWithAFieldTheApiDoesNotHaveNamesItWithItsRow() throws Exception {
    send(post("/api/v1/person-records")
            .contentType(MediaType.APPLICATION_JSON)
            .content("[{\"sourceId\": \"A1\"}, {\"sourceId\": \"A2\", \"colour\": \"red\"}]"))
        .andExpect(status().isBadRequest())
        .andExpect(isAProblem(400))
        .andExpect(jsonPath("$.errors[0].field").value("[1].colour"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bearer", "BEARER", "Bearer", "bEaReR"})
  void theBearerSchemeIsCaseInsensitive(String scheme) throws Exception {
    mvc.perform(
            post("/api/v1/concerns")
                .header(HttpHeaders.AUTHORIZATION, scheme + " " + police.bearerToken())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(aConcern())))
        .andExpect(status().isCreated());
  }

  @Test
  void withoutCredentialsThe401ChallengesForABearerToken() throws Exception {
    mvc.perform(
            post("/api/v1/concerns")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(aConcern())))
        .andExpect(status().isUnauthorized())
        .andExpect(isAProblem(401))
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lantern\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WRONG", "NO_SECRET", "EMPTY"})
  void aBearerTokenLanternDoesNotTakeIsAnInvalidToken(String kind) throws Exception {
    String token =
        switch (kind) {
          case "WRONG" -> police.clientId() + ".not-the-secret";
          case "NO_SECRET" -> police.clientId() + ".";
          default -> "";
        };
    mvc.perform(
            get("/api/v1/concerns/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(isAProblem(401))
        .andExpect(
            header()
                .string(
                    HttpHeaders.WWW_AUTHENTICATE,
                    containsString("Bearer realm=\"lantern\", error=\"invalid_token\"")));
  }

  @Test
  void anotherSchemeIsChallengedWithoutAnError() throws Exception {
    mvc.perform(
            get("/api/v1/concerns/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Basic " + police.bearerToken()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lantern\""));
  }

  @Test
  void askingForXmlIsA406ProblemInJsonAndSavesNothing() throws Exception {
    long concerns = concerns();

    send(post("/api/v1/concerns")
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_XML)
            .content(json.writeValueAsString(aConcern())))
        .andExpect(status().isNotAcceptable())
        .andExpect(isAProblem(406))
        .andExpect(jsonPath("$.detail", containsString("JSON")));
    send(get("/api/v1/concerns/{id}", UUID.randomUUID()).accept(MediaType.APPLICATION_XML))
        .andExpect(status().isNotAcceptable())
        .andExpect(isAProblem(406));

    assertThat(concerns()).isEqualTo(concerns);
  }

  @Test
  void anIdThatIsNotAnIdIsNamedInOurWords() throws Exception {
    send(get("/api/v1/concerns/not-an-id"))
        .andExpect(status().isBadRequest())
        .andExpect(isAProblem(400))
        .andExpect(jsonPath("$.errors[0].field").value("concernId"))
        .andExpect(jsonPath("$.detail", not(containsString("Failed to convert"))));
  }

  @Test
  void aConcernOverItsSizeLimitIsA413ProblemAndSavesNothing() throws Exception {
    Map<String, Object> request = aConcern();
    request.put("location", "x".repeat(300 * 1024));
    long concerns = concerns();

    send(post("/api/v1/concerns")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(request)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(isAProblem(413))
        .andExpect(jsonPath("$.detail", containsString("256 KB")))
        .andExpect(jsonPath("$.maxBytes").value(256 * 1024));

    assertThat(concerns()).isEqualTo(concerns);
  }

  @Test
  void personRecordsAsCsvTakeWhatTheUploadPageTakesAndNoMore() throws Exception {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'a');

    send(post("/api/v1/person-records").contentType("text/csv").content(big))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(isAProblem(413))
        .andExpect(jsonPath("$.detail", containsString("5 MB")));
  }

  @Test
  void aMissingEpisodeOverItsSizeLimitIsA413Problem() throws Exception {
    send(post("/api/v1/missing-episodes")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                ("{\"foundWith\": \"" + "y".repeat(300 * 1024) + "\"}")
                    .getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(isAProblem(413));
  }

  // --- helpers

  private static ResultMatcher isAProblem(int status) {
    return result -> {
      content().contentTypeCompatibleWith(PROBLEM).match(result);
      jsonPath("$.status").value(status).match(result);
      jsonPath("$.title").isNotEmpty().match(result);
      jsonPath("$.detail").isNotEmpty().match(result);
    };
  }

  private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + police.bearerToken()));
  }

  private long concerns() {
    return jdbc.queryForObject(
        "select count(*) from concern where partnership_id = ?", Long.class, p.id());
  }

  private Map<String, Object> aConcern() {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", "Kayla");
    child.put("familyName", "Errtest" + letters());
    child.put("sex", "FEMALE");
    child.put("dateOfBirth", "2011-03-27");
    Map<String, Object> referrer = new LinkedHashMap<>();
    referrer.put("name", "PC Jo Ellis");
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sourceId", "NICHE-" + UUID.randomUUID());
    request.put("child", child);
    request.put("referrer", referrer);
    request.put("whatHappened", "Found at an address with two adults not known to her family.");
    request.put("occurredOn", LocalDate.now(clock.withZone(LanternTime.ZONE)).toString());
    request.put("indicators", List.of("MISSING"));
    request.put("immediateDanger", false);
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> request) {
    return (Map<String, Object>) request.get("child");
  }

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

  private static Wrong wrong(String description, Consumer<Map<String, Object>> change) {
    return new Wrong(description, change);
  }

  private record Wrong(String description, Consumer<Map<String, Object>> change) {
    Arguments naming(String field, String says) {
      return Arguments.of(description, change, field, says);
    }
  }
}
