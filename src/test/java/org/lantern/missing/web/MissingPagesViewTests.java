package org.lantern.missing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The journey through the pages: the police record an episode and its return, the missing service
 * records the interview, the file shows it, the figures count it, and a notice marks the file.
 */
@IntegrationTest
class MissingPagesViewTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired AbductionNotices notices;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;

  @BeforeEach
  void setUp() {
    clock.set(MissingIntegrationTestsTime.at(2026, 11, 18, 12, 0));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
  }

  @Test
  void notificationReturnInterviewFileFiguresAndNotice() throws Exception {
    ChildSummary child = fixtures.child(p);
    var police = Pages.signedInAs(users, p.username(Role.POLICE));
    var worker = Pages.signedInAs(users, p.username(Role.MISSING_SERVICE_WORKER));
    var frontDoor = Pages.signedInAs(users, p.username(Role.FRONT_DOOR));

    Document form =
        Pages.html(
            mvc.perform(
                    get("/missing/episodes/new").param("child", child.id().toString()).with(police))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(form.select("h1").text()).isEqualTo("Record a missing episode");

    // A return before the child went missing: the GOV.UK error summary, nothing saved.
    Document refused =
        Pages.html(
            mvc.perform(
                    episode(child, "mp-2026-1234567")
                        .param("returnedAt.day", "15")
                        .param("returnedAt.month", "11")
                        .param("returnedAt.year", "2026")
                        .param("returnedAtTime", "09:00")
                        .with(police))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(refused.select(".govuk-error-summary a[href=#returnedAt]").text())
        .isEqualTo("The return must be after the child went missing");

    mvc.perform(episode(child, "MP-2026-1234567").with(police))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            episode(child, "MP-2026-1234567")
                .param("returnedAt.day", "17")
                .param("returnedAt.month", "11")
                .param("returnedAt.year", "2026")
                .param("returnedAtTime", "08:00")
                .with(police))
        .andExpect(status().is3xxRedirection());

    Document queue =
        Pages.html(
            mvc.perform(get("/missing/interviews").with(worker))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(queue.select("tbody tr")).hasSize(1);
    String link = queue.select("tbody tr a").attr("href");
    assertThat(queue.select("tbody tr").text()).contains("Due in");

    Document interview =
        Pages.html(mvc.perform(get(link).with(worker)).andExpect(status().isOk()).andReturn());
    String version = interview.select("input[name=version]").val();
    mvc.perform(
            post(link)
                .with(worker)
                .with(csrf())
                .param("version", version)
                .param("outcome", "COMPLETED")
                .param("at.day", "18")
                .param("at.month", "11")
                .param("at.year", "2026")
                .param("atTime", "10:00")
                .param("factors", "FRIENDS", "EXPLOITATION")
                .param("people", "Kai"))
        .andExpect(status().is3xxRedirection());

    Document file =
        Pages.html(
            mvc.perform(get("/children/{id}", child.id()).with(frontDoor))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(file.select("#missing-episodes").text()).isEqualTo("Missing episodes");
    assertThat(file.text()).contains("Interview completed").contains("Missing from home");

    Document figures =
        Pages.html(
            mvc.perform(get("/missing/figures").with(worker))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(figures.select("table").first().select("tbody tr").last().text())
        .startsWith("All districts 1 1 1 1 1 1")
        .contains("Associating with friends (1)");
    String csv =
        mvc.perform(get("/missing/figures.csv").with(worker))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).contains("2026-Q3,All districts,1,1,1,1,1,1,");

    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Dale", "Morrow", LocalDate.of(1990, 3, 4)),
            List.of(child.id()),
            "PC Test",
            LocalDate.of(2026, 11, 12),
            LocalDate.of(2028, 11, 12),
            "Found in his flat"));
    Document marked =
        Pages.html(
            mvc.perform(get("/children/{id}", child.id()).with(frontDoor))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(marked.select(".lantern-indicators").text())
        .contains("Named on a child abduction warning notice served 12 November 2026");
    Document register =
        Pages.html(
            mvc.perform(get("/abduction-notices").with(police))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(register.text()).contains("November 2026 1 1").contains("Dale Morrow");
    Document noticeForm =
        Pages.html(
            mvc.perform(
                    get("/abduction-notices/new")
                        .param("child", child.id().toString())
                        .with(police))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(noticeForm.select("h1").text()).isEqualTo("Serve a child abduction warning notice");
    mvc.perform(get("/abduction-notices").with(worker)).andExpect(status().isForbidden());
  }

  private static MockHttpServletRequestBuilder episode(ChildSummary child, String reference) {
    return post("/missing/episodes/new")
        .with(csrf())
        .param("childId", child.id().toString())
        .param("policeReference", reference)
        .param("missingFrom", "HOME")
        .param("missingAt.day", "16")
        .param("missingAt.month", "11")
        .param("missingAt.year", "2026")
        .param("missingAtTime", "22:30")
        .param("riskGrading", "MEDIUM");
  }

  /** UK times for the tests. */
  static final class MissingIntegrationTestsTime {
    static Instant at(int y, int m, int d, int h, int min) {
      return LocalDateTime.of(y, m, d, h, min).atZone(LanternTime.ZONE).toInstant();
    }
  }
}
