package org.lantern.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator works a tracker longer than a page: pages through it, sorts it by a heading,
 * searches it by name keeping the sort, exports what the search found, and clears the search; the
 * same tracker on a phone stacks its rows. Axe on each shape of page.
 */
class TrackerJourneyTests extends BrowserJourney {

  static final int CHILDREN = 60;

  @Autowired ScreeningTools tools;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCoordinatorPagesSortsSearchesAndExportsTheTracker() throws IOException {
    TestPartnership p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    UUID tool =
        jdbc.queryForObject(
            "select v.id from screening_tool_version v join screening_tool t on t.id = v.tool_id"
                + " where t.partnership_id = ?",
            UUID.class,
            p.id());
    Instant base = clock.instant().minus(Duration.ofDays(10));
    for (int i = 0; i < CHILDREN; i++) {
      // every 20th, from the 8th, is an Ava; levels run low, medium, high
      tracked(p, tool, i % 20 == 7 ? "Ava" : "Leo", "Zed%02d".formatted(i), i, base);
    }

    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    navLink("Tracker").click();
    Locator rows = page.locator("table.lantern-tracker tbody tr");
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 1 to 50 of 60");
    assertThat(rows).hasCount(50);
    assertThat(page.locator("th[aria-sort=descending]")).hasText("Level");
    assertAccessible();

    page.locator(".govuk-pagination__next a").click();
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 51 to 60 of 60");
    assertThat(rows).hasCount(10);
    assertAccessible();

    // sorting by the child goes back to the first page, A to Z
    page.locator("th a", new Page.LocatorOptions().setHasText("Child")).click();
    assertThat(page.locator("th[aria-sort=ascending]")).hasText("Child");
    assertThat(rows.first()).containsText("Leo Zed00");
    assertThat(page.locator(".lantern-list-count")).hasText("Showing 1 to 50 of 60");

    // the search keeps the sort; the count says how many
    page.getByLabel("Child's name").fill("  AVA ");
    button("Apply filters").click();
    assertThat(rows).hasCount(3);
    assertThat(rows.first()).containsText("Ava Zed07");
    assertThat(rows.last()).containsText("Ava Zed47");
    assertThat(page.locator("th[aria-sort=ascending]")).hasText("Child");
    assertThat(page.locator("main")).containsText("3 children");
    assertAccessible();

    Download download = page.waitForDownload(() -> link("Download as CSV").click());
    String csv = Files.readString(download.path());
    assertThat(csv.lines()).hasSize(1 + 3);
    assertThat(csv).contains("Ava Zed07").doesNotContain("Leo");

    link("Clear search and filters").click();
    assertThat(rows).hasCount(50);

    // on a phone the paged, searched tracker stacks its rows
    Page phone = aPhone();
    signIn(phone, p.username(Role.EXPLOITATION_COORDINATOR));
    phone.navigate(url("/tracker?search=ava&sort=NAME&dir=asc"));
    assertThat(phone.locator("table.lantern-tracker tbody tr")).hasCount(3);
    assertThat(scrollsSideways(phone)).as("the tracker scrolls sideways at 375 px").isFalse();
    phone.navigate(url("/tracker?page=2"));
    assertThat(phone.locator(".govuk-pagination")).isVisible();
    assertThat(scrollsSideways(phone)).as("page 2 scrolls sideways at 375 px").isFalse();
    assertAccessible(phone);
  }

  /** A child with a current screening at one of the tracked levels. */
  private void tracked(
      TestPartnership p, UUID tool, String given, String family, int i, Instant base) {
    UUID child = UUID.randomUUID();
    Timestamp at = Timestamp.from(base.plus(Duration.ofMinutes(i)));
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
            + " district_id, created_at, updated_at, version) values (?, ?, ?, ?, 'FEMALE', ?, ?,"
            + " ?, ?, 0)",
        child,
        p.id(),
        given,
        family,
        Date.valueOf(today().minusYears(12 + i % 5)),
        p.districtId(),
        at,
        at);
    String level = RiskLevel.values()[1 + i % 3].name();
    jdbc.update(
        "insert into screening (id, partnership_id, child_id, tool_version_id, status,"
            + " author_user_id, team_id, started_at, updated_at, submitted_at, risk_level,"
            + " computed_level, review_due_on, version)"
            + " values (?, ?, ?, ?, 'SIGNED_OFF', ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        p.id(),
        child,
        tool,
        p.user(Role.EXPLOITATION_COORDINATOR).id(),
        p.teamId(),
        at,
        at,
        at,
        level,
        level,
        Date.valueOf(today().plusDays(30 + i)));
  }
}
