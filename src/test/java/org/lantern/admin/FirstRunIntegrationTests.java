package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantern.admin.AdministrationSettings.FirstRunSettings;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An empty install, as a partnership first starts Lantern: a PostgreSQL database of its own with
 * nothing in it but the migrations (the shared test database already has partnerships). The sign-in
 * page sends people to the first run; the set-up code from the log is required; the first
 * administrator gets an invitation link, no password; then the first run closes itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
@DirtiesContext
class FirstRunIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired FirstRun firstRun;
  @Autowired JdbcClient jdbc;

  /** A new, empty database next to the shared one, made afresh for each run of this class. */
  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws Exception {
    String shared =
        System.getProperty("lantern.test.db.url", "jdbc:postgresql://127.0.0.1:5432/lantern_test");
    String withoutParams = shared.contains("?") ? shared.substring(0, shared.indexOf('?')) : shared;
    int slash = withoutParams.lastIndexOf('/');
    String name = withoutParams.substring(slash + 1) + "_first_run";
    String user = System.getProperty("lantern.test.db.username", "postgres");
    try (var c =
            DriverManager.getConnection(withoutParams.substring(0, slash) + "/postgres", user, "");
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    }
    registry.add("spring.datasource.url", () -> withoutParams.substring(0, slash) + "/" + name);
  }

  @Test
  void anEmptyInstallGuidesTheFirstAdministratorOnceAndThenNeverAgain() throws Exception {
    assertThat(firstRun.waiting()).isTrue();
    assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/first-run");
    Document page = html(mvc.perform(get("/first-run")).andReturn());
    assertThat(page.select("input#setUpCode")).hasSize(1);
    assertThat(page.select("input[type=password]")).as("no password asked for").isEmpty();

    String code = firstRun.newSetUpCode();
    // a wrong code: refused by the field, nothing made
    MvcResult wrong = send(details("setUpCode", "NOT-THE-CODE"));
    assertThat(html(wrong).select("#setUpCode-error").text())
        .contains("Enter the set-up code from this server’s log");
    assertThat(partnerships()).isZero();
    // bad fields: each by its field, nothing made
    Document bad =
        html(
            send(
                details(
                    "setUpCode", code,
                    "partnershipName", " ",
                    "administratorEmail", "not an address")));
    assertThat(bad.select(".govuk-error-summary__list a").eachAttr("href"))
        .contains("#partnershipName", "#administratorEmail");
    assertThat(partnerships()).isZero();

    Document done = html(send(details("setUpCode", code.toLowerCase())));
    String link = done.selectFirst("a.lantern-invitation-link").attr("href");
    assertThat(link).contains("/invitation/");
    assertThat(partnerships()).isOne();
    assertThat(
            jdbc.sql(
                    "select a.kind from agency a join partnership p on p.id = a.partnership_id"
                        + " where p.name = 'Eastmoor Safeguarding Children Partnership'"
                        + " and a.name = 'Eastmoor Council'")
                .query(String.class)
                .single())
        .isEqualTo("COUNCIL");
    assertThat(
            jdbc.sql(
                    "select role || ':' || coalesce(password_hash, 'none') from user_account"
                        + " where username = 'first.admin'")
                .query(String.class)
                .single())
        .as("the first administrator has no password until they choose one")
        .isEqualTo("PARTNERSHIP_ADMIN:none");
    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where action = 'FIRST_RUN' and basis = 'PAGE'")
                .query(String.class)
                .single())
        .contains("Eastmoor Safeguarding Children Partnership", "Eastmoor Council", "Ash Taylor");

    // the invitation works: they choose a password and sign in as the administrator
    String path = link.substring(link.indexOf("/invitation/"));
    mvc.perform(
        post(path)
            .param("password", "a long first password")
            .param("confirm", "a long first password")
            .with(csrf()));
    MvcResult signedIn =
        mvc.perform(
                post("/sign-in")
                    .param("username", "first.admin")
                    .param("password", "a long first password")
                    .with(csrf()))
            .andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");

    // closed for good: the page is not found, a second post makes nothing, sign-in is sign-in
    assertThat(firstRun.waiting()).isFalse();
    assertThat(mvc.perform(get("/first-run")).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(
            send(details("setUpCode", code, "partnershipName", "Another"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThatThrownBy(
            () ->
                firstRun.establish(
                    new FirstRun.Details("Another", "C", "N", "n@x.test", "n"),
                    FirstRun.Means.CONFIGURATION))
        .isInstanceOf(AccountRuleBroken.class);
    assertThat(partnerships()).isOne();
    assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void configurationGivesAllFiveOrNone() {
    assertThat(new FirstRunSettings(null, null, null, null, null).details()).isNull();
    assertThatThrownBy(() -> new FirstRunSettings("P", "C", null, null, null).details())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("administrator-email");
    assertThat(new FirstRunSettings("P", "C", "N", "n@x.test", "n").details())
        .isEqualTo(new FirstRun.Details("P", "C", "N", "n@x.test", "n"));
  }

  /** The first run's form, well filled in but for the fields given as name, value pairs. */
  private static MockHttpServletRequestBuilder details(String... changed) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("partnershipName", "Eastmoor Safeguarding Children Partnership");
    fields.put("councilName", "Eastmoor Council");
    fields.put("administratorName", "Ash Taylor");
    fields.put("administratorEmail", "ash.taylor@eastmoor.test");
    fields.put("administratorUsername", "first.admin");
    for (int i = 0; i < changed.length; i += 2) {
      fields.put(changed[i], changed[i + 1]);
    }
    MockHttpServletRequestBuilder post = post("/first-run").with(csrf());
    fields.forEach(post::param);
    return post;
  }

  private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn();
  }

  private long partnerships() {
    return jdbc.sql("select count(*) from partnership").query(Long.class).single();
  }

  private static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
