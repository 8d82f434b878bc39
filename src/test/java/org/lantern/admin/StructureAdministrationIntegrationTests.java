package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A partnership administrator keeps its structure: adds an agency with its numbers and a team in
 * it, renames, closes from a date (kept, no longer offered for accounts); bad input is told by the
 * field with nothing saved; each change is audited from what to what.
 */
@IntegrationTest
class StructureAdministrationIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void anAgencyWithItsNumbersAndATeamAreAddedRenamedAndClosedAndEachIsAudited() throws Exception {
    String name = "Youth Justice " + UUID.randomUUID().toString().substring(0, 6);
    MvcResult added =
        asAdmin(
            post("/admin/structure/agencies")
                .param("name", name)
                .param("agencyKind", "COUNCIL")
                .param("districtId", p.districtId().toString())
                .param("officeHoursPhone", "01632 960 001")
                .param("outOfHoursPhone", "01632 960 999"));
    String agencyPage = added.getResponse().getRedirectedUrl();
    assertThat(agencyPage).startsWith("/admin/structure/agencies/");
    UUID agency = UUID.fromString(agencyPage.substring(agencyPage.lastIndexOf('/') + 1));
    assertThat(purpose(agency, "STRUCTURE_ADDED"))
        .contains("name: " + name, "kind: COUNCIL", "out of hours: 01632 960 999");

    MvcResult team =
        asAdmin(
            post("/admin/structure/teams")
                .param("agencyId", agency.toString())
                .param("name", "Court team"));
    String teamPage = team.getResponse().getRedirectedUrl();
    UUID teamId = UUID.fromString(teamPage.substring(teamPage.lastIndexOf('/') + 1));

    asAdmin(
        post(agencyPage)
            .param("name", name + " Service")
            .param("officeHoursPhone", "01632 960 002")
            .param("outOfHoursPhone", "01632 960 999"));
    assertThat(purpose(agency, "STRUCTURE_CHANGED"))
        .contains(
            "name: " + name + " → " + name + " Service",
            "office hours: 01632 960 001 → 01632 960 002");

    asAdmin(
        post(teamPage + "/close")
            .param("closedOn.day", "31")
            .param("closedOn.month", "3")
            .param("closedOn.year", "2027"));
    assertThat(purpose(teamId, "STRUCTURE_CLOSED")).contains("closed on 2027-03-31");
    assertThat(
            jdbc.sql("select count(*) from team where id = :id and closed_on is not null")
                .param("id", teamId)
                .query(Long.class)
                .single())
        .as("kept, closed")
        .isEqualTo(1L);

    Document newAccount = Pages.html(asAdmin(get("/admin/accounts/new")));
    assertThat(newAccount.select("#agencyId option").text()).contains(name + " Service");
    assertThat(newAccount.select("#teamId option").text())
        .as("a closed team is not offered")
        .doesNotContain("Court team");
    MvcResult intoClosedTeam =
        asAdmin(
            post("/admin/accounts/new")
                .param("displayName", "Late joiner")
                .param("email", "late-" + teamId + "@test.invalid")
                .param("username", "late-" + teamId.toString().substring(0, 8))
                .param("agencyId", agency.toString())
                .param("teamId", teamId.toString())
                .param("role", "PRACTITIONER"));
    assertThat(
            Jsoup.parse(intoClosedTeam.getResponse().getContentAsString())
                .select("#teamId-error")
                .text())
        .contains("a team within their agency");
  }

  @Test
  void badInputIsToldByTheFieldAndNothingIsSaved() throws Exception {
    long before = agencies();

    Document noKind =
        Pages.html(
            asAdmin(
                post("/admin/structure/agencies")
                    .param("name", "Kindless agency")
                    .param("agencyKind", "")
                    .param("officeHoursPhone", "ring me")));
    Document taken =
        Pages.html(
            asAdmin(
                post("/admin/structure/agencies")
                    .param("name", "school " + p.suffix())
                    .param("agencyKind", "SCHOOL")));
    Document noDate =
        Pages.html(
            asAdmin(
                post("/admin/structure/agencies/{id}/close", p.charityId())
                    .param("closedOn.day", "31")
                    .param("closedOn.month", "13")
                    .param("closedOn.year", "2027")));

    assertThat(noKind.select("#agencyKind-error").text()).contains("Choose the kind of agency");
    assertThat(noKind.select("#officeHoursPhone-error").text()).contains("phone number");
    assertThat(taken.select("#name-error").text()).contains("already one with this name");
    assertThat(noDate.select("#closedOn-error").text()).contains("Enter the date it closes");
    assertThat(agencies()).isEqualTo(before);
    assertThat(
            jdbc.sql("select closed_on from agency where id = :id")
                .param("id", p.charityId())
                .query(LocalDate.class)
                .optional())
        .isEmpty();
  }

  @Test
  void someoneWhoIsNotAnAdministratorIsRefused() throws Exception {
    MvcResult result =
        mvc.perform(
                get("/admin/structure")
                    .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
  }

  private long agencies() {
    return jdbc.sql("select count(*) from agency where partnership_id = :p")
        .param("p", p.id())
        .query(Long.class)
        .single();
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
