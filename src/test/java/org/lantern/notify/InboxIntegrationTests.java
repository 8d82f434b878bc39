package org.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.referral.RiskIndicator;
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
 * The inbox a page at a time, newest first, searchable by the child's name or the concern's
 * reference, filtered to what is not yet opened and sorted by a column either way, with the search
 * and sort kept in the page links; the navigation's badge and the home page's card count the same.
 */
@IntegrationTest
class InboxIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Inbox inbox;
  @Autowired Alerts alerts;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser coordinator;
  ChildSummary ava;
  List<UUID> concerns = new ArrayList<>();

  @BeforeEach
  void setUp() {
    clock.reset();
    clock.set(clock.instant().minus(Duration.ofHours(1)));
    p = fixtures.partnership();
    coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    ava = fixtures.aChild(p).named("Ava", "Moss").persisted();
    ChildSummary other = fixtures.aChild(p).named("Leo", "Hart").persisted();
    // 30 concerns naming sexual exploitation: each one copies the coordinator in. Ava's are the
    // 3rd, 13th and 23rd.
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofMinutes(1));
      ChildSummary child = i % 10 == 2 ? ava : other;
      concerns.add(
          fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.SEXUAL_EXPLOITATION));
    }
  }

  @Test
  void theInboxIsPagedNewestFirstWithTheCountOfAll() {
    Inbox.Page first = inbox.page(coordinator, Inbox.Query.all());
    assertThat(first.items().matching()).isEqualTo(30);
    assertThat(first.items().rows()).hasSize(Inbox.PAGE_SIZE);
    assertThat(first.items().rows().getFirst().concern().id()).isEqualTo(concerns.getLast());

    Inbox.Page second =
        inbox.page(coordinator, new Inbox.Query(2, null, false, Inbox.Query.sort(null)));
    assertThat(second.items().rows()).hasSize(30 - Inbox.PAGE_SIZE);
    assertThat(second.items().rows().getLast().concern().id()).isEqualTo(concerns.getFirst());

    // a bookmark past the end shows the last page
    assertThat(
            inbox
                .page(coordinator, new Inbox.Query(9, null, false, Inbox.Query.sort(null)))
                .items()
                .page())
        .isEqualTo(2);
  }

  @Test
  void aSearchFindsTheChildByNameOrTheConcernByReference() {
    Inbox.Page moss =
        inbox.page(coordinator, new Inbox.Query(1, "  moss ", false, Inbox.Query.sort(null)));
    assertThat(moss.items().rows())
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(22), concerns.get(12), concerns.get(2));
    assertThat(moss.total()).isEqualTo(30);

    String reference = moss.items().rows().getFirst().concern().reference();
    assertThat(
            inbox
                .page(coordinator, new Inbox.Query(1, reference, false, Inbox.Query.sort(null)))
                .items()
                .rows())
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(22));

    assertThat(
            inbox
                .page(coordinator, new Inbox.Query(1, "Nobody", false, Inbox.Query.sort(null)))
                .items()
                .matching())
        .isZero();
  }

  @Test
  void onlyUnreadLeavesOutWhatWasOpened() {
    UUID opened = inbox.page(coordinator, Inbox.Query.all()).items().rows().getFirst().id();
    inbox.open(coordinator, opened);

    Inbox.Page unread =
        inbox.page(coordinator, new Inbox.Query(1, null, true, Inbox.Query.sort(null)));
    assertThat(unread.items().matching()).isEqualTo(29);
    assertThat(unread.items().rows()).noneMatch(i -> i.id().equals(opened));
    assertThat(
            inbox
                .page(coordinator, new Inbox.Query(1, "moss", true, Inbox.Query.sort(null)))
                .items()
                .matching())
        .isEqualTo(3);
  }

  @Test
  void thePageShowsTheCountAndItsLinksKeepTheSearch() throws Exception {
    MockMvc mvc = Pages.mockMvc(context);
    Document page =
        Pages.html(
            mvc.perform(
                    get("/inbox")
                        .param("search", "Hart")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select(".lantern-list-count").text()).isEqualTo("Showing 1 to 25 of 27");
    assertThat(page.select("#search").val()).isEqualTo("Hart");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("search=Hart");
    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(25);
    assertThat(page.select("tbody td[data-label]")).isNotEmpty();
  }

  private Inbox.Page sorted(String sort, String search) {
    return inbox.page(coordinator, new Inbox.Query(1, search, false, Inbox.Query.sort(sort)));
  }

  @Test
  void theInboxSortsByWhenWhatOrChildEitherWay() {
    assertThat(sorted("when", null).items().rows().getFirst().concern().id())
        .isEqualTo(concerns.getFirst());
    assertThat(sorted("when-desc", null).items().rows().getFirst().concern().id())
        .isEqualTo(concerns.getLast());

    // by the child's family name: Hart before Moss; newest first within a child
    assertThat(sorted("child", null).items().rows())
        .extracting(InboxItem::childName)
        .containsOnly("Leo Hart");
    Inbox.Page mossFirst = sorted("child-desc", null);
    assertThat(mossFirst.items().matching()).isEqualTo(30);
    assertThat(mossFirst.items().rows().subList(0, 4))
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(22), concerns.get(12), concerns.get(2), concerns.get(29));

    // by kind, in the order the kinds are listed; one notice of another kind comes first either way
    clock.advance(Duration.ofMinutes(1));
    inbox.raise(coordinator.id(), NotificationKind.REFERRAL_DECIDED, concerns.get(5));
    assertThat(sorted("what-desc", null).items().rows().getFirst().kind())
        .isEqualTo(NotificationKind.REFERRAL_DECIDED);
    assertThat(sorted("what", null).items().rows().getFirst().kind())
        .isEqualTo(NotificationKind.EXPLOITATION_COPY);
    assertThat(inbox.page(coordinator, new Inbox.Query(2, null, false, Inbox.Query.sort("what"))))
        .satisfies(
            last ->
                assertThat(last.items().rows().getLast().kind())
                    .isEqualTo(NotificationKind.REFERRAL_DECIDED));

    // a search keeps the sort
    assertThat(sorted("when", "moss").items().rows())
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(2), concerns.get(12), concerns.get(22));
    // anything else is the inbox's own order, newest first
    assertThat(Inbox.Query.sort("created_at; drop table").chosen()).isFalse();
    assertThat(sorted("nonsense", null).items().rows().getFirst().concern().id())
        .isEqualTo(concerns.get(5));
  }

  @Test
  void theColumnHeadersSortKeepingTheSearchAndSayHowTheListIsSorted() throws Exception {
    MockMvc mvc = Pages.mockMvc(context);
    Document page =
        Pages.html(
            mvc.perform(
                    get("/inbox")
                        .param("search", "Moss")
                        .param("sort", "child")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(3);
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Child");
    assertThat(page.select("th[aria-sort=ascending] a").attr("href"))
        .contains("sort=child-desc")
        .contains("search=Moss");
    assertThat(page.select("th[aria-sort=none] a").eachAttr("href"))
        .anySatisfy(href -> assertThat(href).contains("sort=when"))
        .anySatisfy(href -> assertThat(href).contains("sort=what"));
    assertThat(page.select("form[role=search] input[name=sort]").val()).isEqualTo("child");

    Document own =
        Pages.html(
            mvc.perform(
                    get("/inbox")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andReturn());
    assertThat(own.select("th[aria-sort=descending]").text()).isEqualTo("When");
    assertThat(own.select("form[role=search] input[name=sort]")).isEmpty();
  }

  @Test
  void theBadgeAndTheHomeCardCountTheSameAndSayWhatTheyCount() throws Exception {
    alerts.raise(AlertRule.SCREENING_HIGH_OR_RISING, p.id(), ava.id());
    alerts.raise(AlertRule.SCREENING_HIGH_OR_RISING, p.id(), fixtures.aChild(p).persisted().id());
    inbox.open(coordinator, inbox.page(coordinator, Inbox.Query.all()).items().rows().get(0).id());
    assertThat(inbox.unread(coordinator)).isEqualTo(new Inbox.Unread(29, 2));

    MockMvc mvc = Pages.mockMvc(context);
    Document home =
        Pages.html(
            mvc.perform(
                    get("/")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(home.select("a.govuk-service-navigation__link[href=/inbox] .lantern-count").text())
        .isEqualTo("31");
    assertThat(home.select(".lantern-card:has(a[href=/inbox]) .lantern-card__count").text())
        .isEqualTo("31");
    assertThat(home.select(".lantern-card:has(a[href=/inbox]) .govuk-body").eachText())
        .containsExactly(
            "new items not yet opened.",
            "29 notices about referrals and decisions, and 2 alerts about your children.");
  }
}
