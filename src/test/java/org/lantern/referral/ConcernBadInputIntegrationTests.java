package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A concern with bad dates or hidden characters, by each path (API, web form, phone form): the date
 * of the concern follows the one date rule (not in the future, not before the floor), and direction
 * controls are taken out of names and text before anything is stored.
 */
@IntegrationTest
class ConcernBadInputIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  ApiClientCredentials ed;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    ed = directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "Trust ED", "ED-" + p.suffix());
  }

  @ParameterizedTest(name = "occurred on {0}")
  @CsvSource({"0001-01-01", "1999-12-31", "0000-06-01"})
  void aConcernDateBeforeTheFloorIsNamedByTheApiAndNothingIsSaved(String occurredOn)
      throws Exception {
    Map<String, Object> request = aRequest();
    request.put("occurredOn", occurredOn);

    submit(request)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
        .andExpect(jsonPath("$.errors[0].detail").isNotEmpty());
    assertThat(concerns()).isZero();
  }

  @Test
  void theEarliestEventDayIsAcceptedWithTheChildsAgeOnThatDay() throws Exception {
    Map<String, Object> request = aRequest();
    request.put("occurredOn", "2000-01-01");
    // 27 today, but a baby then
    child(request).put("dateOfBirth", "1999-06-01");

    submit(request).andExpect(status().isCreated());
  }

  @Test
  void aChildBornAfterWhatHappenedIsNamedByTheApi() throws Exception {
    Map<String, Object> request = aRequest();
    request.put("occurredOn", "2010-01-01");

    submit(request)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("child.dateOfBirth"))
        .andExpect(
            jsonPath("$.errors[0].detail").value("Date of birth must be before when it happened"));
    assertThat(concerns()).isZero();
  }

  @Test
  void aConcernDateInYearOneOnTheFormIsAnErrorByTheField() throws Exception {
    RequestPostProcessor teacher = Pages.signedInAs(users, p.username(Role.PRACTITIONER));
    ChildSummary child = fixtures.child(p);
    Document page =
        html(
            concern(post("/concerns/new"), teacher, "/concerns/new?child=" + child.id())
                .param("childId", child.id().toString())
                .param("newChild", "false")
                .param("occurredOn.day", "1")
                .param("occurredOn.month", "1")
                .param("occurredOn.year", "0001"));

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#occurredOn");
    assertThat(page.getElementById("occurredOn-error").text()).contains("1 January 2000");
    assertThat(concerns()).isZero();
  }

  @Test
  void aPhoneReferralDatedInYearOneIsAnErrorByTheField() throws Exception {
    RequestPostProcessor frontDoor = Pages.signedInAs(users, p.username(Role.FRONT_DOOR));
    ChildSummary child = fixtures.child(p);
    Document page =
        html(
            concern(
                    post("/front-door/verbal/new"),
                    frontDoor,
                    "/front-door/verbal/new?child=" + child.id())
                .param("childId", child.id().toString())
                .param("newChild", "false")
                .param("referrerUserId", p.user(Role.PRACTITIONER).id().toString())
                .param("occurredOn.day", "1")
                .param("occurredOn.month", "1")
                .param("occurredOn.year", "0001"));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#occurredOn");
    assertThat(concerns()).isZero();
  }

  @Test
  void directionControlsAreTakenOutOfNamesAndTextFromTheApi() throws Exception {
    Map<String, Object> request = aRequest();
    String family = (String) child(request).get("familyName");
    child(request).put("givenName", "Kay\u202Ela");
    child(request).put("familyName", "\u2066" + family + "\u2069");
    request.put("whatHappened", "Seen with \u202Eredlo na\u202C at the \u200Fstation.");
    request.put("location", "\u061CTamsford");

    submit(request).andExpect(status().isCreated());

    assertThat(
            jdbc.queryForList(
                "select given_name || ' ' || family_name from child where partnership_id = ?",
                String.class,
                p.id()))
        .containsExactly("Kayla " + family);
    assertThat(
            jdbc.queryForList(
                "select what_happened || '|' || location from concern where partnership_id = ?",
                String.class,
                p.id()))
        .containsExactly("Seen with redlo na at the station.|Tamsford");
  }

  @Test
  void directionControlsAreTakenOutOfADescribedChildOnTheForm() throws Exception {
    RequestPostProcessor teacher = Pages.signedInAs(users, p.username(Role.PRACTITIONER));
    String family = "Bidi" + letters();
    mvc.perform(
            concern(post("/concerns/new"), teacher, "/concerns/new?newChild=true")
                .param("newChild", "true")
                .param("child.givenName", "\u202ENia")
                .param("child.familyName", family + "\u202C")
                .param("child.sex", "FEMALE")
                .param("child.dateOfBirth.day", "27")
                .param("child.dateOfBirth.month", "3")
                .param("child.dateOfBirth.year", "2011")
                .param("occurredOn.day", "17")
                .param("occurredOn.month", "11")
                .param("occurredOn.year", "2026"))
        .andExpect(status().is3xxRedirection());

    assertThat(
            jdbc.queryForList(
                "select given_name || ' ' || family_name from child where partnership_id = ?",
                String.class,
                p.id()))
        .containsExactly("Nia " + family);
  }

  // --- helpers

  /**
   * A concern form post with what a valid one needs (the token the form gave, the other answers)
   * unless the test sets it.
   */
  private MockHttpServletRequestBuilder concern(
      MockHttpServletRequestBuilder post, RequestPostProcessor user, String formAddress)
      throws Exception {
    Document form =
        Pages.html(mvc.perform(get(formAddress).with(user)).andExpect(status().isOk()).andReturn());
    String token = form.select("input[name=token]").val();
    return post.with(user)
        .with(csrf())
        .param("token", token)
        .param("immediateDanger", "no")
        .param("whatHappened", "Seen getting into a car with two adults.")
        .param("indicators", "NONE");
  }

  private Document html(MockHttpServletRequestBuilder request) throws Exception {
    return Pages.html(mvc.perform(request).andExpect(status().isOk()).andReturn());
  }

  private ResultActions submit(Map<String, Object> request) throws Exception {
    return mvc.perform(
        post("/api/v1/concerns")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(json.writeValueAsString(request)));
  }

  private Map<String, Object> aRequest() {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", "Kayla");
    child.put("familyName", "Bidi" + letters());
    child.put("sex", "FEMALE");
    child.put("dateOfBirth", "2011-03-27");
    Map<String, Object> referrer = new LinkedHashMap<>();
    referrer.put("name", "Dr Jo Ellis");
    referrer.put("contact", "01234 567890");
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sourceId", "ED-" + UUID.randomUUID());
    request.put("child", child);
    request.put("referrer", referrer);
    request.put("whatHappened", "Brought in at 2am by two adults who left.");
    request.put("occurredOn", "2026-11-17");
    request.put("indicators", List.of("SUBSTANCE_MISUSE"));
    request.put("immediateDanger", false);
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> request) {
    return (Map<String, Object>) request.get("child");
  }

  /** A made-up name part, so that no two tests describe the same child. */
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

  private long concerns() {
    return jdbc.queryForObject(
        "select count(*) from concern where partnership_id = ?", Long.class, p.id());
  }
}
