package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
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

/**
 * The single sign-on page: the partnership administrator reads the settings in force (here the
 * defaults: no identity provider, accounts added beforehand, no mappings), reached from the
 * structure page; an agency administrator is refused, and the refusal audited. Which mappings work
 * is checked in {@code OidcRoleMappingIntegrationTests}, with mappings made as configuration would.
 */
@IntegrationTest
class SingleSignOnPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  @Test
  void thePartnershipAdministratorReadsTheSettingsAndAnAgencyAdministratorIsRefused()
      throws Exception {
    TestPartnership p = fixtures.partnership();
    Document structure = Pages.html(as(p, Role.PARTNERSHIP_ADMIN, "/admin/structure"));
    assertThat(structure.select("a[href=/admin/single-sign-on]")).hasSize(1);

    MvcResult page = as(p, Role.PARTNERSHIP_ADMIN, "/admin/single-sign-on");

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    Document html = Pages.html(page);
    assertThat(html.select("h1").text()).isEqualTo("Single sign-on");
    assertThat(html.select(".lantern-sso-settings").text())
        .contains(
            "Off: no identity provider is configured",
            "Must be added by an administrator before a person's first sign-on",
            "preferred_username");
    assertThat(html.text())
        .contains("There are no mappings: nobody is given a role from the identity provider's");

    MvcResult refused = as(p, Role.AGENCY_ADMINISTRATOR, "/admin/single-sign-on");
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where user_id = ? and outcome = 'REFUSED'"
                        + " and action = 'MANAGE_PARTNERSHIP_STRUCTURE'")
                .param(p.user(Role.AGENCY_ADMINISTRATOR).id())
                .query(Long.class)
                .single())
        .isOne();
  }

  private MvcResult as(TestPartnership p, Role role, String path) throws Exception {
    return mvc.perform(get(path).with(Pages.signedInAs(users, p.username(role)))).andReturn();
  }
}
