package org.lantern.missing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.people.ChildSummary;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/missing-episodes} as a police system meets it: idempotent by police reference
 * (201, then 200 for the same episode), problems that name each field, 409 for a reference used for
 * another child, 403 for a client that is not the police; nothing half-saved.
 */
@IntegrationTest
class MissingEpisodeApiIntegrationTests {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  TestPartnership p;
  ApiClientCredentials police;
  ChildSummary child;

  @BeforeEach
  void setUp() {
    // Wednesday 18 November 2026, noon (UTC: the same in November).
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    p = fixtures.partnership();
    police = directory.createApiClient(p.policeId(), "niche-" + p.suffix(), "Niche", "NICHE");
    child = fixtures.child(p);
  }

  @Test
  void theSameReferenceSentAgainUpdatesTheOneEpisode() throws Exception {
    Map<String, Object> missing = request("MP-2026-100001", child);

    String location =
        submit(police, missing)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.policeReference").value("MP-2026-100001"))
            .andExpect(jsonPath("$.childId").value(child.id().toString()))
            .andExpect(jsonPath("$.interviewStatus").value("NOT_DUE"))
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.LOCATION);
    assertThat(location).startsWith("/api/v1/missing-episodes/");

    // Re-sent as it was: recognised, not a second episode.
    submit(police, missing)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(location.substring(location.lastIndexOf('/') + 1)));

    // The return, in lower case with spaces: the same reference.
    Map<String, Object> returned = request(" mp-2026-100001 ", child);
    returned.put("returnedAt", "2026-11-18T08:00:00Z");
    returned.put("returnedLocation", "Tamsford bus station");
    submit(police, returned)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.returnedAt").value("2026-11-18T08:00:00Z"))
        .andExpect(jsonPath("$.interviewStatus").value("TO_OFFER"))
        .andExpect(jsonPath("$.interviewDueAt").value("2026-11-21T08:00:00Z"));

    // A late re-send of the first notification does not take the return away.
    submit(police, missing)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.returnedAt").value("2026-11-18T08:00:00Z"));
    assertThat(episodes()).isEqualTo(1);
  }

  @Test
  void invalidFieldsAreEachNamedAndNothingIsSaved() throws Exception {
    Map<String, Object> bad = request("12345", child);
    bad.put("missingFrom", "MOON");
    bad.put("riskGrading", null);
    bad.put("returnedAt", "yesterday");
    int children = childrenOfPartnership();

    submit(police, bad)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "policeReference", "missingFrom", "riskGrading", "returnedAt")));

    // A return before the child went missing is refused by name too.
    Map<String, Object> backwards = request("MP-2026-100002", child);
    backwards.put("returnedAt", "2026-11-16T08:00:00Z");
    submit(police, backwards)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("returnedAt"))
        .andExpect(
            jsonPath("$.errors[0].detail")
                .value("The return must be after the child went missing"));

    assertThat(episodes()).isZero();
    assertThat(childrenOfPartnership()).isEqualTo(children);
  }

  @Test
  void aReferenceAlreadyUsedForAnotherChildIsAConflict() throws Exception {
    submit(police, request("MP-2026-100003", child)).andExpect(status().isCreated());
    ChildSummary other = fixtures.child(p);

    submit(police, request("MP-2026-100003", other))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.title").value("Police reference used for another child"));
    assertThat(episodes()).isEqualTo(1);
  }

  @Test
  void onlyPoliceSystemsMayNotifyAndOnlyWithCredentials() throws Exception {
    ApiClientCredentials hospital =
        directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "ED", "ED");

    submit(hospital, request("MP-2026-100004", child))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.title").value("Only police systems notify missing episodes"));
    mvc.perform(
            post("/api/v1/missing-episodes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request("MP-2026-100004", child))))
        .andExpect(status().isUnauthorized());
    assertThat(episodes()).isZero();
  }

  private int episodes() {
    return jdbc.queryForObject(
        "select count(*) from missing_episode where partnership_id = ?", Integer.class, p.id());
  }

  private int childrenOfPartnership() {
    return jdbc.queryForObject(
        "select count(*) from child where partnership_id = ?", Integer.class, p.id());
  }

  private static Map<String, Object> request(String reference, ChildSummary child) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("nhsNumber", child.nhsNumber());
    c.put("givenName", child.givenName());
    c.put("familyName", child.familyName());
    c.put("dateOfBirth", String.valueOf(child.dateOfBirth()));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("policeReference", reference);
    r.put("child", c);
    r.put("missingFrom", "HOME");
    r.put("missingAt", "2026-11-17T22:30:00Z");
    r.put("missingLocation", "Home address");
    r.put("riskGrading", "MEDIUM");
    return r;
  }

  private ResultActions submit(ApiClientCredentials client, Map<String, Object> request)
      throws Exception {
    return mvc.perform(
        post("/api/v1/missing-episodes")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.bearerToken())
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(json.writeValueAsString(request)));
  }
}
