package org.lantern.lists;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator with a year of weekly lists: the page of lists shows the newest 25, pages on,
 * finds the lists of one kind by name and clears the search; on a phone the rows stack. Axe on each
 * shape of page.
 */
class UploadedListsJourneyTests extends BrowserJourney {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theCoordinatorPagesAndSearchesTheLists() {
    TestPartnership p = fixtures.partnership();
    LocalDate newest = today().minusDays(1);
    for (int week = 0; week < 20; week++) {
      list(p, ListKind.MISSING_FROM_HOME, newest.minusWeeks(week));
      list(p, ListKind.REOFFENDING_PANEL, newest.minusWeeks(week));
    }

    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    visit("/panels/lists");
    Locator rows = page.locator("table.lantern-stack tbody tr");
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 1 to 25 of 40");
    assertThat(rows).hasCount(25);
    assertAccessible();

    page.locator(".govuk-pagination__next a").click();
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 26 to 40 of 40");
    assertThat(rows).hasCount(15);

    page.getByLabel("List name").fill("re-offending");
    button("Search").click();
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 1 to 20 of 20");
    assertThat(rows.first()).containsText("Re-offending panel");
    assertAccessible();
    link("Clear search").click();
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 1 to 25 of 40");

    Page phone = aPhone();
    signIn(phone, p.username(Role.EXPLOITATION_COORDINATOR));
    phone.navigate(url("/panels/lists?page=2&sort=list"));
    assertThat(phone.locator("table.lantern-stack tbody tr")).hasCount(15);
    assertThat(scrollsSideways(phone)).as("the lists scroll sideways at 375 px").isFalse();
    assertAccessible(phone);
  }

  private void list(TestPartnership p, ListKind kind, LocalDate date) {
    jdbc.update(
        "insert into panel_list (id, partnership_id, kind, list_date, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        p.id(),
        kind.name(),
        Date.valueOf(date),
        p.user(Role.EXPLOITATION_COORDINATOR).id(),
        Timestamp.from(clock.instant()));
  }
}
