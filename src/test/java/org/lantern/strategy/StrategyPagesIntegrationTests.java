package org.lantern.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.casework.TeamRouting;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.strategy.data.StrategyMeetings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The strategy pages through the whole stack: the decision's discussion on the child's record, the
 * form refusing by the field (nothing saved), then recorded; a conference with no social worker
 * refused, then a plan on the file.
 */
@IntegrationTest
class StrategyPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor door;
  @Autowired MutableClock clock;
  @Autowired StrategyMeetings stored;
  @Autowired TransactionTemplate transaction;

  StrategyScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new StrategyScenario(fixtures, routing, door, clock);
  }

  @Test
  void fromTheDecisionToAPlanOnTheFile() throws Exception {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    UUID id = transaction.execute(tx -> stored.aboutChild(child.id()).getFirst().id());
    Document file = Pages.html(page("/children/" + child.id(), s.frontDoor));
    assertThat(file.select("#strategy-meetings").text()).isNotEmpty();
    assertThat(file.select("a[href=/strategy/meetings/" + id + "]")).hasSize(1);

    Document form = Pages.html(page("/strategy/meetings/" + id + "/record", s.frontDoor));
    assertThat(form.select("input[name=invited]")).isNotEmpty();
    clock.advance(Duration.ofMinutes(30));
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    String time =
        LocalTime.now(clock.withZone(LanternTime.ZONE)).withSecond(0).withNano(0).toString();

    MvcResult refused =
        send(
            held(id, today, time)
                .param("invited", s.health.id().toString())
                .param("attended", s.health.id().toString())
                .param("actions[0].description", "Visit at home")
                .param("actions[0].dueOn.day", String.valueOf(today.getDayOfMonth()))
                .param("actions[0].dueOn.month", String.valueOf(today.getMonthValue()))
                .param("actions[0].dueOn.year", String.valueOf(today.getYear())));
    assertThat(refused.getResponse().getStatus()).isEqualTo(200);
    Document errors = Pages.html(refused);
    assertThat(errors.select(".govuk-error-summary").text()).contains("Invite the police");
    Boolean held = transaction.execute(tx -> stored.findById(id).orElseThrow().isHeld());
    assertThat(held).isFalse();

    MvcResult saved =
        send(
            held(id, today, time)
                .param("invited", s.police.id().toString(), s.health.id().toString())
                .param("attended", s.police.id().toString(), s.health.id().toString())
                .param("actions[0].description", "Visit at home")
                .param("actions[0].owner", s.worker.id().toString())
                .param("actions[0].dueOn.day", String.valueOf(today.getDayOfMonth()))
                .param("actions[0].dueOn.month", String.valueOf(today.getMonthValue()))
                .param("actions[0].dueOn.year", String.valueOf(today.getYear())));
    assertThat(saved.getResponse().getStatus()).isEqualTo(302);
    Document meeting = Pages.html(page("/strategy/meetings/" + id, s.police));
    assertThat(meeting.text())
        .contains("Initial child protection conference")
        .contains("Visit at home");

    String conference = "/children/" + child.id() + "/conferences";
    Document conferenceForm = Pages.html(page(conference + "/new?discussion=" + id, s.frontDoor));
    assertThat(conferenceForm.select("select#socialWorker option")).isNotEmpty();
    MvcResult noWorker =
        send(
            post(conference)
                .param("discussion", id.toString())
                .param("kind", "INITIAL")
                .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                .param("heldOn.month", String.valueOf(today.getMonthValue()))
                .param("heldOn.year", String.valueOf(today.getYear()))
                .param("plan", "yes")
                .param("category", "SEXUAL"));
    assertThat(noWorker.getResponse().getStatus()).isEqualTo(200);
    assertThat(Pages.html(noWorker).select("#socialWorker-error").text())
        .contains("lead social worker");

    MvcResult planned =
        send(
            post(conference)
                .param("discussion", id.toString())
                .param("kind", "INITIAL")
                .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                .param("heldOn.month", String.valueOf(today.getMonthValue()))
                .param("heldOn.year", String.valueOf(today.getYear()))
                .param("socialWorker", s.worker.id().toString())
                .param("plan", "yes")
                .param("category", "SEXUAL"));
    assertThat(planned.getResponse().getStatus()).isEqualTo(302);
    Document after = Pages.html(page("/children/" + child.id(), s.frontDoor));
    assertThat(after.text()).contains("On a child protection plan (Sexual abuse)");
  }

  @Test
  void anEmptyMeetingRecordOrConferenceNamesEveryMissingFieldAtOnce() throws Exception {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    UUID id = transaction.execute(tx -> stored.aboutChild(child.id()).getFirst().id());

    MvcResult meeting = send(post("/strategy/meetings/" + id + "/record").param("version", "0"));
    assertThat(meeting.getResponse().getStatus()).isEqualTo(200);
    assertThat(Pages.html(meeting).select(".govuk-error-summary a").eachAttr("href"))
        .as("every problem in one summary, not one per submission")
        .contains("#heldOn", "#invited", "#attended", "#known", "#decision", "#reasons");
    Boolean held = transaction.execute(tx -> stored.findById(id).orElseThrow().isHeld());
    assertThat(held).isFalse();

    MvcResult conference = send(post("/children/" + child.id() + "/conferences"));
    assertThat(conference.getResponse().getStatus()).isEqualTo(200);
    Document refused = Pages.html(conference);
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#kind", "#heldOn", "#socialWorker", "#plan");
    assertThat(refused.select("#socialWorker-error").text()).contains("lead social worker");
  }

  /**
   * A date that cannot be read used to be the only error shown: the rules behind the form were not
   * asked until it was fixed, so the other missing fields came one submission later.
   */
  @Test
  void aMistypedDateIsNamedWithEveryOtherProblemAndNothingIsSaved() throws Exception {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    UUID id = transaction.execute(tx -> stored.aboutChild(child.id()).getFirst().id());

    MvcResult meeting =
        send(
            post("/strategy/meetings/" + id + "/record")
                .param("version", "0")
                .param("heldOn.day", "31")
                .param("heldOn.month", "2")
                .param("heldOn.year", "2026")
                .param("heldTime", "10:00")
                .param("nextReviewOn.day", "40"));
    assertThat(meeting.getResponse().getStatus()).isEqualTo(200);
    Document page = Pages.html(meeting);
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#heldOn", "#invited", "#attended", "#known", "#decision", "#reasons");
    assertThat(page.select("#heldOn-error").text()).contains("as a real date");
    Boolean held = transaction.execute(tx -> stored.findById(id).orElseThrow().isHeld());
    assertThat(held).isFalse();

    MvcResult conference =
        send(
            post("/children/" + child.id() + "/conferences")
                .param("heldOn.day", "12")
                .param("heldOn.month", "13")
                .param("heldOn.year", "2026"));
    assertThat(conference.getResponse().getStatus()).isEqualTo(200);
    assertThat(Pages.html(conference).select(".govuk-error-summary a").eachAttr("href"))
        .containsExactlyInAnyOrder("#kind", "#heldOn", "#socialWorker", "#plan");
  }

  @Test
  void brothersAndSistersAreStartedTogetherAndWhatIsNotAChildIsLeftOut() throws Exception {
    ChildSummary sister = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY);
    ChildSummary brother = s.child();
    String start = "/children/" + sister.id() + "/strategy";

    Document page =
        Pages.html(page(start + "/new?with=" + brother.id() + "&with=not-a-child", s.frontDoor));
    assertThat(page.select("#meeting-children li")).hasSize(2);
    assertThat(page.select("#meeting-children input[name=with]").eachAttr("value"))
        .containsExactly(brother.id().toString());
    assertThat(page.select("#add-sibling").attr("href"))
        .contains("for=strategy")
        .contains(sister.id() + ".STRATEGY_DISCUSSION." + brother.id());

    MvcResult started =
        send(
            post(start)
                .param("kind", "STRATEGY_DISCUSSION")
                .param("with", brother.id().toString(), sister.id().toString(), "x"));
    assertThat(started.getResponse().getStatus()).isEqualTo(302);
    Set<UUID> about =
        transaction.execute(
            tx -> Set.copyOf(stored.aboutChild(brother.id()).getFirst().childIds()));
    assertThat(about).containsExactlyInAnyOrder(sister.id(), brother.id());
  }

  @Test
  void theSearchForABrotherOrSisterLeadsBackToTheStartPageWithTheChildAdded() throws Exception {
    ChildSummary sister = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY);
    ChildSummary brother = s.child();
    Document found =
        Pages.html(
            page(
                "/children/find?for=strategy&search=1&name="
                    + brother.fullName().replace(' ', '+')
                    + "&context="
                    + sister.id()
                    + ".RISK_MANAGEMENT",
                s.frontDoor));
    assertThat(found.select("input[name=context]").attr("value"))
        .isEqualTo(sister.id() + ".RISK_MANAGEMENT");
    assertThat(found.select("a:contains(Add to the meeting)").eachAttr("href"))
        .contains(
            "/children/" + sister.id() + "/strategy/new?kind=RISK_MANAGEMENT&with=" + brother.id());
  }

  private MockHttpServletRequestBuilder held(UUID id, LocalDate day, String time) {
    return post("/strategy/meetings/" + id + "/record")
        .param("version", "0")
        .param("heldOn.day", String.valueOf(day.getDayOfMonth()))
        .param("heldOn.month", String.valueOf(day.getMonthValue()))
        .param("heldOn.year", String.valueOf(day.getYear()))
        .param("heldTime", time)
        .param("known", "Known to police and health")
        .param("decision", "INITIAL_CHILD_PROTECTION_CONFERENCE")
        .param("reasons", "Significant harm");
  }

  private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(as(s.frontDoor))).andReturn();
  }

  private MvcResult page(String path, CurrentUser who) throws Exception {
    MvcResult result = mvc.perform(get(path).with(as(who))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return result;
  }

  private RequestPostProcessor as(CurrentUser who) {
    return Pages.signedInAs(users, who.username());
  }
}
