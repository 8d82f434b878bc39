package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The front door's queue: most urgent first, a page at a time, searchable, and who has what. */
@IntegrationTest
class FrontDoorQueueIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired FrontDoor frontDoor;
  @Autowired FrontDoorQueue queue;
  @Autowired ConcernSubmission submission;
  @Autowired ReferralSettings settings;
  @Autowired MutableClock clock;
  @Autowired Directory directory;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void immediateDangerComesFirstThenOverdueThenTheOldest() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    ChildSummary child = fixtures.child(p);
    UUID overdue = fixtures.concern(teacher, child);
    clock.advance(settings.decisionTarget().plusHours(1));
    UUID older = fixtures.concern(teacher, child);
    clock.advance(Duration.ofMinutes(30));
    UUID newer = fixtures.concern(teacher, child);
    clock.advance(Duration.ofMinutes(30));
    UUID danger = danger(teacher, child);

    FrontDoorQueue.Page page = queue.page(p.user(Role.FRONT_DOOR), FrontDoorQueue.Query.all());

    assertThat(ids(page)).containsExactly(danger, overdue, older, newer);
    assertThat(page.waiting()).isEqualTo(4);
  }

  @Test
  void aLongQueueComesAPageAtATimeAndEveryImmediateDangerIsOnTheFirstPage() throws Exception {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    ChildSummary child = fixtures.child(p);
    int size = settings.queuePageSize();
    UUID oldest = fixtures.concern(teacher, child);
    for (int i = 1; i < size + 5; i++) {
      clock.advance(Duration.ofMinutes(1));
      fixtures.concern(teacher, child);
    }
    UUID danger = danger(teacher, child);
    CurrentUser worker = p.user(Role.FRONT_DOOR);

    FrontDoorQueue.Page first = queue.page(worker, FrontDoorQueue.Query.all());
    FrontDoorQueue.Page second = queue.page(worker, page(2));

    assertThat(first.waiting()).isEqualTo(size + 6);
    assertThat(first.rows().rows()).hasSize(size);
    assertThat(first.rows().matching()).isEqualTo(size + 6);
    assertThat(ids(first)).startsWith(danger, oldest);
    assertThat(second.rows().rows()).hasSize(6);
    assertThat(second.rows().firstShown()).isEqualTo(size + 1);
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    assertThat(queue.page(worker, page(99)).rows().page())
        .as("a page past the end shows the last")
        .isEqualTo(2);

    // The page itself: pagination links keep the filters, the second page is marked current.
    Document html =
        Pages.html(
            mvc.perform(
                    get("/front-door")
                        .param("page", "2")
                        .param("channel", "WRITTEN")
                        .with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR))))
                .andReturn());
    assertThat(html.select("main").text()).contains("Showing " + (size + 1) + " to ");
    assertThat(html.select(".govuk-pagination__item--current").text()).isEqualTo("2");
    assertThat(html.select(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/front-door?channel=WRITTEN");
    assertThat(html.select(".govuk-pagination__item a").eachAttr("href"))
        .contains("/front-door?channel=WRITTEN", "/front-door?page=2&channel=WRITTEN");
  }

  @Test
  void searchesByNameOrReferenceAndFiltersByDistrictIndicatorAndChannel() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    ChildSummary ellie =
        fixtures.child(p, "Elowen", "Marchbank" + p.suffix(), LocalDate.of(2011, 3, 4));
    ChildSummary other = fixtures.child(p);
    UUID nowhere = directory.createDistrict(p.id(), "Elsewhere " + p.suffix());
    ChildSummary elsewhere =
        fixtures.child(
            p,
            aChild("Tamsin", "Ovendale")
                .sex(Sex.FEMALE)
                .born(2012, 5, 6)
                .district(nowhere)
                .build());
    UUID aboutEllie = fixtures.concern(teacher, ellie, RiskIndicator.MISSING);
    UUID aboutOther = fixtures.concern(teacher, other);
    UUID phoned = fixtures.verbalConcern(worker, teacher, other);
    UUID aboutElsewhere = fixtures.concern(teacher, elsewhere);
    String reference = frontDoor.open(worker, aboutOther).concern().reference();

    assertThat(ids(queue.page(worker, search("  eLOWen  marchbank")))).containsExactly(aboutEllie);
    assertThat(ids(queue.page(worker, search(reference.toLowerCase()))))
        .containsExactly(aboutOther);
    assertThat(
            ids(
                queue.page(
                    worker, new FrontDoorQueue.Query(1, null, null, RiskIndicator.MISSING, null))))
        .containsExactly(aboutEllie);
    assertThat(
            ids(queue.page(worker, new FrontDoorQueue.Query(1, null, null, null, Channel.VERBAL))))
        .containsExactly(phoned);
    assertThat(ids(queue.page(worker, new FrontDoorQueue.Query(1, null, nowhere, null, null))))
        .containsExactly(aboutElsewhere);
    FrontDoorQueue.Page none = queue.page(worker, search("no such child"));
    assertThat(none.rows().rows()).isEmpty();
    assertThat(none.waiting()).as("still says how many wait in all").isEqualTo(4);
  }

  @Test
  void aWorkerPicksAConcernUpTheOthersSeeWhoAndSinceWhenAndItIsPutDownWhenDecided() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser priya = p.user(Role.FRONT_DOOR);
    CurrentUser sam = secondFrontDoorWorker(p);
    ChildSummary child = fixtures.child(p);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);

    frontDoor.pickUp(priya, concern);

    FrontDoorQueue.PickedUp seen =
        queue.page(sam, FrontDoorQueue.Query.all()).pickedUp().get(concern);
    assertThat(seen.name()).isEqualTo(priya.displayName());
    assertThat(seen.since()).isEqualTo(clock.instant());
    assertThat(frontDoor.putDown(sam, concern))
        .as("only the one holding it puts it down")
        .isFalse();
    assertThat(frontDoor.pickedUp(concern)).get().extracting(h -> h.userId()).isEqualTo(priya.id());

    clock.advance(Duration.ofMinutes(5));
    frontDoor.pickUp(sam, concern);
    assertThat(frontDoor.pickedUp(concern)).get().extracting(h -> h.userId()).isEqualTo(sam.id());
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.PUT_DOWN_CONCERN)
        .extracting(AuditEntry::purpose)
        .containsExactly("taken over from " + priya.displayName());

    long version = frontDoor.open(sam, concern).concern().version();
    frontDoor.decide(
        sam, concern, version, ThresholdDecision.NO_FURTHER_ACTION, "Not needed", null);
    assertThat(frontDoor.pickedUp(concern)).isEmpty();
    assertThatThrownBy(() -> frontDoor.pickUp(priya, concern))
        .isInstanceOf(ConcernChangedException.class);
  }

  @Test
  void pickingUpLeavesTheConcernsVersionSoAnOpenDecisionFormStillWorks() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), fixtures.child(p));
    long version = frontDoor.open(worker, concern).concern().version();

    frontDoor.pickUp(worker, concern);
    frontDoor.decide(
        worker, concern, version, ThresholdDecision.EARLY_HELP, "Early help fits", null);

    assertThat(frontDoor.open(worker, concern).concern().isDecided()).isTrue();
  }

  private UUID danger(CurrentUser teacher, ChildSummary child) {
    return submission.raise(
        teacher,
        ChildChoice.existing(child.id()),
        new ConcernContent("Taken away in a car now", LocalDate.now(), null, true, Set.of()),
        UUID.randomUUID().toString(),
        List.of());
  }

  private CurrentUser secondFrontDoorWorker(TestPartnership p) {
    CurrentUser first = p.user(Role.FRONT_DOOR);
    String username = "front-door-2-" + p.suffix();
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                "Sam Second",
                username + "@test.invalid",
                TestPartnership.PASSWORD,
                Role.FRONT_DOOR,
                first.agencyId(),
                null));
    UserView view = directory.user(id).orElseThrow();
    return new CurrentUser(
        id,
        username,
        view.displayName(),
        Role.FRONT_DOOR,
        first.agencyId(),
        view.agencyName(),
        p.id(),
        null);
  }

  private static FrontDoorQueue.Query page(int n) {
    return new FrontDoorQueue.Query(n, null, null, null, null);
  }

  private static FrontDoorQueue.Query search(String text) {
    return new FrontDoorQueue.Query(1, text, null, null, null);
  }

  private static List<UUID> ids(FrontDoorQueue.Page page) {
    return page.rows().rows().stream().map(r -> r.concern().id()).toList();
  }
}
