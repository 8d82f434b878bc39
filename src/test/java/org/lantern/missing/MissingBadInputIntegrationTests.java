package org.lantern.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to the missing service, by every path (API, CSV upload, form): answered with the field
 * or the line and column named, never a 500, and nothing saved. Dates follow the one date rule
 * (real, not in the future, a child's age in range, events not before the floor), and hidden
 * direction controls never reach a stored name.
 */
@IntegrationTest
class MissingBadInputIntegrationTests {

  private static final String HEADER =
      "police_reference,nhs_number,given_name,family_name,date_of_birth,missing_from,missing_at,"
          + "missing_location,returned_at,returned_location,found_with,risk_grading\n";

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor police;
  ApiClientCredentials policeSystem;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    police = Pages.signedInAs(users, p.username(Role.POLICE));
    policeSystem = directory.createApiClient(p.policeId(), "niche-" + p.suffix(), "Niche", "NICHE");
  }

  // --- CSV: quotes

  @Test
  void aBrokenQuoteIsAnsweredWithItsLineAndColumnAndTheOtherRowsAreSaved() throws Exception {
    String family = "Quote" + p.suffix();
    String csv =
        HEADER
            + "MP-2026-300001,,Amir,"
            + family
            + ",2012-05-06,HOME,2026-11-17 20:00,,,,,LOW\n"
            // a spreadsheet formula typed into a name, not in quotes
            + "MP-2026-300002,,=HYPERLINK(\"http://x\",\"y\"),"
            + family
            + ",2012-05-06,HOME,2026-11-17 20:00,,,,,LOW\n"
            // a quote mark that never closes
            + "MP-2026-300003,,\"Bea,"
            + family
            + ",2012-05-06,HOME,2026-11-17 20:00,,,,,LOW\n"
            + "MP-2026-300004,,Cara,"
            + family
            + ",2012-05-06,HOME,2026-11-17 20:00,,,,,LOW\n";

    Document page = upload(csv);

    assertThat(page.select(".govuk-notification-banner__heading").text())
        .isEqualTo("2 episodes recorded, 0 updated, 2 rows not saved.");
    Elements refused = page.select("table tbody tr");
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0).text())
        .startsWith("3 MP-2026-300002")
        .contains("given_name: A quote mark is inside a field that is not in quotes");
    assertThat(refused.get(1).text())
        .startsWith("4 MP-2026-300003")
        .contains("given_name: A quote mark opens a field that never closes");
    assertThat(childrenNamed(family)).isEqualTo(2);
  }

  // --- CSV: dates

  @Test
  void impossibleDatesInTheUploadAreRefusedNamingTheColumnAndNothingOfThemIsSaved()
      throws Exception {
    String family = "Dates" + p.suffix();
    String csv =
        HEADER
            + row("MP-2026-300011", "Ann", family, "0001-01-01", "2026-11-17 20:00")
            + row("MP-2026-300012", "Ben", family, "9999-01-01", "2026-11-17 20:00")
            + row("MP-2026-300013", "Cal", family, "31/02/2012", "2026-11-17 20:00")
            + row("MP-2026-300014", "Dee", family, "2012-05-06", "0001-01-01 00:00")
            + row("MP-2026-300015", "Eve", family, "2012-05-06", "2026-11-17 20:00");

    Document page = upload(csv);

    Elements refused = page.select("table tbody tr");
    assertThat(refused).extracting(e -> e.child(0).text()).containsExactly("2", "3", "4", "5");
    assertThat(refused.get(0).text()).contains("date_of_birth: ");
    assertThat(refused.get(1).text()).contains("date_of_birth: ");
    assertThat(refused.get(2).text()).contains("date_of_birth: ");
    assertThat(refused.get(3).text()).contains("missing_at: ");
    assertThat(childrenNamed(family)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from child where date_of_birth < '1990-01-01'"
                    + " and family_name = ?",
                Integer.class,
                family))
        .isZero();
  }

  // --- API: dates

  static Stream<Arguments> impossibleDates() {
    return Stream.of(
        Arguments.of(
            "born in year 1",
            change(r -> child(r).put("dateOfBirth", "0001-01-01")),
            "child.dateOfBirth"),
        Arguments.of(
            "born in 9999",
            change(r -> child(r).put("dateOfBirth", "9999-01-01")),
            "child.dateOfBirth"),
        Arguments.of(
            "born 30 years before going missing",
            change(r -> child(r).put("dateOfBirth", "1996-01-01")),
            "child.dateOfBirth"),
        Arguments.of(
            "missing in year 1",
            change(r -> r.put("missingAt", "0001-01-01T00:00:00Z")),
            "missingAt"),
        Arguments.of(
            "missing in 1999",
            change(r -> r.put("missingAt", "1999-12-31T23:00:00Z")),
            "missingAt"),
        Arguments.of(
            "found with an adult born in 9999",
            change(
                r -> {
                  Map<String, Object> adult = new LinkedHashMap<>();
                  adult.put("givenName", "Dale");
                  adult.put("familyName", "Morrow");
                  adult.put("dateOfBirth", "9999-01-01");
                  r.put("foundWithAdult", adult);
                }),
            "foundWithAdult.dateOfBirth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleDates")
  void anImpossibleDateThroughTheApiIsNamedAndNothingIsSaved(
      String description, Consumer<Map<String, Object>> spoil, String field) throws Exception {
    Map<String, Object> request = aRequest("MP-2026-300020");
    spoil.accept(request);

    submit(request)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].detail").isNotEmpty());
    assertThat(episodes()).isZero();
    assertThat(childrenNamed("Api" + p.suffix())).isZero();
  }

  // --- form: dates

  @Test
  void aMissingDateInYearOneOnTheFormIsAnErrorByTheField() throws Exception {
    ChildSummary child = fixtures.child(p);
    Document page =
        Pages.html(
            mvc.perform(
                    post("/missing/episodes/new")
                        .with(csrf())
                        .with(police)
                        .param("childId", child.id().toString())
                        .param("policeReference", "MP-2026-300030")
                        .param("missingFrom", "HOME")
                        .param("missingAt.day", "1")
                        .param("missingAt.month", "1")
                        .param("missingAt.year", "0001")
                        .param("missingAtTime", "22:30")
                        .param("riskGrading", "MEDIUM"))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#missingAt");
    assertThat(episodes()).isZero();
  }

  @Test
  void aQuarterBeforeTheFloorIsShownAsTheEarliestQuarterNotYearOne() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(get("/missing/figures").param("quarter", "0001-Q1").with(police))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("h1 + p").text()).doesNotContain(" 1 April 1").contains("2000");
  }

  // --- names and text

  @Test
  void directionControlsAreTakenOutOfNamesAndTextByTheApiAndTheUpload() throws Exception {
    Map<String, Object> request = aRequest("MP-2026-300040");
    child(request).put("givenName", "Ay\u202Ela");
    request.put("missingLocation", "Bus \u2067station\u2069");
    submit(request).andExpect(status().isCreated());

    String csv =
        HEADER
            + "MP-2026-300041,,\u202EZoe\u202C,Upload"
            + p.suffix()
            + ",2012-05-06,HOME,2026-11-17 20:00,\u200FPark,,,,LOW\n";
    upload(csv);

    assertThat(
            jdbc.queryForList(
                "select given_name from child where partnership_id = ? order by given_name",
                String.class,
                p.id()))
        .contains("Ayla", "Zoe");
    assertThat(
            jdbc.queryForList(
                "select missing_location from missing_episode where partnership_id = ?"
                    + " order by missing_location",
                String.class,
                p.id()))
        .containsExactly("Bus station", "Park");
  }

  // --- helpers

  private static String row(
      String reference, String given, String family, String born, String missingAt) {
    return reference
        + ",,"
        + given
        + ","
        + family
        + ","
        + born
        + ",HOME,"
        + missingAt
        + ",,,,,LOW\n";
  }

  private Document upload(String csv) throws Exception {
    return Pages.html(
        mvc.perform(
                multipart("/missing/episodes/upload")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "missing.csv",
                            "text/csv",
                            csv.getBytes(StandardCharsets.UTF_8)))
                    .with(csrf())
                    .with(police))
            .andExpect(status().isOk())
            .andReturn());
  }

  private ResultActions submit(Map<String, Object> request) throws Exception {
    return mvc.perform(
        post("/api/v1/missing-episodes")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + policeSystem.bearerToken())
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(json.writeValueAsString(request)));
  }

  private Map<String, Object> aRequest(String reference) {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", "Mira");
    child.put("familyName", "Api" + p.suffix());
    child.put("dateOfBirth", "2011-03-27");
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("policeReference", reference);
    request.put("child", child);
    request.put("missingFrom", "HOME");
    request.put("missingAt", "2026-11-17T21:15:00Z");
    request.put("riskGrading", "MEDIUM");
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> request) {
    return (Map<String, Object>) request.get("child");
  }

  private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
    return change;
  }

  private int episodes() {
    return jdbc.queryForObject(
        "select count(*) from missing_episode where partnership_id = ?", Integer.class, p.id());
  }

  private int childrenNamed(String family) {
    return jdbc.queryForObject(
        "select count(*) from child where partnership_id = ? and family_name = ?",
        Integer.class,
        p.id(),
        family);
  }
}
