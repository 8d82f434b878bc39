package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
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
 * The partnership administrator keeps the partnership's own single sign-on mappings in the browser:
 * adds them (each checked as sign-on checks it, refused by the field with the error summary and
 * nothing saved), changes one and moves it in the order, removes one; each change is audited from
 * what to what, and the page lists them in order with whether each works now. That sign-on uses
 * them is in {@code OidcRoleMappingIntegrationTests}.
 */
@IntegrationTest
class SingleSignOnMappingAdministrationIntegrationTests {

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
  void mappingsAreAddedReorderedChangedAndRemovedAndEachChangeIsAudited() throws Exception {
    String staff = "g-staff-" + p.suffix();
    String social = "g-social-" + p.suffix();
    MvcResult first =
        asAdmin(
            post("/admin/single-sign-on/mappings/new")
                .param("claim", "groups")
                .param("value", staff)
                .param("role", "PRACTITIONER")
                .param("agencyId", p.schoolId().toString())
                .param("teamId", "")
                .param("position", ""));
    assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/admin/single-sign-on");
    asAdmin(
        post("/admin/single-sign-on/mappings/new")
            .param("claim", "groups")
            .param("value", social)
            .param("role", "SOCIAL_WORKER")
            .param("agencyId", p.councilId().toString())
            .param("teamId", p.teamId().toString())
            .param("position", "1"));

    assertThat(own()).containsExactly(social, staff);
    UUID staffId = id(staff);
    assertThat(purpose(staffId, "SINGLE_SIGN_ON_MAPPING_ADDED"))
        .isEqualTo(
            "mapping 1: groups = " + staff + " → role PRACTITIONER, agency School " + p.suffix());
    assertThat(purpose(id(social), "SINGLE_SIGN_ON_MAPPING_ADDED"))
        .contains("mapping 1: groups = " + social, "team Children's team " + p.suffix());

    Document page = Pages.html(asAdmin(get("/admin/single-sign-on")));
    assertThat(page.select(".lantern-sso-own tbody tr")).hasSize(2);
    assertThat(page.select(".lantern-sso-own tbody tr").first().text())
        .contains("1", social, "Council " + p.suffix(), "Children's team " + p.suffix(), "Yes");
    assertThat(
            page.select(".lantern-sso-own a[href=/admin/single-sign-on/mappings/" + staffId + "]"))
        .hasSize(1);

    Document form = Pages.html(asAdmin(get("/admin/single-sign-on/mappings/" + staffId)));
    assertThat(form.select("#value").attr("value")).isEqualTo(staff);
    assertThat(form.select("#position").attr("value")).isEqualTo("2");

    asAdmin(
        post("/admin/single-sign-on/mappings/" + staffId)
            .param("claim", "roles")
            .param("value", staff)
            .param("role", "PANEL_MEMBER")
            .param("agencyId", p.schoolId().toString())
            .param("teamId", "")
            .param("position", "1"));
    assertThat(own()).containsExactly(staff, social);
    assertThat(purpose(staffId, "SINGLE_SIGN_ON_MAPPING_CHANGED"))
        .contains(
            "groups = "
                + staff
                + " → role PRACTITIONER, agency School "
                + p.suffix()
                + " → roles = "
                + staff
                + " → role PANEL_MEMBER",
            "position: 2 → 1");

    asAdmin(post("/admin/single-sign-on/mappings/" + staffId + "/remove"));
    assertThat(own()).containsExactly(social);
    assertThat(purpose(staffId, "SINGLE_SIGN_ON_MAPPING_REMOVED"))
        .startsWith("mapping 1: roles = " + staff)
        .endsWith("→ removed");
  }

  @Test
  void eachFormIsCheckedByTheFieldAsSignOnChecksItAndNothingIsSaved() throws Exception {
    TestPartnership other = fixtures.partnership();
    String taken = "g-taken-" + p.suffix();
    asAdmin(
        post("/admin/single-sign-on/mappings/new")
            .param("claim", "groups")
            .param("value", taken)
            .param("role", "PRACTITIONER")
            .param("agencyId", p.schoolId().toString()));
    List<String> before = own();

    Document empty =
        Pages.html(
            asAdmin(
                post("/admin/single-sign-on/mappings/new")
                    .param("claim", "")
                    .param("value", " ")
                    .param("role", "")
                    .param("agencyId", other.councilId().toString())
                    .param("position", "first")));
    Document misfit =
        Pages.html(
            asAdmin(
                post("/admin/single-sign-on/mappings/new")
                    .param("claim", "groups")
                    .param("value", "g-doctors-" + p.suffix())
                    .param("role", "FRONT_DOOR")
                    .param("agencyId", p.schoolId().toString())));
    Document wrongTeam =
        Pages.html(
            asAdmin(
                post("/admin/single-sign-on/mappings/new")
                    .param("claim", "groups")
                    .param("value", "g-teachers-" + p.suffix())
                    .param("role", "PRACTITIONER")
                    .param("agencyId", p.schoolId().toString())
                    .param("teamId", p.teamId().toString())));
    Document duplicate =
        Pages.html(
            asAdmin(
                post("/admin/single-sign-on/mappings/new")
                    .param("claim", "groups")
                    .param("value", taken)
                    .param("role", "PRACTITIONER")
                    .param("agencyId", p.councilId().toString())));

    assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactlyInAnyOrder("#position", "#claim", "#value", "#role", "#agencyId");
    assertThat(empty.select("#agencyId-error").text())
        .contains("Choose one of the partnership's open agencies");
    assertThat(empty.select("#value-error").text()).contains("Enter the value the claim holds");
    assertThat(misfit.select("#role-error").text()).contains("may not hold this role");
    assertThat(wrongTeam.select("#teamId-error").text())
        .contains("Choose an open team within the agency");
    assertThat(duplicate.select("#value-error").text()).contains("already reads this claim");
    assertThat(duplicate.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#value");
    assertThat(own()).isEqualTo(before);
  }

  @Test
  void theAdministratorChoosesWhetherSignOnMakesAccountsAndTheChangeIsAudited() throws Exception {
    Document page = Pages.html(asAdmin(get("/admin/single-sign-on")));
    assertThat(page.select(".lantern-sso-settings").text())
        .as("until chosen, the configuration's: added beforehand")
        .contains("Must be added by an administrator before a person's first sign-on");
    Document form = Pages.html(asAdmin(get("/admin/single-sign-on/accounts")));
    assertThat(form.select("input[name=accounts][checked]").attr("value")).isEqualTo("EXISTING");

    Document unchosen =
        Pages.html(asAdmin(post("/admin/single-sign-on/accounts").param("accounts", "")));
    assertThat(unchosen.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#accounts");
    assertThat(unchosen.select("#accounts-error").text())
        .contains("Choose whether accounts must be added beforehand");

    MvcResult chosen = asAdmin(post("/admin/single-sign-on/accounts").param("accounts", "CREATE"));
    assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/admin/single-sign-on");
    assertThat(purpose(p.id(), "SINGLE_SIGN_ON_ACCOUNTS_CHANGED"))
        .isEqualTo(
            "accounts: added by an administrator beforehand (EXISTING)"
                + " → made at first sign-on by the mapping (CREATE)");
    assertThat(
            Pages.html(asAdmin(get("/admin/single-sign-on")))
                .select(".lantern-sso-settings")
                .text())
        .contains("Made at a person's first sign-on by the first mapping that matches them");
  }

  @Test
  void anAgencyAdministratorIsRefusedAndTheRefusalAudited() throws Exception {
    TestPartnership other = fixtures.partnership();
    MvcResult choosing =
        mvc.perform(
                post("/admin/single-sign-on/accounts")
                    .param("accounts", "CREATE")
                    .with(Pages.signedInAs(users, other.username(Role.AGENCY_ADMINISTRATOR)))
                    .with(csrf()))
            .andReturn();
    assertThat(choosing.getResponse().getStatus()).isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from single_sign_on_choice where partnership_id = :p")
                .param("p", other.id())
                .query(Long.class)
                .single())
        .as("an agency administrator's choice is not saved")
        .isZero();
    UUID mapping = UUID.randomUUID();
    MvcResult refused =
        mvc.perform(
                post("/admin/single-sign-on/mappings/" + mapping + "/remove")
                    .with(Pages.signedInAs(users, p.username(Role.AGENCY_ADMINISTRATOR)))
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
  }

  private List<String> own() {
    return jdbc.sql(
            "select claim_value from single_sign_on_mapping where partnership_id = :p"
                + " order by sort_order")
        .param("p", p.id())
        .query(String.class)
        .list();
  }

  private UUID id(String value) {
    return jdbc.sql(
            "select id from single_sign_on_mapping where partnership_id = :p and claim_value = :v")
        .param("p", p.id())
        .param("v", value)
        .query(UUID.class)
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
