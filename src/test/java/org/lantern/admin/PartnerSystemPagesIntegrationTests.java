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

  @Test
  void itsSourceSystemIsChangedOnItsPageAuditedAndRefusedWhenAnotherAgencySendsAsIt()
      throws Exception {
    TestPartnership p = fixtures.partnership();
    UUID police = register(p, p.policeId(), "niche-" + p.suffix(), "NICHE-TYPO-" + p.suffix());
    register(p, p.trustId(), "ed-" + p.suffix(), "EDSYS-" + p.suffix());

    Document taken =
        page(
            p,
            post("/admin/partner-systems/{id}/source-system", police)
                .param("sourceSystem", "EDSYS-" + p.suffix()));
    assertThat(taken.select("#sourceSystem-error").text())
        .contains("Another agency of the partnership already sends as this source system");
    assertThat(taken.select(".govuk-error-summary a").attr("href")).isEqualTo("#sourceSystem");
    Document bad =
        page(
            p,
            post("/admin/partner-systems/{id}/source-system", police)
                .param("sourceSystem", "has spaces"));
    assertThat(bad.select("#sourceSystem-error").text()).contains("Enter the source system");
    assertThat(sourceSystem(police)).isEqualTo("NICHE-TYPO-" + p.suffix());

    page(
        p,
        post("/admin/partner-systems/{id}/source-system", police)
            .param("sourceSystem", "NICHE-" + p.suffix()));
    assertThat(sourceSystem(police)).isEqualTo("NICHE-" + p.suffix());
    assertThat(
            page(p, get("/admin/partner-systems/{id}", police))
                .select(".lantern-source-system")
                .text())
        .isEqualTo("NICHE-" + p.suffix());
    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where record_id = :id"
                        + " and action = 'PARTNER_SYSTEM_CHANGED'")
                .param("id", police.toString())
                .query(String.class)
                .single())
        .isEqualTo("source system: NICHE-TYPO-" + p.suffix() + " → NICHE-" + p.suffix());
  }

  private UUID register(TestPartnership p, UUID agency, String clientId, String sourceSystem)
      throws Exception {
    page(
        p,
        post("/admin/partner-systems/new")
            .param("agencyId", agency.toString())
            .param("name", "System " + clientId)
            .param("clientId", clientId)
            .param("sourceSystem", sourceSystem)
            .param("scopes", "CONCERNS"));
    return systems.of(p.id()).stream()
        .filter(c -> c.clientId().equals(clientId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String sourceSystem(UUID id) {
    return jdbc.sql("select source_system from api_client where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
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
