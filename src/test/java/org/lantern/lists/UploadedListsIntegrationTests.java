package org.lantern.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.platform.Paged;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page of lists with 90 lists: 25 a page, newest first, searched by the list's name, sorted by
 * name or date, each list's rows counted by where they stand; another partnership's lists never
 * shown.
 */
@IntegrationTest
class UploadedListsIntegrationTests {

  /** Lists of each kind, one a week going back. */
  static final int WEEKS = 30;

  static TestPartnership p;
  static LocalDate newest;

  @Autowired Fixtures fixtures;
  @Autowired UploadedLists uploaded;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @BeforeEach
  void setUp() {
    if (p != null) {
      return;
    }
    clock.reset();
    p = fixtures.partnership();
    newest = LocalDate.of(2026, 11, 30);
    Instant at = clock.instant().minus(Duration.ofDays(1));
    for (int week = 0; week < WEEKS; week++) {
      for (ListKind kind : ListKind.values()) {
        UUID list = list(p, kind, newest.minusWeeks(week), at.minusSeconds(week));
        if (week == 0) {
          // the newest lists: two rows to decide, one confirmed
          row(list, 1, "PROPOSED");
          row(list, 2, "PROPOSED");
          row(list, 3, "CONFIRMED");
        }
      }
    }
    TestPartnership other = fixtures.partnership();
    list(other, ListKind.REOFFENDING_PANEL, newest.plusDays(1), at);
  }

  @Test
  void theListsComeTwentyFiveAPageNewestFirstWithTheirCounts() {
    UploadedLists.Page first = uploaded.page(coordinator(), UploadedLists.Query.first());

    assertThat(first.uploaded()).isEqualTo(WEEKS * 3);
    assertThat(first.lists().matching()).isEqualTo(WEEKS * 3);
    assertThat(first.lists().rows()).hasSize(UploadedLists.PAGE_SIZE);
    assertThat(dates(first.lists()).subList(0, 4))
        .containsExactly(newest, newest, newest, newest.minusWeeks(1));
    ListCrossReference.ListSummary top = first.lists().rows().getFirst();
    assertThat(top.rows()).isEqualTo(3);
    assertThat(top.count(ListCrossReference.Status.PROPOSED)).isEqualTo(2);
    assertThat(top.count(ListCrossReference.Status.CONFIRMED)).isEqualTo(1);
    assertThat(first.lists().rows().get(3).rows()).isZero();

    UploadedLists.Page last = uploaded.page(coordinator(), query(99, null, null));
    assertThat(last.lists().page()).isEqualTo(4);
    assertThat(last.lists().rows()).hasSize(WEEKS * 3 - 75);
    assertThat(dates(last.lists()).getLast()).isEqualTo(newest.minusWeeks(WEEKS - 1));
  }

  @Test
  void aSearchFindsListsByTheirNameAndTheSortsGoEitherWay() {
    UploadedLists.Page education = uploaded.page(coordinator(), query(1, "  EDUCATION ", null));
    assertThat(education.lists().matching()).isEqualTo(WEEKS);
    assertThat(education.uploaded()).isEqualTo(WEEKS * 3);
    assertThat(education.lists().rows()).allMatch(l -> l.kind() == ListKind.MISSING_FROM_EDUCATION);
    assertThat(uploaded.page(coordinator(), query(1, "missing", null)).lists().matching())
        .isEqualTo(WEEKS * 2);
    assertThat(uploaded.page(coordinator(), query(1, "nothing like it", null)).lists().matching())
        .isZero();

    assertThat(dates(uploaded.page(coordinator(), query(1, null, "date")).lists()).getFirst())
        .isEqualTo(newest.minusWeeks(WEEKS - 1));
    // by name: Missing from education, Missing from home or care, Re-offending panel
    assertThat(uploaded.page(coordinator(), query(1, null, "list")).lists().rows())
        .allMatch(l -> l.kind() == ListKind.MISSING_FROM_EDUCATION);
    List<ListCrossReference.ListSummary> byNameDesc =
        uploaded.page(coordinator(), query(1, null, "list-desc")).lists().rows();
    assertThat(byNameDesc).allMatch(l -> l.kind() == ListKind.REOFFENDING_PANEL);
    assertThat(byNameDesc.getFirst().listDate()).isEqualTo(newest);
    UploadedLists.Query nonsense = query(1, null, "list_date; drop table panel_list");
    assertThat(nonsense.sort().chosen()).isFalse();
    assertThat(dates(uploaded.page(coordinator(), nonsense).lists()).getFirst()).isEqualTo(newest);
  }

  @Test
  void thePageShowsTheCountTheSortLinksAndThePagesKeepingTheSearch() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    get("/panels/lists")
                        .param("search", "missing")
                        .param("sort", "date")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(UploadedLists.PAGE_SIZE);
    assertThat(page.select(".lantern-list-count").text())
        .isEqualTo("Showing 1 to 25 of " + WEEKS * 2);
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Date of the list");
    assertThat(page.select("th[aria-sort=ascending] a").attr("href"))
        .contains("sort=date-desc")
        .contains("search=missing");
    assertThat(page.select("form[role=search] input[name=search]").val()).isEqualTo("missing");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("search=missing")
        .contains("sort=date");
    assertThat(page.select("form[role=search] a").text()).isEqualTo("Clear search");
  }

  private CurrentUser coordinator() {
    return p.user(Role.EXPLOITATION_COORDINATOR);
  }

  private static UploadedLists.Query query(
      int page, @Nullable String search, @Nullable String sort) {
    return new UploadedLists.Query(page, search, UploadedLists.Query.sort(sort));
  }

  private static List<LocalDate> dates(Paged<ListCrossReference.ListSummary> paged) {
    return paged.rows().stream().map(ListCrossReference.ListSummary::listDate).toList();
  }

  private UUID list(TestPartnership in, ListKind kind, LocalDate date, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into panel_list (id, partnership_id, kind, list_date, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        in.id(),
        kind.name(),
        Date.valueOf(date),
        in.user(Role.EXPLOITATION_COORDINATOR).id(),
        Timestamp.from(at));
    return id;
  }

  private void row(UUID list, int line, String status) {
    jdbc.update(
        "insert into panel_list_row (id, list_id, line_number, row_key, given_name, family_name,"
            + " sex, status, added_at, version) values (?, ?, ?, ?, 'Ava', 'Zed', 'FEMALE', ?, ?,"
            + " 0)",
        UUID.randomUUID(),
        list,
        line,
        "key-" + line,
        status,
        Timestamp.from(clock.instant()));
  }
}
