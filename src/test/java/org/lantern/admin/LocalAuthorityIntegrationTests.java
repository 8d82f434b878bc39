package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantern.access.AgencyKind;
import org.lantern.access.Authorities;
import org.lantern.access.LocalAuthorityView;
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
 * A partnership spans more than one local authority, each with its districts: the administrator
 * adds, renames and closes authorities and chooses each district's; reports find a district's
 * authority. And the kinds of agency a partnership really has, with the roles each may hold.
 */
@IntegrationTest
class LocalAuthorityIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired Authorities authorities;

  @Test
  void aPartnershipsFirstDistrictsBelongToItsFirstAuthority() {
    TestPartnership p = fixtures.partnership();
    assertThat(authorities.of(p.id()))
        .singleElement()
        .extracting(LocalAuthorityView::id)
        .isNotNull();
    assertThat(authorities.ofDistrict(p.districtId()))
        .map(LocalAuthorityView::name)
        .hasValue("Test partnership " + p.suffix());
  }

  @Test
  void aSecondAuthorityIsAddedADistrictChoosesItMovesAndTheAuthorityClosesOnceEmpty()
      throws Exception {
    TestPartnership p = fixtures.partnership();
    UUID first = authorities.ofDistrict(p.districtId()).orElseThrow().id();

    MvcResult added = as(p, post("/admin/structure/authorities").param("name", "Southby Council"));
    String authorityPage = added.getResponse().getRedirectedUrl();
    assertThat(authorityPage).startsWith("/admin/structure/authorities/");
    UUID southby = UUID.fromString(authorityPage.substring(authorityPage.lastIndexOf('/') + 1));
    assertThat(purpose(southby, "STRUCTURE_ADDED")).contains("name: Southby Council");

    MvcResult district =
        as(
            p,
            post("/admin/structure/districts")
                .param("name", "Southby Marsh")
                .param("authorityId", southby.toString()));
    String districtPage = district.getResponse().getRedirectedUrl();
    UUID marsh = UUID.fromString(districtPage.substring(districtPage.lastIndexOf('/') + 1));
    assertThat(authorities.ofDistrict(marsh))
        .map(LocalAuthorityView::name)
        .hasValue("Southby Council");
    assertThat(authorities.byDistrict(p.id())).hasSize(2).containsKeys(marsh, p.districtId());

    Document structure = page(p, get("/admin/structure"));
    assertThat(structure.select(".lantern-authority").eachText())
        .contains("Southby Council", "Test partnership " + p.suffix());
    assertThat(structure.select(".lantern-authority-districts").eachText())
        .contains("Southby Marsh");

    // closing an authority with an open district is refused, by the field
    Document refused =
        Pages.html(
            as(
                p,
                post(authorityPage + "/close")
                    .param("closedOn.day", "1")
                    .param("closedOn.month", "1")
                    .param("closedOn.year", "2026")));
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("Move or close this authority's open districts first");

    // the district moves to the first authority, audited from what to what
    as(p, post(districtPage).param("name", "Southby Marsh").param("authorityId", first.toString()));
    assertThat(authorities.ofDistrict(marsh)).map(LocalAuthorityView::id).hasValue(first);
    assertThat(purpose(marsh, "STRUCTURE_CHANGED"))
        .contains("local authority: Southby Council → Test partnership " + p.suffix());
    assertThat(page(p, get(districtPage)).select("#authorityId option[selected]").text())
        .isEqualTo("Test partnership " + p.suffix());

    as(
        p,
        post(authorityPage + "/close")
            .param("closedOn.day", "1")
            .param("closedOn.month", "1")
            .param("closedOn.year", "2026"));
    assertThat(authorities.of(p.id()))
        .filteredOn(a -> a.id().equals(southby))
        .singleElement()
        .satisfies(a -> assertThat(a.closed()).isTrue());
    // a closed authority is no longer offered for a district
    assertThat(page(p, get("/admin/structure/districts")).select("#authorityId option").eachText())
        .doesNotContain("Southby Council");
  }

  @Test
  void aDistrictOfAnotherPartnershipsAuthorityIsRefusedAndNothingSaved() throws Exception {
    TestPartnership p = fixtures.partnership();
    TestPartnership other = fixtures.partnership();
    UUID theirs = authorities.ofDistrict(other.districtId()).orElseThrow().id();

    Document form =
        Pages.html(
            as(
                p,
                post("/admin/structure/districts")
                    .param("name", "Nowhere")
                    .param("authorityId", theirs.toString())));
    assertThat(form.select("#authorityId-error").text())
        .contains("Choose one of the partnership's open local authorities");
    assertThat(
            jdbc.sql("select count(*) from district where partnership_id = :p")
                .param("p", p.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theKindsOfAgencyAPartnershipHasAreOfferedEachWithItsRoles() throws Exception {
    TestPartnership p = fixtures.partnership();
    assertThat(page(p, get("/admin/structure/agencies")).select("#agencyKind option").eachText())
        .contains(
            "Child and adolescent mental health service (CAMHS)",
            "Youth justice service",
            "Housing",
            "Community rehabilitation",
            "Fire and rescue service",
            "Ambulance service",
            "Voluntary sector");
    MvcResult added =
        as(
            p,
            post("/admin/structure/agencies")
                .param("name", "Tamsford CAMHS")
                .param("agencyKind", "CAMHS"));
    assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/structure/agencies/");
    assertThat(AgencyKind.CAMHS.mayHold(Role.HEALTH_SAFEGUARDING_LEAD)).isTrue();
    assertThat(AgencyKind.FIRE.mayHold(Role.SOCIAL_WORKER)).isFalse();
    assertThat(AgencyKind.YOUTH_JUSTICE.mayHold(Role.PANEL_MEMBER)).isTrue();
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

  private Document page(TestPartnership p, MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(as(p, request).getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private MvcResult as(TestPartnership p, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(
            request.with(Pages.signedInAs(users, p.username(Role.PARTNERSHIP_ADMIN))).with(csrf()))
        .andReturn();
  }
}
