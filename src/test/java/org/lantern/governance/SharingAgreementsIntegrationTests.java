package org.lantern.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AgencyKind;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Information sharing agreements on PostgreSQL: a partner system whose agency has none in force is
 * refused with a problem naming why (and audited); recording one lets it in, ending it shuts it out
 * again; each change audited from what to what; a passing review date shows on the officer's home
 * page; bad terms are refused by the field.
 */
@IntegrationTest
class SharingAgreementsIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired SharingAgreements agreements;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  private TestPartnership p;
  private CurrentUser officer;
  private UUID agency;
  private ApiClientCredentials client;

  @BeforeEach
  void setUp() {
    clock.reset();
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    agency = directory.createAgency(p.id(), "Hospice " + p.suffix(), AgencyKind.CHARITY, null);
    client =
        directory.createApiClient(
            agency, "hospice-" + p.suffix(), "Hospice system", "HOS-" + p.suffix());
  }

  @Test
  void aPartnerSystemWithoutAnAgreementInForceIsRefusedSayingWhyAndAudited() throws Exception {
    MvcResult refused = callApi();

    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
    String body = refused.getResponse().getContentAsString();
    assertThat(body)
        .contains("\"reason\":\"NO_SHARING_AGREEMENT\"")
        .contains("No information sharing agreement in force")
        .contains("Hospice " + p.suffix());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where username = :u and outcome = 'REFUSED'"
                        + " and basis = 'NO_SHARING_AGREEMENT'")
                .param("u", "api:hospice-" + p.suffix())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void anAgreementInForceLetsItInAndEndingItShutsItOutAgain() throws Exception {
    UUID id = agreements.add(officer, agency, terms(today().minusDays(10), today().plusYears(1)));
    assertThat(callApi().getResponse().getStatus()).isEqualTo(404);

    agreements.end(officer, id, 0, today(), "The hospice withdrew from the partnership.");

    MvcResult refused = callApi();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(refused.getResponse().getContentAsString()).contains("NO_SHARING_AGREEMENT");
    assertThat(auditPurpose("SHARING_AGREEMENT_ENDED", id))
        .contains("(none) → " + today())
        .contains("withdrew");
  }

  @Test
  void anAgreementNotYetStartedIsNotInForce() throws Exception {
    agreements.add(officer, agency, terms(today().plusDays(1), today().plusYears(1)));
    assertThat(callApi().getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void aChangeIsAuditedFromWhatToWhat() {
    UUID id = agreements.add(officer, agency, terms(today().minusDays(1), today().plusYears(1)));
    AgreementTerms renewed = terms(today().minusDays(1), today().plusYears(2));

    agreements.change(officer, id, 0, renewed);

    String said = auditPurpose("SHARING_AGREEMENT_CHANGED", id);
    assertThat(said)
        .contains("review: " + today().plusYears(1) + " → to ")
        .endsWith("review: " + today().plusYears(2));
    assertThat(agreements.agreement(officer, id).terms().reviewOn())
        .isEqualTo(today().plusYears(2));
  }

  @Test
  void anAgreementPastItsReviewDateShowsOnTheOfficersHomePage() throws Exception {
    agreements.add(officer, agency, terms(today().minusYears(1), today().plusDays(3)));
    assertThat(homeOf(officer).select("#agreements-due")).isEmpty();

    clock.advance(Duration.ofDays(4));

    Document home = homeOf(officer);
    assertThat(home.select("#agreements-due")).hasSize(1);
    assertThat(home.text()).contains("Hospice " + p.suffix() + ": review was due on");
    assertThat(homeOf(p.user(Role.FRONT_DOOR)).select("#agreements-due")).isEmpty();
  }

  @Test
  void badTermsAreRefusedByTheFieldAndNothingIsSaved() throws Exception {
    assertThatThrownBy(() -> agreements.add(officer, agency, terms(today(), today().minusDays(1))))
        .isInstanceOfSatisfying(
            GovernanceRuleBroken.class, e -> assertThat(e.field()).isEqualTo("reviewOn"));

    MvcResult page =
        mvc.perform(
                post("/governance/agreements/new")
                    .with(Pages.signedInAs(users, officer.username()))
                    .with(csrf())
                    .param("agencyId", agency.toString())
                    .param("parties", " ")
                    .param("purpose", "Safeguarding")
                    .param("lawfulBasis", "UK GDPR 6(1)(e)")
                    .param("startsOn.day", "31")
                    .param("startsOn.month", "2")
                    .param("startsOn.year", "2026")
                    .param("reviewOn.day", "1")
                    .param("reviewOn.month", "1")
                    .param("reviewOn.year", "2027"))
            .andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    Document html = Pages.html(page);
    assertThat(html.select(".govuk-error-summary a").eachText())
        .contains(
            "Enter the parties to the agreement",
            "Choose at least one kind of information the agreement shares",
            "Enter the date the agreement starts, for example 1 4 2026");
    assertThat(
            jdbc.sql("select count(*) from sharing_agreement where agency_id = :a")
                .param("a", agency)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theOfficerRecordsAnAgreementThroughThePages() throws Exception {
    MvcResult done =
        mvc.perform(
                post("/governance/agreements/new")
                    .with(Pages.signedInAs(users, officer.username()))
                    .with(csrf())
                    .param("agencyId", agency.toString())
                    .param("parties", "Hospice and the partnership")
                    .param("purpose", "Safeguarding")
                    .param("lawfulBasis", "UK GDPR 6(1)(e) with DPA 2018 Sch. 1 para 18")
                    .param("categories", "CONCERNS", "MISSING_EPISODES")
                    .param("startsOn.day", "1")
                    .param("startsOn.month", "1")
                    .param("startsOn.year", "2020")
                    .param("reviewOn.day", "1")
                    .param("reviewOn.month", "1")
                    .param("reviewOn.year", "2099"))
            .andReturn();
    assertThat(done.getResponse().getStatus()).isEqualTo(302);
    assertThat(callApi().getResponse().getStatus()).isEqualTo(404);
    // the agreement's page says what was done, through the one success banner
    Document page =
        Pages.html(
            mvc.perform(
                    get(done.getResponse().getRedirectedUrl())
                        .with(Pages.signedInAs(users, officer.username()))
                        .requestAttr(
                            DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, done.getFlashMap()))
                .andReturn());
    assertThat(page.select(".govuk-notification-banner--success[role=alert]").text())
        .isEqualTo("Success Agreement recorded");
  }

  @Test
  void nobodyElseMayManageAgreements() {
    assertThatThrownBy(() -> agreements.list(p.user(Role.PARTNERSHIP_ADMIN)))
        .isInstanceOf(AccessDeniedForRole.class);
    assertThatThrownBy(
            () ->
                agreements.add(
                    p.user(Role.FRONT_DOOR), agency, terms(today(), today().plusYears(1))))
        .isInstanceOf(AccessDeniedForRole.class);
  }

  private MvcResult callApi() throws Exception {
    return mvc.perform(
            get("/api/v1/concerns/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.bearerToken())
                .accept("application/json"))
        .andReturn();
  }

  private Document homeOf(CurrentUser user) throws Exception {
    return Pages.html(
        mvc.perform(get("/").with(Pages.signedInAs(users, user.username()))).andReturn());
  }

  private String auditPurpose(String action, UUID id) {
    return jdbc.sql("select purpose from audit_event where action = :action and record_id = :id")
        .param("action", action)
        .param("id", id.toString())
        .query(String.class)
        .single();
  }

  private LocalDate today() {
    return agreements.today();
  }

  private static AgreementTerms terms(LocalDate starts, LocalDate review) {
    return new AgreementTerms(
        "Hospice and the partnership",
        "Safeguarding children at risk of exploitation",
        "UK GDPR 6(1)(e) with DPA 2018 Sch. 1 para 18 (safeguarding)",
        Set.of(DataCategory.CONCERNS),
        starts,
        review);
  }
}
