package org.lantern.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.RiskIndicator;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/** The front door's triage page: what referrers typed is shown as text, never as markup. */
@IntegrationTest
class FrontDoorViewTests {

  static final String WHAT_HAPPENED =
      "Said <script>alert('x')</script> and <b>he</b> <img src=x onerror=alert(1)> drove off.";
  static final String LOCATION = "<a href=\"javascript:alert(1)\">Bus station</a>";

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor frontDoor;

  @BeforeEach
  void setUp() {
    clock.reset();
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    frontDoor = Pages.signedInAs(users, p.username(Role.FRONT_DOOR));
  }

  @Test
  void markupInWhatHappenedIsShownEscaped() throws Exception {
    ChildSummary child = fixtures.child(p, "<i>Amy</i>", "Quennell", LocalDate.of(2011, 3, 27));
    UUID concern =
        submission.raise(
            p.user(Role.PRACTITIONER),
            ChildChoice.existing(child.id()),
            new ConcernContent(
                WHAT_HAPPENED,
                LocalDate.now().minusDays(1),
                LOCATION,
                true,
                Set.of(RiskIndicator.CRIMINAL_EXPLOITATION)),
            UUID.randomUUID().toString(),
            List.of());

    String html =
        mvc.perform(get("/front-door/concerns/{id}", concern).with(frontDoor))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document page = Jsoup.parse(html);

    Element main = page.getElementById("main-content");
    assertThat(main.select("script, b, i, img, a[href^=javascript]")).isEmpty();
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(page.select("script"))
        .allSatisfy(s -> assertThat(s.hasAttr("src") && s.data().isBlank()).isTrue());
    assertThat(main.select(".govuk-summary-list__value.lantern-pre").eachText())
        .contains(WHAT_HAPPENED);
    assertThat(main.text()).contains(LOCATION);
    assertThat(main.selectFirst("h1").text()).isEqualTo("<i>Amy</i> Quennell");
    assertThat(main.select("a[href=/children/" + child.id() + "]").eachText())
        .containsExactly("Open the child's record");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void aDecisionWithNothingChosenGetsTheErrorSummary() throws Exception {
    ChildSummary child = fixtures.child(p);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.MISSING);

    Document page =
        Pages.html(
            mvc.perform(
                    post("/front-door/concerns/{id}/decision", concern)
                        .param("version", "0")
                        .param("reasons", " ")
                        .with(frontDoor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.title()).startsWith("Error: ");
    Element summary = page.selectFirst(".govuk-error-summary");
    assertThat(summary).isNotNull();
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#decision", "#reasons");
    for (String field : new String[] {"decision", "reasons"}) {
      assertThat(page.getElementById(field)).as("#%s", field).isNotNull();
      Element error = page.getElementById(field + "-error");
      assertThat(error).as("%s-error", field).isNotNull();
      assertThat(error.closest(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
    }
    assertThat(page.getElementById("decision-error").ownText())
        .isEqualTo("Select a threshold decision");
  }
}
