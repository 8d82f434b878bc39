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
import org.lantern.access.PartnerSystems;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Partner systems in the admin pages: registered with scopes (the secret shown once, only its hash
 * kept), a new secret with no overlap stops the old one, revocation stops it at once; bad input by
 * the field; each change audited.
 */
@IntegrationTest
class PartnerSystemPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired PartnerSystems systems;

  @Test
  void registeredRotatedAndRevokedThroughThePagesAndTheRealApi() throws Exception {
    TestPartnership p = fixtures.partnership();
    String clientId = "niche-" + p.suffix();
    Document shown =
        page(
            p,
            post("/admin/partner-systems/new")
                .param("agencyId", p.policeId().toString())
                .param("name", "Niche RMS")
                .param("clientId", clientId)
                .param("sourceSystem", "NICHE-" + p.suffix())
                .param("scopes", "CONCERNS", "FLAGS"));
    String token = shown.select(".lantern-bearer").text();
    assertThat(token).startsWith(clientId + ".");
    String secret = token.substring(clientId.length() + 1);
    assertThat(
            jdbc.sql("select secret_hash from api_client where client_id = :c")
                .param("c", clientId)
                .query(String.class)
                .single())
        .as("only a hash is kept")
        .doesNotContain(secret);
    assertThat(api(token)).isEqualTo(404);

    UUID id =
        systems.of(p.id()).stream()
            .filter(c -> c.clientId().equals(clientId))
            .findFirst()
            .orElseThrow()
            .id();
    Document list = page(p, get("/admin/partner-systems"));
    assertThat(list.select(".lantern-partner-systems").text())
        .contains("Niche RMS", "Concerns, Flags", "Active")
        .doesNotContain(secret);
    assertThat(page(p, get("/admin/partner-systems/{id}", id)).text()).doesNotContain(secret);

    Document rotated =
        page(p, post("/admin/partner-systems/{id}/rotate", id).param("overlapHours", "0"));
    String newToken = rotated.select(".lantern-bearer").text();
    assertThat(newToken).isNotEqualTo(token);
    assertThat(api(token)).as("no overlap: the old secret stops").isEqualTo(401);
    assertThat(api(newToken)).isEqualTo(404);

    page(p, post("/admin/partner-systems/{id}/revoke", id));
    assertThat(api(newToken)).isEqualTo(401);
    assertThat(
            page(p, get("/admin/partner-systems/{id}", id))
                .select(".lantern-partner-system")
                .text())
        .contains("Revoked");
    assertThat(
            jdbc.sql(
                    "select action from audit_event where record_id = :id and outcome = 'ALLOWED'"
                        + " order by id")
                .param("id", id.toString())
                .query(String.class)
                .list())
        .contains("PARTNER_SYSTEM_REGISTERED", "PARTNER_SYSTEM_ROTATED", "PARTNER_SYSTEM_REVOKED");
  }

  @Test
  void anUnknownScopeNoScopeAndABadClientIdAreToldByTheFieldAndNothingIsSaved() throws Exception {
    TestPartnership p = fixtures.partnership();
    Document form =
        page(
            p,
            post("/admin/partner-systems/new")
                .param("agencyId", p.policeId().toString())
                .param("name", "Niche")
                .param("clientId", "has spaces")
                .param("sourceSystem", "NICHE")
                .param("scopes", "EVERYTHING"));
    assertThat(form.select("#scopes-error").text()).contains("Choose only APIs from the list");
    assertThat(form.select("#clientId-error").text()).contains("Enter a client id");
    Document none =
        page(
            p,
            post("/admin/partner-systems/new")
                .param("agencyId", p.policeId().toString())
                .param("name", "Niche")
                .param("clientId", "niche-x-" + p.suffix())
                .param("sourceSystem", "NICHE"));
    assertThat(none.select("#scopes-error").text()).contains("Choose at least one API");
    assertThat(systems.of(p.id())).isEmpty();
  }

  private int api(String token) throws Exception {
    return mvc.perform(
            get("/api/v1/concerns/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private Document page(TestPartnership p, MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                request
                    .with(Pages.signedInAs(users, p.username(Role.PARTNERSHIP_ADMIN)))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
