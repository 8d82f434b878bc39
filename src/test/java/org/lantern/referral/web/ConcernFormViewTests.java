package org.lantern.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/** The concern form with bad input: the GOV.UK error summary and an error next to each field. */
@IntegrationTest
class ConcernFormViewTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired MutableClock clock;
  @Autowired MessageSource messages;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor teacher;

  @BeforeEach
  void setUp() {
    clock.reset();
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    teacher = Pages.signedInAs(users, p.username(Role.PRACTITIONER));
  }

  @Test
  void aNewChildDescribedBadlyGetsAnErrorForEachFieldLinkedFromTheSummary() throws Exception {
    Document page =
        submit(
            post("/concerns/new")
                .param("newChild", "true")
                .param("child.givenName", " ")
                .param("child.familyName", "1234")
                .param("child.dateOfBirth.day", "31")
                .param("child.dateOfBirth.month", "2")
                .param("child.dateOfBirth.year", "2011")
                .param("child.nhsNumber", "943 476 5918")
                .param("child.upn", "A801200005001")
                .param("child.postcode", "ST16")
                .param("whatHappened", "  ")
                .param("occurredOn.day", "1")
                .param("occurredOn.year", "2026")
                .param("location", "x".repeat(501))
                .param("indicators", "NONE", "MISSING"));

    assertErrors(
        page,
        List.of(
            "child-givenName",
            "child-familyName",
            "child-sex",
            "child-dateOfBirth",
            "child-nhsNumber",
            "child-upn",
            "child-postcode",
            "immediateDanger",
            "whatHappened",
            "occurredOn",
            "location",
            "indicators"));
    assertThat(message(page, "child-givenName")).isEqualTo(text("concern.givenName.required"));
    assertThat(message(page, "child-familyName")).isEqualTo(text("concern.familyName.noLetters"));
    assertThat(message(page, "child-dateOfBirth")).isEqualTo(text("concern.dateOfBirth.invalid"));
    assertThat(message(page, "child-nhsNumber")).isEqualTo(text("child.nhsNumber.invalid"));
    assertThat(message(page, "occurredOn")).isEqualTo(text("concern.occurredOn.incomplete"));
    assertThat(message(page, "location")).isEqualTo(text("concern.location.tooLong"));
    assertThat(message(page, "indicators")).isEqualTo(text("concern.indicators.noneAndSome"));
    // what was typed is shown again, to correct
    assertThat(page.getElementById("child-familyName").val()).isEqualTo("1234");
    assertThat(page.getElementById("child-nhsNumber").val()).isEqualTo("943 476 5918");
    assertThat(page.getElementById("child-dateOfBirth").val()).isEqualTo("31");
    assertThat(page.getElementById("indicators-NONE").hasAttr("checked")).isTrue();
  }

  @Test
  void aConcernAboutAKnownChildWithNothingSaidGetsTheConcernErrors() throws Exception {
    ChildSummary child = fixtures.child(p);
    Document page =
        submit(
            post("/concerns/new")
                .param("childId", child.id().toString())
                .param("newChild", "false"));

    assertErrors(page, List.of("immediateDanger", "whatHappened", "occurredOn", "indicators"));
    assertThat(page.select(".govuk-inset-text").text()).contains(child.fullName());
  }

  @Test
  void aPhoneReferralWithoutItsReferrerGetsTheReferrerErrorsInPageOrder() throws Exception {
    ChildSummary child = fixtures.child(p);
    RequestPostProcessor frontDoor = Pages.signedInAs(users, p.username(Role.FRONT_DOOR));
    Document page =
        Pages.html(
            mvc.perform(
                    post("/front-door/verbal/new")
                        .param("token", UUID.randomUUID().toString())
                        .param("childId", child.id().toString())
                        .param("referrerPhone", "call me")
                        .param("whatHappened", "Said on the phone.")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "1")
                        .param("occurredOn.year", "2026")
                        .param("indicators", "NONE")
                        .with(frontDoor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

    assertErrors(page, List.of("referrerUserId", "referrerPhone", "immediateDanger"));
    assertThat(message(page, "referrerPhone")).isEqualTo(text("verbal.phone.invalid"));
  }

  /**
   * The one-time token is what makes a double click one concern. A post without the token the form
   * page issued (none, or something else) is answered with the form again, the person's words kept
   * and a fresh token, and makes no concern; sent again from there, it is made once.
   */
  @ParameterizedTest(name = "token \"{0}\"")
  @ValueSource(strings = {"", "view-test", "x", "00000000-0000-0000-0000-000000000000"})
  void aPostWithoutTheFormsOwnTokenIsAnsweredWithTheFormAndMakesNothing(String token)
      throws Exception {
    ChildSummary child = fixtures.child(p);
    String words = "Seen getting into a car with two older men outside school.";
    var post = complete(child, words);
    if (!token.isEmpty()) {
      post.param("token", token);
    }

    Document page =
        Pages.html(
            mvc.perform(post.with(teacher).with(csrf())).andExpect(status().isOk()).andReturn());

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary").text()).contains(text("concern.token.invalid"));
    assertThat(page.getElementById("whatHappened").text()).isEqualTo(words);
    String fresh = page.select("input[name=token]").val();
    assertThat(fresh).isNotEqualTo(token).matches("[0-9a-f-]{36}");
    assertThat(concernsAbout(child)).isZero();

    mvc.perform(complete(child, words).param("token", fresh).with(teacher).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(complete(child, words).param("token", fresh).with(teacher).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(concernsAbout(child)).isEqualTo(1);
  }

  private MockHttpServletRequestBuilder complete(ChildSummary child, String words) {
    return post("/concerns/new")
        .param("childId", child.id().toString())
        .param("newChild", "false")
        .param("whatHappened", words)
        .param("occurredOn.day", "1")
        .param("occurredOn.month", "3")
        .param("occurredOn.year", "2026")
        .param("indicators", "MISSING")
        .param("immediateDanger", "no");
  }

  private long concernsAbout(ChildSummary child) {
    return jdbc.queryForObject(
        "select count(*) from concern where child_id = ?", Long.class, child.id());
  }

  @Test
  void theBlankFormHasNoErrors() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(get("/concerns/new").param("newChild", "true").with(teacher))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select(".govuk-error-summary, .govuk-error-message")).isEmpty();
    assertThat(page.title()).doesNotStartWith("Error:");
  }

  private Document submit(MockHttpServletRequestBuilder request) throws Exception {
    return Pages.html(
        mvc.perform(request.param("token", UUID.randomUUID().toString()).with(teacher).with(csrf()))
            .andExpect(status().isOk())
            .andReturn());
  }

  /**
   * The GOV.UK error pattern: "Error:" in the title, a summary at the top of the form linking to
   * each field in page order, and each field's group marked with its message.
   */
  private static void assertErrors(Document page, List<String> fields) {
    assertThat(page.title()).startsWith("Error: ");
    Element summary = page.selectFirst(".govuk-error-summary");
    assertThat(summary).as("error summary").isNotNull();
    assertThat(summary.attr("data-module")).isEqualTo("govuk-error-summary");
    assertThat(summary.select(".govuk-error-summary__title").text())
        .isEqualTo("There is a problem");
    Element form = summary.closest("form");
    assertThat(form.children().stream().filter(e -> !e.attr("type").equals("hidden")).findFirst())
        .as("summary first in the form")
        .contains(summary);

    List<Element> links = summary.select(".govuk-error-summary__list a");
    assertThat(links)
        .extracting(a -> a.attr("href"))
        .containsExactlyInAnyOrderElementsOf(hrefs(fields));
    // in the order the fields come on the page
    List<Element> all = page.getAllElements();
    assertThat(links)
        .extracting(a -> all.indexOf(page.getElementById(a.attr("href").substring(1))))
        .isSorted();
    for (Element link : links) {
      String field = link.attr("href").substring(1);
      Element target = page.getElementById(field);
      assertThat(target).as("#%s, which the summary links to", field).isNotNull();
      assertThat(target.is("input, textarea, select")).as("#%s is a control", field).isTrue();

      Element error = page.getElementById(field + "-error");
      assertThat(error).as("error message for %s", field).isNotNull();
      assertThat(error.hasClass("govuk-error-message")).isTrue();
      assertThat(error.selectFirst(".govuk-visually-hidden").text()).isEqualTo("Error:");
      assertThat(error.text()).isEqualTo("Error: " + link.text());
      Element group = error.closest(".govuk-form-group");
      assertThat(group).isNotNull();
      assertThat(group.hasClass("govuk-form-group--error")).as("%s group", field).isTrue();
      assertThat(group.getElementById(field)).as("%s inside its group", field).isNotNull();
    }
    assertThat(page.select(".govuk-error-message")).hasSameSizeAs(fields);
  }

  private static List<String> hrefs(List<String> fields) {
    return fields.stream().map(f -> "#" + f).toList();
  }

  private static String message(Document page, String field) {
    return page.getElementById(field + "-error").ownText().strip();
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
