package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.web.context.WebApplicationContext;

/**
 * The break-glass review lists at a few hundred uses: a page at a time (oldest awaiting first, last
 * reviewed first), searched by the child's or the person's name, the page and search kept through a
 * review.
 */
@IntegrationTest
class BreakGlassReviewsIntegrationTests {

  private static final int USES = 250;

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired BreakGlass breakGlass;
  @Autowired BreakGlassReviews reviews;
  @Autowired AccessSettings settings;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser officer;

  @BeforeEach
  void setUp() {
    clock.reset();
    clock.set(clock.instant().minus(Duration.ofDays(200)));
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    ChildSummary ava = fixtures.aChild(p).named("Ava", "Moss").persisted();
    ChildSummary leo = fixtures.aChild(p).named("Leo", "Hart").persisted();
    ChildSummary kit = fixtures.aChild(p).named("Kit", "Lowe").persisted();
    ChildSummary[] children = {ava, leo, kit};
    // 250 uses, one every 8 hours and a minute (once the last has run out): every fifth is Ava's
    for (int i = 0; i < USES; i++) {
      ChildSummary child = i % 5 == 0 ? ava : children[1 + i % 2];
      breakGlass.grant(p.user(Role.POLICE), child.ref(), "Use " + i);
      clock.advance(settings.breakGlassDuration().plusMinutes(1));
    }
  }

  @Test
  void theAwaitingListIsPagedOldestFirstAndSearchedByName() {
    Paged<BreakGlassGrant> first = reviews.awaiting(officer, BreakGlassReviews.Query.first());
    assertThat(first.matching()).isEqualTo(USES);
    assertThat(first.rows()).hasSize(BreakGlassReviews.AWAITING_PAGE);
    assertThat(first.rows().getFirst().reason()).isEqualTo("Use 0");

    Paged<BreakGlassGrant> last = reviews.awaiting(officer, new BreakGlassReviews.Query(99, null));
    assertThat(last.page()).isEqualTo(13);
    assertThat(last.rows()).hasSize(USES - 12 * BreakGlassReviews.AWAITING_PAGE);
    assertThat(last.rows().getLast().reason()).isEqualTo("Use " + (USES - 1));

    Paged<BreakGlassGrant> moss = reviews.awaiting(officer, new BreakGlassReviews.Query(3, "MOSS"));
    assertThat(moss.matching()).isEqualTo(USES / 5);
    assertThat(moss.rows()).hasSize(10).allMatch(g -> g.childName().equals("Ava Moss"));
    assertThat(moss.rows().getFirst().reason()).isEqualTo("Use 200");

    // by who used it: every use was the one police officer's
    String officerName = first.rows().getFirst().userName();
    assertThat(reviews.awaiting(officer, new BreakGlassReviews.Query(1, officerName)).matching())
        .isEqualTo(USES);
  }

  @Test
  void reviewedUsesLeaveTheAwaitingListForTheReviewedOneLastReviewedFirst() {
    for (BreakGlassGrant g :
        reviews.awaiting(officer, new BreakGlassReviews.Query(1, "Hart")).rows()) {
      clock.advance(Duration.ofMinutes(1));
      breakGlass.review(officer, g.id(), g.version(), BreakGlass.APPROPRIATE, null);
    }
    Paged<BreakGlassGrant> reviewed = reviews.reviewed(officer, BreakGlassReviews.Query.first());
    assertThat(reviewed.matching()).isEqualTo(BreakGlassReviews.AWAITING_PAGE);
    assertThat(reviewed.rows()).allMatch(g -> g.childName().equals("Leo Hart"));
    assertThat(reviewed.rows().getFirst().reviewedAt())
        .isAfter(reviewed.rows().getLast().reviewedAt());
    assertThat(reviews.awaiting(officer, BreakGlassReviews.Query.first()).matching())
        .isEqualTo(USES - BreakGlassReviews.AWAITING_PAGE);
    assertThat(reviews.reviewed(officer, new BreakGlassReviews.Query(1, "Moss")).matching())
        .isZero();
  }

  @Test
  void thePagesKeepTheSearchInTheirLinksAndAReviewReturnsToTheSamePage() throws Exception {
    MockMvc mvc = Pages.mockMvc(context);
    Document page =
        Pages.html(
            mvc.perform(
                    get("/audit/break-glass")
                        .param("search", "Lowe")
                        .param("page", "2")
                        .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select(".lantern-list-count").text()).isEqualTo("Showing 21 to 40 of 100");
    assertThat(page.select("#search").val()).isEqualTo("Lowe");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=3")
        .contains("search=Lowe");
    assertThat(page.select("form[action^=/audit/break-glass/] input[name=listPage]").first().val())
        .isEqualTo("2");

    String action = page.select("form[action^=/audit/break-glass/]").first().attr("action");
    String version = page.select("input[name=version]").first().val();
    mvc.perform(
            post(action)
                .param("outcome", BreakGlass.APPROPRIATE)
                .param("version", version)
                .param("listPage", "2")
                .param("listSearch", "Lowe")
                .with(csrf())
                .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE))))
        .andExpect(redirectedUrl("/audit/break-glass?page=2&search=Lowe"));

    Document reviewed =
        Pages.html(
            mvc.perform(
                    get("/audit/break-glass/reviewed")
                        .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(reviewed.select("table.lantern-stack tbody tr")).hasSize(1);
    assertThat(reviewed.select("tbody td[data-label]").eachText())
        .anyMatch(t -> t.contains("Kit Lowe"));
  }
}
