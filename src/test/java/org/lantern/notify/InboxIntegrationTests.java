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
 * reference and filtered to what is not yet opened, with the search kept in the page links.
 */
@IntegrationTest
class InboxIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Inbox inbox;
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

    Inbox.Page second = inbox.page(coordinator, new Inbox.Query(2, null, false));
    assertThat(second.items().rows()).hasSize(30 - Inbox.PAGE_SIZE);
    assertThat(second.items().rows().getLast().concern().id()).isEqualTo(concerns.getFirst());

    // a bookmark past the end shows the last page
    assertThat(inbox.page(coordinator, new Inbox.Query(9, null, false)).items().page())
        .isEqualTo(2);
  }

  @Test
  void aSearchFindsTheChildByNameOrTheConcernByReference() {
    Inbox.Page moss = inbox.page(coordinator, new Inbox.Query(1, "  moss ", false));
    assertThat(moss.items().rows())
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(22), concerns.get(12), concerns.get(2));
    assertThat(moss.total()).isEqualTo(30);

    String reference = moss.items().rows().getFirst().concern().reference();
    assertThat(inbox.page(coordinator, new Inbox.Query(1, reference, false)).items().rows())
        .extracting(i -> i.concern().id())
        .containsExactly(concerns.get(22));

    assertThat(inbox.page(coordinator, new Inbox.Query(1, "Nobody", false)).items().matching())
        .isZero();
  }

  @Test
  void onlyUnreadLeavesOutWhatWasOpened() {
    UUID opened = inbox.page(coordinator, Inbox.Query.all()).items().rows().getFirst().id();
    inbox.open(coordinator, opened);

    Inbox.Page unread = inbox.page(coordinator, new Inbox.Query(1, null, true));
    assertThat(unread.items().matching()).isEqualTo(29);
    assertThat(unread.items().rows()).noneMatch(i -> i.id().equals(opened));
    assertThat(inbox.page(coordinator, new Inbox.Query(1, "moss", true)).items().matching())
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
}
