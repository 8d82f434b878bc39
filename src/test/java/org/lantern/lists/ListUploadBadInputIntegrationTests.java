package org.lantern.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * A list upload with broken quoting, an impossible date of the list or hidden direction controls:
 * the broken rows are listed with their line and what is wrong, the date is refused by its field,
 * the controls never reach a stored name; never a 500.
 */
@IntegrationTest
class ListUploadBadInputIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
  }

  @Test
  void brokenQuotesAreListedWithTheirLineAndTheOtherRowsAreAdded() throws Exception {
    String csv =
        "Forename,Surname,DOB\n"
            + "Amy,Carter,2011-01-01\n"
            + "=HYPERLINK(\"http://x\",\"y\"),Carter,2011-01-01\n"
            + "\"Beth,Carter,2011-01-01\n"
            + "Cara,Carter,2011-01-01\n";

    Document page = upload(csv, "17");

    assertThat(page.select(".govuk-notification-banner__heading").text()).startsWith("2 ");
    // the first table is the refused rows; the lists held come after
    Elements refused = page.select("table").first().select("tbody tr");
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0).child(0).text()).isEqualTo("3");
    assertThat(refused.get(0).text())
        .contains("Forename: A quote mark is inside a field that is not in quotes");
    assertThat(refused.get(1).child(0).text()).isEqualTo("4");
    assertThat(refused.get(1).text())
        .contains("Forename: A quote mark opens a field that never closes");
    assertThat(storedNames()).containsExactlyInAnyOrder("Amy Carter", "Cara Carter");
  }

  @Test
  void aListDatedInYearOneIsAnErrorByTheField() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    multipart("/panels/lists")
                        .file(file("Forename,Surname\nAmy,Carter\n"))
                        .param("kind", "MISSING_FROM_HOME")
                        .param("listDate.day", "1")
                        .param("listDate.month", "1")
                        .param("listDate.year", "0001")
                        .with(csrf())
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#listDate");
    assertThat(storedNames()).isEmpty();
  }

  @Test
  void directionControlsAreTakenOutOfListedNames() throws Exception {
    upload("Forename,Surname\n\u202EAmy\u202C,Car\u2066ter\u2069\n", "16");

    assertThat(storedNames()).containsExactly("Amy Carter");
  }

  private Document upload(String csv, String day) throws Exception {
    return Pages.html(
        mvc.perform(
                multipart("/panels/lists")
                    .file(file(csv))
                    .param("kind", "MISSING_FROM_HOME")
                    .param("listDate.day", day)
                    .param("listDate.month", "11")
                    .param("listDate.year", "2026")
                    .with(csrf())
                    .with(coordinator()))
            .andExpect(status().isOk())
            .andReturn());
  }

  private RequestPostProcessor coordinator() {
    return Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR));
  }

  private static MockMultipartFile file(String csv) {
    return new MockMultipartFile(
        "file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> storedNames() {
    return jdbc.queryForList(
        "select r.given_name || ' ' || r.family_name from panel_list_row r"
            + " join panel_list l on l.id = r.list_id where l.partnership_id = ?",
        String.class,
        p.id());
  }
}
