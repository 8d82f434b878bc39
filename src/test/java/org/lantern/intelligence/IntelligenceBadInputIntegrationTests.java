package org.lantern.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * Notices and intelligence links with impossible dates, and the notice register asked for a year
 * that cannot be: each date refused by its field under the one date rule, the register answered
 * with a year it has, never a 500 or year 0.
 */
@IntegrationTest
class IntelligenceBadInputIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor police;
  ChildSummary child;

  @BeforeEach
  void setUp() {
    clock.set(LocalDateTime.of(2026, 11, 18, 12, 0).atZone(LanternTime.ZONE).toInstant());
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    police = Pages.signedInAs(users, p.username(Role.POLICE));
    child = fixtures.child(p);
  }

  @ParameterizedTest(name = "served {0}, expires {1}: errors on {2}")
  @CsvSource({
    "0001, 2027, servedOn",
    "1999, 2027, servedOn",
    "2026, 9999, expiresOn",
    "0000, 2027, servedOn"
  })
  void aNoticeWithAnImpossibleDateIsAnErrorByTheField(
      String servedYear, String expiresYear, String field) throws Exception {
    Document page =
        html(
            post("/abduction-notices/new")
                .param("childId", child.id().toString())
                .param("adult.givenName", "Dale")
                .param("adult.familyName", "Morrow")
                .param("officerName", "PC Hale")
                .param("circumstances", "Found together at the flat.")
                .param("servedOn.day", "1")
                .param("servedOn.month", "1")
                .param("servedOn.year", servedYear)
                .param("expiresOn.day", "1")
                .param("expiresOn.month", "1")
                .param("expiresOn.year", expiresYear));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#" + field);
    assertThat(notices()).isZero();
  }

  @Test
  void whatATypedFieldHoldsIsPlainTextFromTheMomentItIsBound() throws Exception {
    Document page =
        html(
            post("/abduction-notices/new")
                .param("childId", child.id().toString())
                .param("adult.givenName", "\u202EDale\u202C")
                .param("adult.familyName", "Mor\u2066row\u2069")
                .param("officerName", "PC \u200FHale")
                .param("circumstances", "Found together.")
                .param("servedOn.year", "2026"));

    // the form comes back with an error, showing what was bound: without the hidden characters
    assertThat(page.getElementById("adult-givenName").val()).isEqualTo("Dale");
    assertThat(page.getElementById("adult-familyName").val()).isEqualTo("Morrow");
    assertThat(page.getElementById("officerName").val()).isEqualTo("PC Hale");
  }

  @ParameterizedTest(name = "year={0}")
  @CsvSource({"0", "-5", "2147483647", "1998"})
  void theRegisterForAYearItCannotHaveShowsTheNearestYearItHas(String year) throws Exception {
    Document page =
        Pages.html(
            mvc.perform(get("/abduction-notices").param("year", year).with(police))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select(".govuk-caption-l").text())
        .isIn("Financial year 1999/00", "Financial year 2026/27");
  }

  @Test
  void anIntelligenceLinkDatedInYearOneIsAnErrorByTheField() throws Exception {
    Document page =
        html(
            post("/intelligence-links/new")
                .param("childId", child.id().toString())
                .param("adult.givenName", "Dale")
                .param("adult.familyName", "Morrow")
                .param("nature", "SEEN_WITH")
                .param("evaluation", "RELIABLE")
                .param("assessment", "KNOWN_DIRECTLY")
                .param("linkedOn.day", "1")
                .param("linkedOn.month", "1")
                .param("linkedOn.year", "0001")
                .param("details", "Seen together at the bus station."));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#linkedOn");
  }

  @Test
  void anAdultBornInTheFutureIsAnErrorByTheField() throws Exception {
    Document page =
        html(
            post("/intelligence-links/new")
                .param("childId", child.id().toString())
                .param("adult.givenName", "Dale")
                .param("adult.familyName", "Morrow")
                .param("adult.dateOfBirth.day", "1")
                .param("adult.dateOfBirth.month", "1")
                .param("adult.dateOfBirth.year", "9999")
                .param("nature", "SEEN_WITH")
                .param("evaluation", "RELIABLE")
                .param("assessment", "KNOWN_DIRECTLY")
                .param("linkedOn.day", "1")
                .param("linkedOn.month", "11")
                .param("linkedOn.year", "2026")
                .param("details", "Seen together at the bus station."));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#adult-dateOfBirth");
  }

  /**
   * A child registered twice, the records not yet joined: the notice names both records, so its
   * alerts and flags reach whichever one people open (it said the number was unknown).
   */
  @Test
  void anotherChildsNhsNumberThatTwoRecordsShareNamesBoth() throws Exception {
    ChildSummary once = fixtures.aChild(p).nhs(Fixtures.nhsNumber(7101)).persisted();
    ChildSummary again = fixtures.aChild(p).nhs(Fixtures.nhsNumber(7101)).persisted();

    mvc.perform(
            post("/abduction-notices/new")
                .param("childId", child.id().toString())
                .param("adult.givenName", "Dale")
                .param("adult.familyName", "Morrow")
                .param("officerName", "PC Hale")
                .param("circumstances", "Found together at the flat.")
                .param("servedOn.day", "1")
                .param("servedOn.month", "11")
                .param("servedOn.year", "2026")
                .param("expiresOn.day", "1")
                .param("expiresOn.month", "11")
                .param("expiresOn.year", "2027")
                .param("otherChildren", Fixtures.nhsNumber(7101).value())
                .with(police)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(
            jdbc.queryForList(
                "select c.child_id from abduction_notice_child c"
                    + " join abduction_notice n on n.id = c.notice_id where n.partnership_id = ?",
                UUID.class,
                p.id()))
        .containsExactlyInAnyOrder(child.id(), once.id(), again.id());
  }

  private Document html(MockHttpServletRequestBuilder request) throws Exception {
    return Pages.html(
        mvc.perform(request.with(police).with(csrf())).andExpect(status().isOk()).andReturn());
  }

  private int notices() {
    return jdbc.queryForObject(
        "select count(*) from abduction_notice where partnership_id = ?", Integer.class, p.id());
  }
}
