package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The service's teams kept by the partnership administrator through the pages: a team added to an
 * agency covering districts (refused by the field in the GOV.UK error summary without a name or
 * with a district another team covers, nothing saved), renamed and given another district, then
 * closed (covering nothing, the team closed); each change audited from what to what, and refused to
 * anyone else.
 */
@IntegrationTest
class ServiceTeamAdministrationIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired ServiceTeams teams;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  TestPartnership p;
  UUID second;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-03-02T10:00:00Z"));
    p = fixtures.partnership();
    second = directory.createDistrict(p.id(), "Second " + p.suffix());
  }

  @Test
  void theAdministratorAddsRenamesMovesDistrictsAndClosesATeamEachAudited() throws Exception {
    Document blank =
        Pages.html(
            asAdmin(
                post("/service-teams")
                    .param("name", " ")
                    .param("agencyId", p.charityId().toString())
                    .param("districtIds", p.districtId().toString())));
    assertThat(blank.select(".govuk-error-summary").text()).contains("Enter the team's name");
    assertThat(blank.select("#name-error").text()).contains("Enter the team's name");
    assertThat(teams.of(p.id())).isEmpty();

    MvcResult added =
        asAdmin(
            post("/service-teams")
                .param("name", "North team")
                .param("agencyId", p.charityId().toString())
                .param("districtIds", p.districtId().toString()));
    assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/service-teams");
    ServiceTeams.Team north = teams.of(p.id()).getFirst();
    assertThat(north.name()).isEqualTo("North team");
    assertThat(north.districtIds()).containsExactly(p.districtId());
    assertThat(purpose(north.id(), "STRUCTURE_ADDED"))
        .isEqualTo(
            "service team: North team; agency: Charity "
                + p.suffix()
                + "; districts: District "
                + p.suffix());

    Document taken =
        Pages.html(
            asAdmin(
                post("/service-teams")
                    .param("name", "South team")
                    .param("agencyId", p.charityId().toString())
                    .param("districtIds", p.districtId().toString())));
    assertThat(taken.select("#districtIds-error").text()).contains("covered by another team");
    assertThat(teams.of(p.id())).hasSize(1);

    Document list = Pages.html(asAdmin(get("/service-teams")));
    assertThat(list.select("table td").eachText())
        .contains("North team", "Charity " + p.suffix(), "District " + p.suffix());

    asAdmin(
        post("/service-teams/{id}", north.id())
            .param("name", "Northern team")
            .param("districtIds", p.districtId().toString(), second.toString()));
    ServiceTeams.Team renamed = teams.of(p.id()).getFirst();
    assertThat(renamed.name()).isEqualTo("Northern team");
    assertThat(renamed.districtIds()).containsExactlyInAnyOrder(p.districtId(), second);
    assertThat(purpose(north.id(), "STRUCTURE_CHANGED"))
        .isEqualTo(
            "name: North team → Northern team; districts: District "
                + p.suffix()
                + " → District "
                + p.suffix()
                + ", Second "
                + p.suffix());

    asAdmin(post("/service-teams/{id}/close", north.id()));
    assertThat(teams.of(p.id())).isEmpty();
    assertThat(
            jdbc.sql("select closed_on from team where id = :id")
                .param("id", north.id())
                .query(String.class)
                .single())
        .isEqualTo("2026-03-02");
    assertThat(purpose(north.id(), "STRUCTURE_CLOSED")).contains("closed on 2026-03-02");
  }

  @Test
  void anyoneButTheAdministratorIsRefused() throws Exception {
    MvcResult refused =
        mvc.perform(
                get("/service-teams")
                    .with(Pages.signedInAs(users, p.username(Role.MISSING_SERVICE_WORKER))))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
  }

  private String purpose(UUID record, String action) {
    return jdbc.sql(
            "select purpose from audit_event where record_id = :id and action = :action"
                + " and outcome = 'ALLOWED' order by id desc limit 1")
        .param("id", record.toString())
        .param("action", action)
        .query(String.class)
        .single();
  }

  private MvcResult asAdmin(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(
            request.with(Pages.signedInAs(users, p.username(Role.PARTNERSHIP_ADMIN))).with(csrf()))
        .andReturn();
  }
}
