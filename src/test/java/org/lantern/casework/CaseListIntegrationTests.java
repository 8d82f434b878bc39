package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Paged;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The team queue, "My children" and "Our team's children" with a few hundred children: paged,
 * searched and sorted in SQL, only the page shown read, a sort that is not a column ignored.
 */
@IntegrationTest
class CaseListIntegrationTests {

  /** Children waiting on the team's queue, and held by the team's workers. */
  static final int WAITING = 240;

  static final int HELD = 240;

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Caseloads caseloads;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  CaseworkScenario s;
  Instant base;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
    base = clock.instant().minus(Duration.ofDays(30));
    // the i-th routed is named Zed(239 - i): sorted by child, the list runs the other way round;
    // every 40th, from the 8th, is an Ava
    for (int i = 0; i < WAITING; i++) {
      add(i, "Q", CaseStatus.AWAITING_ALLOCATION, s.p.teamId(), null);
    }
    // two thirds held by the worker, a third by the second worker
    for (int i = 0; i < HELD; i++) {
      add(i, "H", CaseStatus.ALLOCATED, s.p.teamId(), i % 3 == 2 ? s.secondWorker : s.worker);
    }
    // another team's Avas, never on this team's lists
    for (int i = 0; i < 5; i++) {
      add(7, "O" + i, CaseStatus.AWAITING_ALLOCATION, s.otherTeam, null);
    }
  }

  @Test
  void theQueueIsPagedOldestFirstAndABookmarkPastTheEndShowsTheLastPage() {
    Paged<CaseView> first = allocation.queue(s.manager, CaseList.queue());

    assertThat(first.matching()).isEqualTo(WAITING);
    assertThat(first.rows()).hasSize(Allocation.PAGE_SIZE);
    assertThat(first.rows().getFirst().councilReference()).isEqualTo("Q-000");
    assertThat(first.rows().get(1).councilReference()).isEqualTo("Q-001");

    Paged<CaseView> last = allocation.queue(s.manager, CaseList.queue().at(99));
    assertThat(last.page()).isEqualTo(10);
    assertThat(last.rows()).hasSize(WAITING - 9 * Allocation.PAGE_SIZE);
    assertThat(last.rows().getLast().councilReference()).isEqualTo("Q-239");
  }

  @Test
  void theQueueSortsByChildOrWhenRoutedEitherWayAndIgnoresASortThatIsNoColumn() {
    assertThat(refs(allocation.queue(s.manager, queue(null, "child"))))
        .startsWith("Q-239", "Q-238", "Q-237");
    assertThat(refs(allocation.queue(s.manager, queue(null, "child-desc"))))
        .startsWith("Q-000", "Q-001");
    assertThat(refs(allocation.queue(s.manager, queue(null, "routed-desc"))))
        .startsWith("Q-239", "Q-238");
    assertThat(refs(allocation.queue(s.manager, queue(null, "ROUTED"))))
        .startsWith("Q-000", "Q-001");

    CaseList bad = queue(null, "routed_at; drop table child_case");
    assertThat(bad.sort().chosen()).isFalse();
    assertThat(refs(allocation.queue(s.manager, bad))).startsWith("Q-000", "Q-001");
    assertThat(CaseList.queueSort("level").chosen()).isFalse();
  }

  @Test
  void theQueueFindsAChildByNameOrAReferenceInThisTeamOnly() {
    Paged<CaseView> avas = allocation.queue(s.manager, queue("  AVA  ", null));
    assertThat(avas.matching()).isEqualTo(WAITING / 40);
    assertThat(refs(avas)).containsExactly("Q-007", "Q-047", "Q-087", "Q-127", "Q-167", "Q-207");

    // given and family name together, any case; the council's reference; % is not a wildcard
    assertThat(refs(allocation.queue(s.manager, queue("ava zed192", null))))
        .containsExactly("Q-047");
    assertThat(refs(allocation.queue(s.manager, queue("q-12", null))))
        .containsExactly(
            "Q-120", "Q-121", "Q-122", "Q-123", "Q-124", "Q-125", "Q-126", "Q-127", "Q-128",
            "Q-129");
    assertThat(allocation.queue(s.manager, queue("q-%", null)).matching()).isZero();

    // the concern's reference
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    String reference =
        jdbc.queryForObject(
            "select k.reference from concern k join child_case cc on cc.concern_id = k.id"
                + " where cc.child_id = ?",
            String.class,
            child.id());
    assertThat(allocation.queue(s.manager, queue(reference.toLowerCase(), null)).rows())
        .singleElement()
        .satisfies(c -> assertThat(c.childId()).isEqualTo(child.id()));
  }

  @Test
  void aPageOfTheQueueIsOneWorklistReadNamingThePageAndNoChild() {
    Instant before = clock.instant();
    allocation.queue(s.manager, CaseList.queue().at(2));

    List<String> audited =
        jdbc.queryForList(
            "select purpose from audit_event where user_id = ? and occurred_at >= ?"
                + " and child_id is null and action = 'VIEW_WORKLIST'",
            String.class,
            s.manager.id(),
            Timestamp.from(before));
    assertThat(audited).containsExactly("team queue, page 2 of " + WAITING);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where user_id = ? and occurred_at >= ?"
                    + " and child_id is not null",
                Long.class,
                s.manager.id(),
                Timestamp.from(before)))
        .isZero();
  }

  @Test
  void aWorkersCaseloadIsPagedSearchedAndSorted() {
    long held = HELD - HELD / 3;
    Paged<Caseloads.Row> first = caseloads.mine(s.worker, CaseList.mine());
    assertThat(first.matching()).isEqualTo(held);
    assertThat(first.rows()).hasSize(Allocation.PAGE_SIZE);
    // most recently allocated first
    assertThat(first.rows().getFirst().c().councilReference()).isEqualTo("H-238");
    assertThat(caseloads.held(s.worker)).isEqualTo(held);

    assertThat(
            caseloads.mine(s.worker, mine(null, "child")).rows().getFirst().c().councilReference())
        .isEqualTo("H-238");
    assertThat(
            caseloads
                .mine(s.worker, mine(null, "child-desc"))
                .rows()
                .getFirst()
                .c()
                .councilReference())
        .isEqualTo("H-000");
    // the second worker's Avas (H-047, H-167) are not the worker's
    assertThat(caseloads.mine(s.worker, mine("ava", null)).rows())
        .extracting(r -> r.c().councilReference())
        .containsExactly("H-207", "H-127", "H-087", "H-007");
    // never screened: the level and next review sort, either way, keep the list's own order
    for (String sort : List.of("level", "level-desc", "review", "review-desc")) {
      Paged<Caseloads.Row> sorted = caseloads.mine(s.worker, mine(null, sort));
      assertThat(sorted.rows()).as(sort).hasSize(Allocation.PAGE_SIZE);
      assertThat(sorted.rows().getFirst().c().councilReference()).as(sort).isEqualTo("H-238");
    }
  }

  @Test
  void theTeamsChildrenSortByWorkerEitherWay() {
    Caseloads.Team team = caseloads.team(s.manager, CaseList.team());
    assertThat(team.allocated()).isEqualTo(HELD);
    assertThat(team.children().matching()).isEqualTo(HELD);
    assertThat(team.children().rows()).hasSize(Allocation.PAGE_SIZE);

    String firstWorker = workers(caseloads.team(s.manager, team(null, "worker")));
    String lastWorker = workers(caseloads.team(s.manager, team(null, "worker-desc")));
    assertThat(List.of(firstWorker, lastWorker))
        .containsExactlyInAnyOrder(s.worker.displayName(), s.secondWorker.displayName());
    assertThat(firstWorker.compareToIgnoreCase(lastWorker)).isNegative();

    Caseloads.Team avas = caseloads.team(s.manager, team("Ava", "child"));
    assertThat(avas.allocated()).isEqualTo(HELD);
    assertThat(avas.children().rows())
        .extracting(r -> r.c().councilReference())
        .containsExactly("H-207", "H-167", "H-127", "H-087", "H-047", "H-007");
  }

  @Test
  void theQueuesHeadersSortKeepingTheSearchAndThePagesKeepBoth() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    get("/casework/queue")
                        .param("search", "Zed1")
                        .param("sort", "child")
                        .with(Pages.signedInAs(users, s.manager.username())))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(Allocation.PAGE_SIZE);
    assertThat(page.select(".lantern-list-count").text()).isEqualTo("Showing 1 to 25 of 100");
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Child");
    assertThat(page.select("th[aria-sort=ascending] a").attr("href"))
        .contains("sort=child-desc")
        .contains("search=Zed1");
    assertThat(page.select("th[aria-sort=none] a").attr("href")).contains("sort=routed");
    assertThat(page.select("form[role=search] input[name=sort]").val()).isEqualTo("child");
    assertThat(page.select("form[role=search] input[name=search]").val()).isEqualTo("Zed1");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("search=Zed1")
        .contains("sort=child");
    assertThat(page.select("td[data-label]")).isNotEmpty();

    Document caseload =
        Pages.html(
            mvc.perform(
                    get("/casework/team")
                        .param("sort", "nonsense")
                        .param("page", "2")
                        .with(Pages.signedInAs(users, s.manager.username())))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(caseload.select("th[aria-sort]").eachText())
        .containsExactly(
            "Child", "Allocated worker", "Risk level", "Next review", "Open panel actions");
    assertThat(caseload.select("th[aria-sort=ascending]").text()).isEqualTo("Allocated worker");
    assertThat(caseload.select("form[role=search] input[name=sort]")).isEmpty();
    assertThat(caseload.select(".lantern-list-count").text())
        .isEqualTo("Showing 26 to 50 of " + HELD);
  }

  @Test
  void theCaseloadsSortByOpenPanelActionsEitherWay() {
    UUID panel = UUID.randomUUID();
    UUID meeting = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into panel (id, partnership_id, name, interval_months, created_at, updated_at,"
            + " version) values (?, ?, 'Panel', 2, ?, ?, 0)",
        panel,
        s.p.id(),
        now,
        now);
    jdbc.update(
        "insert into panel_meeting (id, panel_id, partnership_id, meeting_on, status, created_at,"
            + " updated_at, version) values (?, ?, ?, ?, 'HELD', ?, ?, 0)",
        meeting,
        panel,
        s.p.id(),
        Date.valueOf(LocalDate.now(clock.withZone(LanternTime.ZONE))),
        now,
        now);
    // H-003 has three open actions, H-009 two, H-006 one (and two done)
    actions("H-003", meeting, "OPEN", "OPEN", "OPEN");
    actions("H-009", meeting, "OPEN", "OPEN");
    actions("H-006", meeting, "OPEN", "DONE", "DONE");

    Paged<Caseloads.Row> most = caseloads.mine(s.worker, mine(null, "actions-desc"));
    assertThat(most.rows())
        .extracting(r -> r.c().councilReference())
        .startsWith("H-003", "H-009", "H-006", "H-238");
    assertThat(most.rows().getFirst().openActions()).isEqualTo(3);
    // fewest first: those with none, most recently allocated first
    assertThat(caseloads.mine(s.worker, mine(null, "actions")).rows())
        .extracting(r -> r.c().councilReference())
        .startsWith("H-238", "H-237");
    assertThat(caseloads.team(s.manager, team(null, "actions-desc")).children().rows())
        .extracting(r -> r.c().councilReference())
        .startsWith("H-003", "H-009", "H-006");
    assertThat(CaseList.queueSort("actions").chosen()).isFalse();
  }

  /** Panel actions with these statuses for the child of the case with this reference. */
  private void actions(String reference, UUID meeting, String... statuses) {
    UUID child =
        jdbc.queryForObject(
            "select child_id from child_case where partnership_id = ? and council_reference = ?",
            UUID.class,
            s.p.id(),
            reference);
    UUID presentation = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into panel_presentation (id, meeting_id, child_id, level, decision,"
            + " recorded_by_user_id, created_at, updated_at, version)"
            + " values (?, ?, ?, 'MEDIUM', 'CONTINUE', ?, ?, ?, 0)",
        presentation,
        meeting,
        child,
        s.manager.id(),
        now,
        now);
    for (String status : statuses) {
      jdbc.update(
          "insert into panel_action (id, presentation_id, meeting_id, child_id, description,"
              + " due_on, status, created_at, version) values (?, ?, ?, ?, 'Visit', ?, ?, ?, 0)",
          UUID.randomUUID(),
          presentation,
          meeting,
          child,
          Date.valueOf(LocalDate.now(clock.withZone(LanternTime.ZONE)).plusDays(7)),
          status,
          now);
    }
  }

  private void add(
      int i, String prefix, CaseStatus status, UUID team, @Nullable CurrentUser worker) {
    UUID child = UUID.randomUUID();
    Timestamp at = Timestamp.from(base.plus(Duration.ofMinutes(i)));
    String given = i % 40 == 7 ? "Ava" : "Leo";
    String family = "Zed%03d".formatted(WAITING - 1 - i);
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, created_at,"
            + " updated_at, version) values (?, ?, ?, ?, 'FEMALE', ?, ?, 0)",
        child,
        s.p.id(),
        given,
        family,
        at,
        at);
    jdbc.update(
        "insert into child_case (id, partnership_id, child_id, concern_id, decision,"
            + " decision_reasons, status, team_id, worker_user_id, routed_at, allocated_at,"
            + " council_reference, version)"
            + " values (?, ?, ?, ?, 'EXPLOITATION_PATHWAY', 'Reasons', ?, ?, ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        s.p.id(),
        child,
        UUID.randomUUID(),
        status.name(),
        team,
        worker == null ? null : worker.id(),
        at,
        worker == null ? null : at,
        "%s-%03d".formatted(prefix, i));
  }

  private static CaseList queue(@Nullable String search, @Nullable String sort) {
    return new CaseList(1, search, CaseList.queueSort(sort));
  }

  private static CaseList mine(@Nullable String search, @Nullable String sort) {
    return new CaseList(1, search, CaseList.mineSort(sort));
  }

  private static CaseList team(@Nullable String search, @Nullable String sort) {
    return new CaseList(1, search, CaseList.teamSort(sort));
  }

  private static List<String> refs(Paged<CaseView> paged) {
    List<String> refs = new ArrayList<>();
    paged.rows().forEach(c -> refs.add(c.councilReference()));
    return refs;
  }

  /** The one worker every child on the page is held by. */
  private static String workers(Caseloads.Team team) {
    return team.children().rows().stream()
        .map(r -> r.c().workerName())
        .distinct()
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
