package org.lantern.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.Episodes;
import org.lantern.people.ChildSummary;
import org.lantern.people.PossibleMatch;
import org.lantern.people.PossibleMatches;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the front door sees of a description that may be a child Lantern already knew: on the queue,
 * on the concern ("this child may already be known as …", the two side by side), the decision page
 * with its errors, the move page; and what the referrer is told.
 */
@IntegrationTest
class PossibleMatchViewTests {

  static final LocalDate BORN = LocalDate.of(2013, 5, 5);

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired PossibleMatches matches;
  @Autowired Episodes episodes;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor frontDoor;
  RequestPostProcessor teacher;
  ChildSummary oliver;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    frontDoor = Pages.signedInAs(users, p.username(Role.FRONT_DOOR));
    teacher = Pages.signedInAs(users, p.username(Role.PRACTITIONER));
    oliver =
        fixtures.child(
            p,
            aChild("Oliver", "Twinsbury")
                .sex(Sex.MALE)
                .born(BORN)
                .district(p.districtId())
                .build());
  }

  @Test
  void theReferrerIsToldANewRecordWasMadeButNotWhomItMayBe() throws Exception {
    UUID concern = describeOlivia();

    Document receipt = page(get("/concerns/" + concern + "/submitted"), teacher);

    assertThat(receipt.text())
        .contains("Lantern has made a new record for this child.")
        .contains("Olivia Twinsbury")
        .doesNotContain("Oliver");
  }

  @Test
  void theFrontDoorSeesTheTwoSideBySideOnTheQueueAndTheConcern() throws Exception {
    UUID concern = describeOlivia();

    Document queue = page(get("/front-door"), frontDoor);
    Element row = queue.selectFirst("tr:has(a[href=/front-door/concerns/" + concern + "])");
    assertThat(row.select(".govuk-tag").eachText()).contains("May already be known");

    Document triage = page(get("/front-door/concerns/" + concern), frontDoor);
    Element banner = triage.selectFirst("[aria-labelledby=possible-matches-title]");
    assertThat(banner.text())
        .contains("This child may already be known to Lantern as Oliver Twinsbury.");
    assertThat(levels(banner.selectFirst("table")))
        .containsExactly(
            "First name Olivia Oliver Different",
            "Last name Twinsbury Twinsbury Same",
            "Middle names Not given Not given Not given on both",
            "Date of birth 5 May 2013 5 May 2013 Same",
            "Sex Female Male Different",
            "NHS number Not given Not given Not given on both",
            "Unique pupil number Not given Not given Not given on both");
    PossibleMatch match =
        matches.waitingFor(p.user(Role.FRONT_DOOR), childOf(concern), "t").getFirst();
    assertThat(banner.selectFirst("a.govuk-button").attr("href"))
        .isEqualTo("/possible-matches/" + match.id() + "?back=/front-door/concerns/" + concern);
    Element described = triage.selectFirst(".lantern-described");
    assertThat(described.text())
        .contains("The child as the referrer described them")
        .contains("Lantern made a new record, and asked the front door");
    assertThat(triage.select("a[href=/concerns/" + concern + "/move]")).hasSize(1);
  }

  @Test
  void theDecisionPageAsksForTheDecisionAndWhyThenJoinsAndGoesBackToTheConcern() throws Exception {
    UUID concern = describeOlivia();
    PossibleMatch match =
        matches.waitingFor(p.user(Role.FRONT_DOOR), childOf(concern), "t").getFirst();
    String back = "/front-door/concerns/" + concern;

    Document pair = page(get("/possible-matches/" + match.id()).param("back", back), frontDoor);
    assertThat(pair.selectFirst("h1").text())
        .isEqualTo("Are Olivia Twinsbury and Oliver Twinsbury the same child?");
    assertThat(pair.select("input[name=decision]")).hasSize(2);

    Document errors =
        page(
            post("/possible-matches/" + match.id())
                .param("version", String.valueOf(match.version()))
                .param("back", back)
                .with(csrf()),
            frontDoor);
    assertThat(errors.title()).startsWith("Error: ");
    assertThat(errors.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#decision", "#reason");

    mvc.perform(
            post("/possible-matches/" + match.id())
                .param("version", String.valueOf(match.version()))
                .param("back", back)
                .param("decision", "JOIN")
                .param("reason", "Confirmed with the school.")
                .with(csrf())
                .with(frontDoor))
        .andExpect(redirectedUrl(back));
    Document triage = page(get(back), frontDoor);
    assertThat(triage.selectFirst("h1").text()).isEqualTo("Oliver Twinsbury");
    assertThat(triage.select("[aria-labelledby=possible-matches-title]")).isEmpty();
  }

  @Test
  void theCoordinatorResolvesFromTheConcernsPageAndComesBackToIt() throws Exception {
    UUID concern = describeOlivia();
    RequestPostProcessor coordinator =
        Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR));

    Document page = page(get("/concerns/" + concern), coordinator);
    Element banner = page.selectFirst("[aria-labelledby=possible-matches-title]");
    assertThat(banner.text()).contains("may already be known to Lantern as Oliver Twinsbury");
    PossibleMatch match =
        matches.waitingFor(p.user(Role.FRONT_DOOR), childOf(concern), "t").getFirst();
    assertThat(banner.selectFirst("a.govuk-button").attr("href"))
        .isEqualTo("/possible-matches/" + match.id() + "?back=/concerns/" + concern);
    assertThat(page.select("a[href=/concerns/" + concern + "/move]")).hasSize(1);

    mvc.perform(
            post("/concerns/" + concern + "/move")
                .param("version", "0")
                .param("target", oliver.id().toString())
                .param("reason", "The school confirmed it is Oliver.")
                .with(csrf())
                .with(coordinator))
        .andExpect(redirectedUrl("/concerns/" + concern));
    assertThat(page(get("/concerns/" + concern), coordinator).selectFirst("h1").text())
        .isEqualTo("Oliver Twinsbury");
  }

  @Test
  void aDecisionPageGoesBackOnlyToLanternsOwnPages() throws Exception {
    UUID concern = describeOlivia();
    PossibleMatch match =
        matches.waitingFor(p.user(Role.FRONT_DOOR), childOf(concern), "t").getFirst();

    mvc.perform(
            post("/possible-matches/" + match.id())
                .param("version", String.valueOf(match.version()))
                .param("back", "//evil.example/")
                .param("decision", "KEEP_APART")
                .param("reason", "Twins.")
                .with(csrf())
                .with(frontDoor))
        .andExpect(redirectedUrl("/possible-matches"));
  }

  @Test
  void onlyTheFrontDoorAndTheCoordinatorSeePossibleMatches() throws Exception {
    describeOlivia();

    Document list = page(get("/possible-matches"), frontDoor);
    assertThat(list.select("tbody tr")).hasSize(1);
    assertThat(list.selectFirst("tbody tr").text())
        .contains("Olivia Twinsbury")
        .contains("Oliver Twinsbury")
        .contains("First name")
        .contains("Sex");
    page(
        get("/possible-matches"),
        Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR)));
    mvc.perform(get("/possible-matches").with(teacher)).andExpect(status().isForbidden());
  }

  @Test
  void theMovePageOffersANewRecordFromTheDescriptionAndMovesTheConcern() throws Exception {
    UUID concern = describeOlivia();

    Document move = page(get("/concerns/" + concern + "/move"), frontDoor);
    assertThat(move.select("label[for^=target]").eachText())
        .contains("Oliver Twinsbury", "A new record for Olivia Twinsbury, as described");

    Document errors =
        page(post("/concerns/" + concern + "/move").param("version", "0").with(csrf()), frontDoor);
    assertThat(errors.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#target", "#reason");

    mvc.perform(
            post("/concerns/" + concern + "/move")
                .param("version", "0")
                .param("target", oliver.id().toString())
                .param("reason", "The school confirmed it is Oliver.")
                .with(csrf())
                .with(frontDoor))
        .andExpect(redirectedUrl("/front-door/concerns/" + concern));
    assertThat(childOf(concern)).isEqualTo(oliver.id());
  }

  @Test
  void aMissingEpisodeShowsWhomThePoliceDescribedAndTheFrontDoorCanMoveIt() throws Exception {
    UUID episode =
        episodes
            .recordDescribed(
                p.user(Role.POLICE),
                "NICHE",
                "NICHE",
                aChild("Olly", "Twinsbury").born(BORN).build(),
                new EpisodeRules.Fields(
                    "MP-2026-000200",
                    "HOME",
                    Instant.parse("2026-11-16T22:30:00Z"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "MEDIUM"))
            .episodeId();

    Document file = page(get("/children/" + oliver.id()), frontDoor);
    assertThat(file.select("#missing-episodes ~ table").text())
        .contains("Described as Olly Twinsbury, born 5 May 2013");
    assertThat(file.select("a[href=/missing/episodes/" + episode + "/move]")).hasSize(1);
    Document police =
        page(
            get("/children/" + oliver.id()),
            Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR)));
    assertThat(police.select("a[href=/missing/episodes/" + episode + "/move]")).hasSize(1);

    Document move = page(get("/missing/episodes/" + episode + "/move"), frontDoor);
    assertThat(move.select("label[for^=target]").eachText())
        .contains("A new record for Olly Twinsbury, as described");
  }

  // ---------------------------------------------------------------------------------------------

  /** The teacher describes Olivia Twinsbury, female, born the same day as Oliver; the concern. */
  private UUID describeOlivia() throws Exception {
    String location =
        mvc.perform(
                post("/concerns/new")
                    .param("token", UUID.randomUUID().toString())
                    .param("newChild", "true")
                    .param("child.givenName", "Olivia")
                    .param("child.familyName", "Twinsbury")
                    .param("child.sex", "FEMALE")
                    .param("child.dateOfBirth.day", "5")
                    .param("child.dateOfBirth.month", "5")
                    .param("child.dateOfBirth.year", "2013")
                    .param("whatHappened", "Seen getting into cars with older men.")
                    .param("occurredOn.day", "17")
                    .param("occurredOn.month", "11")
                    .param("occurredOn.year", "2026")
                    .param("indicators", "SEXUAL_EXPLOITATION")
                    .param("immediateDanger", "no")
                    .with(csrf())
                    .with(teacher))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return UUID.fromString(location.substring(10, 46));
  }

  private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who)
      throws Exception {
    return Pages.html(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn());
  }

  private static List<String> levels(Element table) {
    return table.select("tbody tr").stream().map(Element::text).limit(7).toList();
  }

  private UUID childOf(UUID concern) {
    return jdbc.queryForObject("select child_id from concern where id = ?", UUID.class, concern);
  }
}
