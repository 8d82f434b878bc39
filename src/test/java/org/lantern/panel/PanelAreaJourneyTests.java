package org.lantern.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's panel area in the browser: a panel covering two districts, its annual review
 * recorded (a missing field refused by the GOV.UK error summary), one partner's referral accepted
 * onto the planned meeting and another declined with a reason. Axe checks each page type no other
 * journey opens: the annual reviews, the referrals waiting and the decline form.
 */
class PanelAreaJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired DirectReferrals referrals;
  @Autowired Directory directory;

  @Test
  void aPanelAreaOfTwoDistrictsItsAnnualReviewAndPartnersReferralsAcceptedOrDeclined() {
    clock.reset();
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    TestPartnership p = s.start();
    String second = "Second district " + p.suffix();
    UUID secondDistrict = directory.createDistrict(p.id(), second);
    String area = "North area " + p.suffix();
    LocalDate meetingOn = today().plusDays(14);
    panels.configure(
        s.coordinator(),
        s.panelId(),
        new Panels.Settings(
            area,
            Set.of(p.districtId(), secondDistrict),
            s.chair().id(),
            Set.of(p.schoolId(), p.policeId(), p.trustId()),
            2,
            meetingOn),
        panels.of(s.coordinator(), s.panelId()).version());
    meetings.plan(s.coordinator(), s.panelId(), meetingOn);
    ChildSummary accepted = fixtures.child(p);
    ChildSummary declined = fixtures.child(p);
    referrals.record(
        s.coordinator(),
        accepted.id(),
        p.policeId(),
        p.user(Role.POLICE).displayName(),
        "Seen getting into cars outside the school.",
        RiskLevel.HIGH);
    referrals.record(
        s.coordinator(),
        declined.id(),
        p.policeId(),
        p.user(Role.POLICE).displayName(),
        "Missing overnight twice this month.",
        RiskLevel.MEDIUM);

    // The coordinator sees the area with both its districts, and opens its annual reviews.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    goTo("Panels");
    Locator card =
        page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText(area));
    assertThat(card).containsText("District " + p.suffix());
    assertThat(card).containsText(second);
    card.locator("a[href$='/reviews']").click();
    assertThat(page.locator("h1")).hasText("Annual reviews");
    assertThat(page.locator(".govuk-caption-l")).containsText(area);
    assertAccessible();

    // A review without what was agreed is refused by the field; then recorded.
    LocalDate reviewedOn = today().minusDays(3);
    fillDate("reviewedOn", reviewedOn);
    page.getByLabel("Partners' feedback").fill("Police and health say the area is too wide.");
    page.getByLabel("Recommendations").fill("Meet monthly for the second district.");
    button("Save the review").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter what was agreed");
    page.getByLabel("What was agreed").fill("Monthly meetings from next quarter.");
    button("Save the review").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The annual review is saved.");
    assertThat(page.locator(".govuk-summary-card")).containsText("Monthly meetings");

    // One referral accepted onto the planned meeting, the other declined with a reason.
    visit("/panel-referrals");
    assertThat(page.locator(".govuk-summary-card")).hasCount(2);
    assertAccessible();
    button("Accept onto the next agenda " + accepted.name()).click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("the child is on the agenda of the meeting of");
    link("Decline " + declined.name()).click();
    assertThat(page.locator("h1")).hasText("Decline the referral to panel");
    assertAccessible();
    page.getByLabel("Why the referral is declined")
        .fill("The risk is managed through the child protection plan.");
    button("Decline the referral").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The referral is declined, with your reason.");
    assertThat(page.locator("body")).containsText("No referral is waiting for a decision.");
  }
}
