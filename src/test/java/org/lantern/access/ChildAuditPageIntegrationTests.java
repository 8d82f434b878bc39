package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.people.ChildSummary;
import org.lantern.platform.Paged;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who has looked at a child's record, a page at a time in SQL: newest first or oldest first,
 * narrowed to a person or agency and to refusals, each kept in the address.
 */
@IntegrationTest
class ChildAuditPageIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  TestPartnership p;
  ChildSummary child;
  Instant first;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T09:00:00Z"));
    p = fixtures.partnership();
    child = fixtures.child(p);
    first = clock.instant().plusSeconds(60);
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    // 55 opened by the front door, then 5 refused to a teacher: 60 rows after registering.
    for (int i = 0; i < 60; i++) {
      clock.advance(Duration.ofMinutes(1));
      boolean refused = i >= 55;
      transaction.executeWithoutResult(
          tx -> {
            if (refused) {
              audit.recordRefusal(
                  teacher,
                  AuditAction.VIEW_CHILD_RECORD,
                  child.id(),
                  RecordRef.child(child.id()),
                  "NO_RELATIONSHIP",
                  "open child's record");
            } else {
              audit.record(
                  frontDoor,
                  AuditAction.VIEW_CHILD_RECORD,
                  child.id(),
                  RecordRef.child(child.id()),
                  "PARTNERSHIP_ROLE",
                  "open child's record");
            }
          });
    }
  }

  @Test
  void theAuditIsPagedNewestFirstOrOldestFirst() {
    long all = audit.forChild(child.id(), AuditLog.ChildQuery.all()).matching();
    assertThat(all).isGreaterThanOrEqualTo(60);

    Paged<AuditEntry> newest = audit.forChild(child.id(), AuditLog.ChildQuery.all());
    assertThat(newest.rows()).hasSize(AuditLog.CHILD_PAGE_SIZE);
    assertThat(newest.rows().getFirst().outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(newest.rows().getFirst().occurredAt()).isEqualTo(first.plusSeconds(59 * 60));

    Paged<AuditEntry> last =
        audit.forChild(child.id(), new AuditLog.ChildQuery(99, null, false, false));
    assertThat(last.page()).isEqualTo(last.pages());
    assertThat(last.rows()).hasSize((int) (all - (long) (last.pages() - 1) * 50));

    Paged<AuditEntry> oldest =
        audit.forChild(child.id(), new AuditLog.ChildQuery(1, null, false, true));
    assertThat(oldest.rows().getFirst().occurredAt()).isBefore(first.plusSeconds(1));
  }

  @Test
  void aSearchFindsAPersonByNameUsernameOrAgencyAndRefusalsStandApart() {
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    assertThat(
            audit
                .forChild(child.id(), new AuditLog.ChildQuery(1, teacher.username(), false, false))
                .matching())
        .isEqualTo(5);
    assertThat(
            audit
                .forChild(
                    child.id(),
                    new AuditLog.ChildQuery(1, teacher.displayName().toUpperCase(), false, false))
                .matching())
        .isEqualTo(5);
    assertThat(audit.forChild(child.id(), new AuditLog.ChildQuery(1, null, true, false)).matching())
        .isEqualTo(5);
    assertThat(
            audit
                .forChild(child.id(), new AuditLog.ChildQuery(1, "100%_", false, false))
                .matching())
        .isZero();
  }

  @Test
  void thePageKeepsTheSearchInItsSortAndPageLinks() throws Exception {
    MockMvc mvc = Pages.mockMvc(context);
    String frontDoor = p.user(Role.FRONT_DOOR).username();
    Document page =
        Pages.html(
            mvc.perform(
                    get("/children/{id}/audit", child.id())
                        .param("search", frontDoor)
                        .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select(".lantern-list-count").text()).startsWith("Showing 1 to 50 of ");
    assertThat(page.select("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
    assertThat(page.select("a.lantern-sort").attr("href"))
        .contains("search=" + frontDoor)
        .contains("sort=when")
        .doesNotContain("page=");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("search=" + frontDoor);
    assertThat(page.select("tbody td[data-label]")).isNotEmpty();
  }
}
