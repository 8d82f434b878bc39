package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.InterviewOutcome;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.ReturnInterviews;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The audit pages and export say what a person did: opening a return interview (allowed by the
 * permission to record one) reads "Opened a return interview", and only recording it reads
 * "Recorded a return interview".
 */
@IntegrationTest
class AuditWordsIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Episodes episodes;
  @Autowired ReturnInterviews interviews;
  @Autowired AuditExport export;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  ChildSummary child;
  UUID episodeId;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    child = fixtures.child(p);
    episodeId =
        episodes
            .record(
                p.user(Role.POLICE),
                null,
                new EpisodeDetails(
                    child.id(),
                    "MP-2026-" + String.format("%06d", System.nanoTime() / 1000 % 1_000_000),
                    MissingFrom.HOME,
                    Instant.parse("2026-11-16T23:00:00Z"),
                    "Home address",
                    Instant.parse("2026-11-17T08:00:00Z"),
                    "Town centre",
                    null,
                    null,
                    RiskGrading.MEDIUM))
            .episodeId();
  }

  @Test
  void openingAReturnInterviewIsAuditedAsARead() throws Exception {
    CurrentUser worker = p.user(Role.MISSING_SERVICE_WORKER);
    interviews.open(worker, episodeId);

    assertThat(actions()).contains("Opened a return interview");
    assertThat(actions()).doesNotContain("Recorded a return interview");
  }

  @Test
  void recordingItIsAuditedAsTheWriteBesideTheRead() throws Exception {
    CurrentUser worker = p.user(Role.MISSING_SERVICE_WORKER);
    long version = interviews.open(worker, episodeId).episode().version();
    interviews.record(
        worker,
        episodeId,
        version,
        InterviewOutcome.DECLINED,
        Instant.parse("2026-11-17T12:00:00Z"),
        Set.of(),
        null,
        null,
        null);

    List<String> actions = actions();
    assertThat(actions.stream().filter("Opened a return interview"::equals)).hasSize(1);
    assertThat(actions.stream().filter("Recorded a return interview"::equals)).hasSize(1);

    StringWriter csv = new StringWriter();
    LocalDate day = LocalDate.of(2026, 11, 18);
    export.writeCsv(p.user(Role.INFORMATION_GOVERNANCE), day, day, csv);
    assertThat(csv.toString())
        .contains("Opened a return interview,RECORD_RETURN_INTERVIEW")
        .contains("Recorded a return interview,RECORD_RETURN_INTERVIEW");
  }

  /** The "what" column of the child's audit page, as the governance officer reads it. */
  private List<String> actions() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    get("/children/{id}/audit", child.id())
                        .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE))))
                .andExpect(status().isOk())
                .andReturn());
    return page.select("tbody tr td:nth-child(3)").stream()
        .map(td -> td.ownText().strip())
        .toList();
  }
}
