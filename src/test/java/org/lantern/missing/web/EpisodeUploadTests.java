package org.lantern.missing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
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
 * The police upload a CSV file of missing notifications: each row saved whole or not at all, rows
 * with errors listed by line and column, the same file uploaded again recording nothing twice, and
 * a file not in UTF-8 refused whole.
 */
@IntegrationTest
class EpisodeUploadTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor police;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    police = Pages.signedInAs(users, p.username(Role.POLICE));
  }

  @Test
  void goodRowsAreSavedBadRowsListedAndTheSameFileAgainRecordsNothingTwice() throws Exception {
    ChildSummary known = fixtures.child(p);
    String csv =
        "police_reference,nhs_number,given_name,family_name,date_of_birth,missing_from,missing_at,"
            + "missing_location,returned_at,returned_location,found_with,risk_grading\n"
            // a known child: the same names, date of birth and NHS number; missing and back
            + "MP-2026-200001,"
            + known.nhsNumber()
            + ","
            + known.givenName()
            + ","
            + known.familyName()
            + ","
            + known.dateOfBirth()
            + ",HOME,2026-11-16 22:30,Home address,17/11/2026 08:00,Bus station,,MEDIUM\n"
            // a child not known yet: added with the episode
            + "MP-2026-200002,,Zara,Upload"
            + p.suffix()
            + ",2012-05-06,FOSTER_CARE,2026-11-17T20:00:00Z,,,,,HIGH\n"
            // wrong reference, unknown place, back before missing: nothing of it saved
            + "12345,,Yusuf,Upload"
            + p.suffix()
            + ",2011-01-02,MOON,2026-11-17 20:00,,2026-11-16 20:00,,,LOW\n"
            // a time that is not a time
            + "MP-2026-200004,,Ada,Upload"
            + p.suffix()
            + ",,HOME,last night,,,,,LOW\n";

    Document first = upload(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(first.select(".govuk-notification-banner__heading").text())
        .isEqualTo("2 episodes recorded, 0 updated, 2 rows not saved.");
    Elements refused = first.select("table tbody tr");
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0).text())
        .startsWith("4 12345")
        .contains("police_reference: Enter the police reference in the police's format")
        .contains("missing_from: Select where the child went missing from")
        .contains("returned_at: The return must be after the child went missing");
    assertThat(refused.get(1).text())
        .startsWith("5 MP-2026-200004")
        .contains("missing_at: Enter a time as 2026-11-17 22:30 or 17/11/2026 22:30");
    assertThat(episodes()).isEqualTo(2);
    assertThat(children("Yusuf")).isZero();
    assertThat(children("Zara")).isEqualTo(1);

    // The same file again: the two saved rows are recognised, not recorded twice.
    Document again = upload(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(again.select(".govuk-notification-banner__heading").text())
        .isEqualTo("0 episodes recorded, 2 updated, 2 rows not saved.");
    assertThat(episodes()).isEqualTo(2);
    assertThat(children("Zara")).isEqualTo(1);
  }

  @Test
  void aFileNotInUtf8OrWithoutTheColumnsIsRefusedWhole() throws Exception {
    String csv =
        "police_reference,given_name,family_name,missing_from,missing_at,risk_grading\n"
            + "MP-2026-200010,Zoë,Brontë,HOME,2026-11-16 22:30,LOW\n";
    Document latin = upload(csv.getBytes(Charset.forName("windows-1252")));
    assertThat(latin.title()).startsWith("Error: ");
    assertThat(latin.select(".govuk-error-summary a[href=#file]").text())
        .startsWith("The file is not in UTF-8");

    Document columns = upload("reference,name\nMP-2026-200011,Zoe\n".getBytes());
    assertThat(columns.select("#file-error").text())
        .contains(
            "The file has no column named family_name, given_name, missing_at, missing_from,"
                + " police_reference, risk_grading.");
    assertThat(episodes()).isZero();

    mvc.perform(
            get("/missing/episodes/upload")
                .with(Pages.signedInAs(users, p.username(Role.MISSING_SERVICE_WORKER))))
        .andExpect(status().isForbidden());
  }

  private Document upload(byte[] bytes) throws Exception {
    return Pages.html(
        mvc.perform(
                multipart("/missing/episodes/upload")
                    .file(new MockMultipartFile("file", "missing.csv", "text/csv", bytes))
                    .with(csrf())
                    .with(police))
            .andExpect(status().isOk())
            .andReturn());
  }

  private int episodes() {
    return jdbc.queryForObject(
        "select count(*) from missing_episode where partnership_id = ?", Integer.class, p.id());
  }

  private int children(String given) {
    return jdbc.queryForObject(
        "select count(*) from child where partnership_id = ? and given_name = ?",
        Integer.class,
        p.id(),
        given);
  }
}
