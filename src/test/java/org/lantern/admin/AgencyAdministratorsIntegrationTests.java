package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * An agency administrator (the school's business manager) keeps their own agency's people only:
 * they add and change the school's staff within the roles a school may hold; another agency's
 * accounts, another agency in a form, and the partnership administrator's role are refused, each
 * refusal audited, and nothing is saved.
 */
@IntegrationTest
class AgencyAdministratorsIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void theSchoolsAdministratorAddsAndChangesTheSchoolsStaff() throws Exception {
    String username = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult added = asSchoolAdmin(newPerson(username, p.schoolId(), "PRACTITIONER"));
    assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/accounts/");
    UUID id = UUID.fromString(added.getResponse().getRedirectedUrl().substring(16));
    assertThat(roleOf(id)).isEqualTo("PRACTITIONER");

    MvcResult changed =
        asSchoolAdmin(
            post("/admin/accounts/{id}", id)
                .param("agencyId", p.schoolId().toString())
                .param("teamId", "")
                .param("role", "PANEL_MEMBER"));
    assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
    assertThat(roleOf(id)).isEqualTo("PANEL_MEMBER");
  }

  @Test
  void theListAndTheFormsOfferOnlyTheirOwnAgency() throws Exception {
    Document list = html(asSchoolAdmin(get("/admin/accounts").param("search", p.suffix())));
    assertThat(list.text())
        .contains(p.username(Role.PRACTITIONER))
        .doesNotContain(p.username(Role.FRONT_DOOR), p.username(Role.POLICE));

    Document form = html(asSchoolAdmin(get("/admin/accounts/new")));
    assertThat(form.select("#agencyId option[value]").eachAttr("value"))
        .containsExactly("", p.schoolId().toString());
    assertThat(form.select("#role option[value]").eachAttr("value"))
        .contains("PRACTITIONER", "AGENCY_ADMINISTRATOR")
        .doesNotContain("PARTNERSHIP_ADMIN");

    Document whole = html(asPartnershipAdmin(get("/admin/accounts/new")));
    assertThat(whole.select("#agencyId option[value]").eachAttr("value"))
        .contains(p.schoolId().toString(), p.councilId().toString(), p.policeId().toString());
  }

  @Test
  void anotherAgencysAccountIsNotFoundToThemAndTheRefusalIsAudited() throws Exception {
    UUID frontDoor = p.user(Role.FRONT_DOOR).id();
    assertThat(asSchoolAdmin(get("/admin/accounts/{id}", frontDoor)).getResponse().getStatus())
        .isEqualTo(404);
    MvcResult close = asSchoolAdmin(post("/admin/accounts/{id}/close", frontDoor));
    assertThat(close.getResponse().getStatus()).isEqualTo(404);
    assertThat(
            jdbc.sql("select enabled from user_account where id = :id")
                .param("id", frontDoor)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(refusals(frontDoor.toString(), "OTHER_AGENCY")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anotherAgencyOrThePartnershipAdministratorsRoleInAFormIsRefusedAndAudited()
      throws Exception {
    String intoPolice = "x-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult police = asSchoolAdmin(newPerson(intoPolice, p.policeId(), "POLICE"));
    assertThat(police.getResponse().getStatus()).isEqualTo(403);
    assertThat(accountsNamed(intoPolice)).isZero();
    assertThat(refusals(p.policeId().toString(), "OTHER_AGENCY")).isOne();

    // a council's own agency administrator cannot make a partnership administrator
    TestPartnership q = fixtures.partnership();
    String councilAdmin = "council-admin-" + q.suffix();
    jdbc.sql("update user_account set agency_id = :council where id = :id")
        .param("council", q.councilId())
        .param("id", q.user(Role.AGENCY_ADMINISTRATOR).id())
        .update();
    String promoted = "y-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult up =
        as(
            q.username(Role.AGENCY_ADMINISTRATOR),
            newPerson(promoted, q.councilId(), "PARTNERSHIP_ADMIN"));
    assertThat(up.getResponse().getStatus()).as(councilAdmin).isEqualTo(403);
    assertThat(accountsNamed(promoted)).isZero();
    assertThat(refusals(q.councilId().toString(), "ROLE_BEYOND_REACH")).isOne();
    // nor touch the partnership administrator of their own council
    assertThat(
            as(
                    q.username(Role.AGENCY_ADMINISTRATOR),
                    post("/admin/accounts/{id}/close", q.user(Role.PARTNERSHIP_ADMIN).id()))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void aRoleTheSchoolMayNotHoldIsToldByTheField() throws Exception {
    String username = "z-" + UUID.randomUUID().toString().substring(0, 8);
    Document page = html(asSchoolAdmin(newPerson(username, p.schoolId(), "FRONT_DOOR")));
    assertThat(page.select("#role-error").text()).contains("not one their kind of agency may hold");
    assertThat(accountsNamed(username)).isZero();
  }

  private static MockHttpServletRequestBuilder newPerson(
      String username, UUID agency, String role) {
    return post("/admin/accounts/new")
        .param("displayName", "Sam " + username)
        .param("email", username + "@school.test.invalid")
        .param("username", username)
        .param("agencyId", agency.toString())
        .param("teamId", "")
        .param("role", role);
  }

  private String roleOf(UUID id) {
    return jdbc.sql("select role from user_account where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long accountsNamed(String username) {
    return jdbc.sql("select count(*) from user_account where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  private long refusals(String recordId, String basis) {
    return jdbc.sql(
            "select count(*) from audit_event where record_id = :id and basis = :basis"
                + " and outcome = 'REFUSED' and action = 'MANAGE_ACCOUNTS'")
        .param("id", recordId)
        .param("basis", basis)
        .query(Long.class)
        .single();
  }

  private MvcResult asSchoolAdmin(MockHttpServletRequestBuilder request) throws Exception {
    return as(p.username(Role.AGENCY_ADMINISTRATOR), request);
  }

  private MvcResult asPartnershipAdmin(MockHttpServletRequestBuilder request) throws Exception {
    return as(p.username(Role.PARTNERSHIP_ADMIN), request);
  }

  private MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(Pages.signedInAs(users, username)).with(csrf())).andReturn();
  }

  private static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
