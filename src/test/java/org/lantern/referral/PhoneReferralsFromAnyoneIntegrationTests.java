package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A phone referral from someone without an account: a parent or member of the public owes no
 * written confirmation; a professional does; nobody without an account can be left unreachable.
 */
@IntegrationTest
class PhoneReferralsFromAnyoneIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired PhoneReferrals phoneReferrals;
  @Autowired FrontDoor frontDoor;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  TestPartnership p;
  ChildSummary child;
  CurrentUser worker;

  @BeforeEach
  void setUp() {
    clock.reset();
    p = fixtures.partnership();
    child = fixtures.child(p);
    worker = p.user(Role.FRONT_DOOR);
  }

  @Test
  void aParentsPhoneReferralHasNoConfirmationClockAndShowsWhoTheyAre() {
    UUID id =
        phoned(
            new PhoneReferrer(
                ReferrerKind.PARENT_OR_CARER, "Dana Rowe", "mother", "07700 900123", null, null));

    ConcernView c = frontDoor.open(worker, id).concern();
    assertThat(c.awaitingConfirmation()).isFalse();
    assertThat(c.confirmationDueAt()).isNull();
    assertThat(c.referrerUserId()).isNull();
    assertThat(c.referrerName()).isEqualTo("Dana Rowe (mother)");
    assertThat(c.referrerContact()).isEqualTo("07700 900123");
    assertThat(c.referrerMayBeTold()).isTrue();
  }

  @Test
  void aProfessionalWithoutAnAccountOwesWrittenConfirmationWithin48Hours() {
    UUID id =
        phoned(
            new PhoneReferrer(
                ReferrerKind.PROFESSIONAL,
                "Sam Okafor",
                "youth worker",
                null,
                "sam@youthclub.invalid",
                "Tamsford Youth Club"));

    ConcernView c = frontDoor.open(worker, id).concern();
    assertThat(c.awaitingConfirmation()).isTrue();
    assertThat(c.confirmationDueAt()).isEqualTo(c.submittedAt().plus(Duration.ofHours(48)));
    assertThat(c.referrerAgencyName()).isEqualTo("Tamsford Youth Club");

    frontDoor.confirmationReceived(worker, id, c.version(), "Secure e-mail received.");
    assertThat(frontDoor.open(worker, id).concern().awaitingConfirmation()).isFalse();
  }

  @Test
  void aPhoneReferralWithNoWayToContactTheReferrerIsRefusedByTheFieldAndNothingSaved()
      throws Exception {
    MvcResult result =
        mvc.perform(
                form()
                    .param("referrerKind", "MEMBER_OF_PUBLIC")
                    .param("referrerName", "A neighbour")
                    .param("referrerRelationship", "neighbour"))
            .andExpect(status().isOk())
            .andReturn();

    Document page = Pages.html(result);
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#referrerPhone");
    assertThat(page.select("#referrerPhone-error").text())
        .contains("Enter a phone number or email address");
    assertThat(concerns()).isZero();
  }

  @Test
  void theFormRecordsAMemberOfThePublic() throws Exception {
    MvcResult result =
        mvc.perform(
                form()
                    .param("referrerKind", "MEMBER_OF_PUBLIC")
                    .param("referrerName", "A neighbour")
                    .param("referrerRelationship", "neighbour")
                    .param("referrerEmail", "neighbour@example.invalid"))
            .andReturn();
    assertThat(result.getResponse().getStatus())
        .as(Pages.html(result).select(".govuk-error-summary").text())
        .isEqualTo(302);

    assertThat(concerns()).isEqualTo(1);
    List<String> kinds =
        jdbc.queryForList(
            "select referrer_kind from concern where partnership_id = ?", String.class, p.id());
    assertThat(kinds).containsExactly("MEMBER_OF_PUBLIC");
  }

  private UUID phoned(PhoneReferrer referrer) {
    return phoneReferrals.fromAnyone(
        worker,
        referrer,
        ChildChoice.existing(child.id()),
        new ConcernContent("Seen with older men at night.", null, null, false, Set.of()),
        UUID.randomUUID().toString(),
        List.of());
  }

  private MockHttpServletRequestBuilder form() throws Exception {
    var user = Pages.signedInAs(users, worker.username());
    String address = "/front-door/verbal/new?child=" + child.id();
    Document form =
        Pages.html(mvc.perform(get(address).with(user)).andExpect(status().isOk()).andReturn());
    return post("/front-door/verbal/new")
        .with(user)
        .with(csrf())
        .param("token", form.select("input[name=token]").val())
        .param("childId", child.id().toString())
        .param("newChild", "false")
        .param("immediateDanger", "no")
        .param("occurredOn.day", "10")
        .param("occurredOn.month", "1")
        .param("occurredOn.year", "2026")
        .param("whatHappened", "Seen getting into a car with two adults.")
        .param("indicators", "NONE");
  }

  private long concerns() {
    return jdbc.queryForObject(
        "select count(*) from concern where partnership_id = ?", Long.class, p.id());
  }
}
