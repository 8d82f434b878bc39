package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
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

/** A referrer's own referrals: newest first, a page at a time, searchable and filtered. */
@IntegrationTest
class MyReferralsIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Referrals referrals;
  @Autowired FrontDoor frontDoor;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void aLongListComesAPageAtATimeNewestFirst() throws Exception {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    ChildSummary child = fixtures.child(p);
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      made.add(fixtures.concern(teacher, child));
      clock.advance(Duration.ofMinutes(1));
    }

    Paged<ConcernRow> first = referrals.mine(teacher, Referrals.MineQuery.all());
    Paged<ConcernRow> last =
        referrals.mine(
            teacher,
            new Referrals.MineQuery(7, null, ReferralFilter.ALL, Referrals.MineQuery.sort(null)));

    assertThat(first.matching()).isEqualTo(30);
    assertThat(first.rows()).hasSize(25);
    assertThat(first.rows().getFirst().concern().id()).isEqualTo(made.getLast());
    assertThat(last.page()).as("past the end shows the last page").isEqualTo(2);
    assertThat(last.rows()).hasSize(5);
    assertThat(last.rows().getLast().concern().id()).isEqualTo(made.getFirst());

    Document html =
        Pages.html(
            mvc.perform(
                    get("/referrals")
                        .param("page", "2")
                        .param("showing", "NEW")
                        .with(Pages.signedInAs(users, p.username(Role.PRACTITIONER))))
                .andReturn());
    assertThat(html.select("table tbody tr")).hasSize(5);
    assertThat(html.select(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/referrals?showing=NEW");
    assertThat(html.select("#showing option[selected]").val()).isEqualTo("NEW");
  }

  @Test
  void searchesByChildsNameOrReferenceAndShowsDecidedOrWaiting() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    ChildSummary rowan =
        fixtures.child(p, "Rowena", "Quillfeather" + p.suffix(), LocalDate.of(2012, 2, 2));
    ChildSummary other = fixtures.child(p);
    UUID aboutRowan = fixtures.concern(teacher, rowan);
    UUID aboutOther = fixtures.concern(teacher, other);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    var file = frontDoor.open(worker, aboutOther);
    frontDoor.decide(
        worker,
        aboutOther,
        file.concern().version(),
        ThresholdDecision.EARLY_HELP,
        "Early help suits the family",
        null);

    assertThat(ids(query(teacher, "quillFEATHER", ReferralFilter.ALL))).containsExactly(aboutRowan);
    assertThat(ids(query(teacher, file.concern().reference().toLowerCase(), ReferralFilter.ALL)))
        .containsExactly(aboutOther);
    assertThat(ids(query(teacher, null, ReferralFilter.DECIDED))).containsExactly(aboutOther);
    assertThat(ids(query(teacher, null, ReferralFilter.NEW))).containsExactly(aboutRowan);
    assertThat(ids(query(teacher, "nobody of that name", ReferralFilter.ALL))).isEmpty();
    assertThat(ids(query(p.user(Role.POLICE), null, ReferralFilter.ALL)))
        .as("only the person's own")
        .isEmpty();
  }

  @Test
  void theColumnsSortByWhenSentOrWhereItStandsEitherWay() throws Exception {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    ChildSummary child = fixtures.child(p);
    UUID oldest = fixtures.concern(teacher, child);
    clock.advance(Duration.ofMinutes(1));
    UUID decided = fixtures.concern(teacher, child);
    clock.advance(Duration.ofMinutes(1));
    UUID newest = fixtures.concern(teacher, child);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    var file = frontDoor.open(worker, decided);
    frontDoor.decide(
        worker,
        decided,
        file.concern().version(),
        ThresholdDecision.EARLY_HELP,
        "Early help suits the family",
        null);

    assertThat(ids(sorted(teacher, "sent"))).containsExactly(oldest, decided, newest);
    assertThat(ids(sorted(teacher, "sent-desc"))).containsExactly(newest, decided, oldest);
    // up is the front door's path: with the front door (newest first), then decided
    assertThat(ids(sorted(teacher, "status"))).containsExactly(newest, oldest, decided);
    assertThat(ids(sorted(teacher, "status-desc"))).containsExactly(decided, newest, oldest);

    Document html =
        Pages.html(
            mvc.perform(
                    get("/referrals")
                        .param("sort", "status")
                        .param("showing", "ALL")
                        .with(Pages.signedInAs(users, p.username(Role.PRACTITIONER))))
                .andReturn());
    assertThat(html.select("th[aria-sort=ascending] a").attr("href"))
        .contains("sort=status-desc")
        .contains("showing=ALL");
    assertThat(html.select("th[aria-sort=none] a").attr("href")).contains("sort=sent");
    assertThat(html.select("form[role=search] input[name=sort]").val()).isEqualTo("status");
  }

  private Paged<ConcernRow> sorted(CurrentUser user, String sort) {
    return referrals.mine(
        user, new Referrals.MineQuery(1, null, ReferralFilter.ALL, Referrals.MineQuery.sort(sort)));
  }

  private Paged<ConcernRow> query(CurrentUser user, String search, ReferralFilter showing) {
    return referrals.mine(
        user, new Referrals.MineQuery(1, search, showing, Referrals.MineQuery.sort(null)));
  }

  private static List<UUID> ids(Paged<ConcernRow> page) {
    return page.rows().stream().map(r -> r.concern().id()).toList();
  }
}
