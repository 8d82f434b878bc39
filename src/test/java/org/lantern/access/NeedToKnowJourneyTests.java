package org.lantern.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher who referred a child opens the child's file: they see their referral and its outcome,
 * what they are not shown and how to ask for more — and not the hospital's concern or the police
 * missing report on the same child.
 */
class NeedToKnowJourneyTests extends BrowserJourney {

  @Autowired ConcernSubmission submission;
  @Autowired FrontDoor frontDoor;
  @Autowired Episodes episodes;

  @Test
  void aTeacherWhoReferredSeesTheirReferralAndItsOutcomeOnly() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String schoolText = "SCHOOL-" + tag + " collected from the school gate by an older man.";
    String healthText = "HEALTH-" + tag + " seen twice at the emergency department.";
    String policeReference = "MP-JNY-" + tag;
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    UUID referral = concern(teacher, child, schoolText);
    concern(p.user(Role.HEALTH_SAFEGUARDING_LEAD), child, healthText);
    CurrentUser fd = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        fd,
        referral,
        frontDoor.open(fd, referral).concern().version(),
        ThresholdDecision.EARLY_HELP,
        "Early help offer to the family",
        null);
    Instant missing = clock.instant().minus(Duration.ofDays(2));
    episodes.record(
        p.user(Role.POLICE),
        null,
        new EpisodeDetails(
            child.id(),
            policeReference,
            MissingFrom.HOME,
            missing,
            "Home address",
            missing.plus(Duration.ofHours(12)),
            "Town centre",
            null,
            null,
            RiskGrading.MEDIUM));

    signIn(teacher.username());
    visit("/children/" + child.id());

    assertThat(page.locator("h1")).hasText(child.fullName());
    assertThat(page.locator("main")).containsText(schoolText);
    assertThat(page.locator(".lantern-chronology")).containsText("Early help");
    assertThat(page.locator("main")).not().containsText(healthText);
    assertThat(page.locator("main")).not().containsText(policeReference);
    assertThat(page.locator(".lantern-need-to-know")).containsText("Not shown to you");
    assertThat(page.locator(".lantern-hidden-sections"))
        .containsText("Missing episodes and return interviews");
    assertThat(page.locator(".lantern-need-to-know a"))
        .hasAttribute("href", "/break-glass/" + child.id());
    assertAccessible();

    assertThat(link("Download this record as a PDF (what you are shown here)")).isVisible();
    page.locator(".lantern-chronology a").first().click();
    assertThat(page).hasURL(Pattern.compile("/concerns/" + referral + "$"));
    assertThat(page.locator("main")).containsText(schoolText);
    assertThat(page.locator(".lantern-decision")).containsText("Early help");
    assertThat(page.locator("main")).not().containsText(healthText);
    assertThat(page.locator("main")).not().containsText(policeReference);
    assertAccessible();
  }

  private UUID concern(CurrentUser by, ChildSummary child, String text) {
    return submission.raise(
        by,
        ChildChoice.existing(child.id()),
        new ConcernContent(text, LocalDate.now(clock), "School", false, Set.of()),
        UUID.randomUUID().toString(),
        List.of());
  }
}
