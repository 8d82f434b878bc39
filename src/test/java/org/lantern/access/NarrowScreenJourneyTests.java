package org.lantern.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.referral.RiskIndicator;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone 375 pixels wide, the main pages do not scroll sideways as a whole: worklists stack
 * their rows, and the report card's tables of figures scroll inside their own region with what each
 * row counts kept in view. Each page is checked with axe at that width.
 */
class NarrowScreenJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theMainPagesFitAPhoneAndTheReportCardScrollsInsideItsTables() {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    LocalDate today = today();
    s.at(today.minusMonths(3));
    TestPartnership p = s.start();
    ChildSummary a = fixtures.child(p);
    ChildSummary b = fixtures.child(p);
    UUID round = s.round(today.minusMonths(1), Map.of(a, RiskLevel.MEDIUM, b, RiskLevel.HIGH));
    clock.reset();
    fixtures.concern(p.user(Role.PRACTITIONER), a, RiskIndicator.SEXUAL_EXPLOITATION);

    List<String> sideways = new ArrayList<>();
    Page coordinator = aPhone();
    signIn(coordinator, p.username(Role.EXPLOITATION_COORDINATOR));
    for (String path :
        List.of(
            "/",
            "/inbox",
            "/tracker",
            "/panels/report-cards",
            "/panels/report-cards/" + round,
            "/abduction-notices",
            "/reports",
            "/panel-work",
            "/panels/lists",
            "/children/find?for=record&search=1&name=" + a.familyName(),
            "/children/" + a.id())) {
      check(coordinator, path, sideways);
    }
    coordinator.navigate(url("/panels/report-cards/" + round));
    assertThat(coordinator.locator(".lantern-scroll").first()).isVisible();
    assertThat(
            (Boolean)
                coordinator.evaluate(
                    "() => { const r = document.querySelector('.lantern-scroll');"
                        + " return r.scrollWidth > r.clientWidth; }"))
        .as("the report card's table scrolls inside its region")
        .isTrue();

    Page frontDoor = aPhone();
    signIn(frontDoor, p.username(Role.FRONT_DOOR));
    check(frontDoor, "/front-door", sideways);

    // the person index's review queue, with a pair waiting
    UUID recordA = personRecord(p, "Police", a);
    UUID recordB = personRecord(p, "School", a);
    jdbc.update(
        "insert into person_link (id, partnership_id, record_a, record_b, weight, status,"
            + " created_at, version) values (?, ?, ?, ?, 4.5, 'REVIEW', ?, 0)",
        UUID.randomUUID(),
        p.id(),
        recordA,
        recordB,
        Timestamp.from(clock.instant()));
    check(frontDoor, "/person-index/review", sideways);
    assertThat(frontDoor.locator("a.lantern-sort").first()).isVisible();

    // the team queue and the team's children, one child on each
    childCase(p, b, null);
    childCase(p, a, p.user(Role.SOCIAL_WORKER).id());
    Page manager = aPhone();
    signIn(manager, p.username(Role.TEAM_MANAGER));
    check(manager, "/casework/queue", sideways);
    assertThat(manager.locator("a.lantern-sort").first()).isVisible();
    check(manager, "/casework/team", sideways);

    Page officer = aPhone();
    signIn(officer, p.username(Role.INFORMATION_GOVERNANCE));
    check(officer, "/children/" + a.id() + "/audit", sideways);
    check(officer, "/audit/break-glass", sideways);
    check(officer, "/audit/break-glass/reviewed", sideways);

    assertThat(sideways).as("pages that scroll sideways at 375 px").isEmpty();
  }

  private void check(Page phone, String path, List<String> sideways) {
    phone.navigate(url(path));
    assertThat(phone.locator("h1")).isVisible();
    if (scrollsSideways(phone)) {
      sideways.add(
          path
              + " ("
              + phone.evaluate("() => document.documentElement.scrollWidth")
              + " px wide; too wide: "
              + phone.evaluate(
                  "() => [...document.querySelectorAll('main *')]"
                      + ".filter(e => e.getBoundingClientRect().right"
                      + " > document.documentElement.clientWidth)"
                      + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right"
                      + " > document.documentElement.clientWidth))"
                      + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')")
              + ")");
    }
    assertAccessible(phone);
  }

  private UUID personRecord(TestPartnership p, String source, ChildSummary child) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into person_record (id, partnership_id, source, source_id, given_name,"
            + " family_name, person_id, imported_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        p.id(),
        source,
        source + "-1",
        child.givenName(),
        child.familyName(),
        id,
        now,
        now);
    return id;
  }

  private void childCase(TestPartnership p, ChildSummary child, @Nullable UUID worker) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into child_case (id, partnership_id, child_id, concern_id, decision,"
            + " decision_reasons, status, team_id, worker_user_id, routed_at, allocated_at,"
            + " version) values (?, ?, ?, ?, 'EXPLOITATION_PATHWAY', 'Named in a disruption"
            + " plan', ?, ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        p.id(),
        child.id(),
        UUID.randomUUID(),
        worker == null ? "AWAITING_ALLOCATION" : "ALLOCATED",
        p.teamId(),
        worker,
        now,
        worker == null ? null : now);
  }
}
