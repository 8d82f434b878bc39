package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.Assessment;
import org.lantern.intelligence.IntelligenceLinks;
import org.lantern.intelligence.LinkDetails;
import org.lantern.intelligence.LinkNature;
import org.lantern.intelligence.SourceEvaluation;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.Episodes;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The panel pack worth reading, against PostgreSQL: members see it only once the agenda is agreed;
 * each child's summary (last screening's key indicators and own words, concerns and missing
 * episodes since the last panel, linked adults, network), each child audited once per view;
 * children for noting listed apart and approved without a discussion; minutes open on the meeting
 * date, not before.
 */
@IntegrationTest
class PanelPackIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired PackViews packs;
  @Autowired Episodes episodes;
  @Autowired IntelligenceLinks links;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  PanelScenario s;
  TestPartnership p;
  LocalDate today;
  ChildSummary child;
  ChildSummary noted;
  UUID meetingId;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    today = LocalDate.now(LanternTime.ZONE);
    s.at(today.minusMonths(4));
    p = s.start();
    child = fixtures.child(p);
    noted = fixtures.child(p);

    // last panel: two months ago; a missing episode before it is not "since the last panel"
    s.at(today.minusMonths(2).minusDays(10));
    missing("MP-OLD-" + p.suffix(), today.minusMonths(2).minusDays(11));
    s.round(today.minusMonths(2), Map.of(child, RiskLevel.HIGH, noted, RiskLevel.MEDIUM));

    // since then: a missing episode, a screening with the child's words, a linked adult, a concern
    s.at(today.minusDays(20));
    missing("MP-NEW-" + p.suffix(), today.minusDays(21));
    s.screenSaying(child, "They buy me food and trainers.");
    links.record(
        s.coordinator(),
        new AdultDetails("Dex", "Harlow" + p.suffix(), null),
        child.id(),
        new LinkDetails(
            LinkNature.SEEN_WITH,
            SourceEvaluation.UNTESTED,
            Assessment.CORROBORATED,
            today.minusDays(20),
            "Seen together outside the arcade"));
    s.at(today);
    fixtures.concern(p.user(Role.PRACTITIONER), child);

    meetingId = meetings.plan(s.coordinator(), s.panelId(), today.plusDays(7));
    meetings.build(s.coordinator(), meetingId);
  }

  @Test
  void membersSeeThePackOnlyOnceTheAgendaIsAgreedAndNoChildIsReadBefore() {
    CurrentUser member = p.user(Role.PANEL_MEMBER);
    int before = packReads(member, child);

    PackView draft = packs.pack(member, meetingId);

    assertThat(draft.agreed()).isFalse();
    assertThat(draft.children()).isEmpty();
    assertThat(packReads(member, child)).isEqualTo(before);
    assertThat(packs.readable(member)).extracting(MeetingSummary::id).contains(meetingId);
    assertThat(packs.pack(s.coordinator(), meetingId).children())
        .as("the coordinator reads the draft")
        .extracting(c -> c.entry().childId())
        .contains(child.id());

    s.agree(meetingId);

    assertThat(packs.pack(member, meetingId).children())
        .extracting(c -> c.entry().childId())
        .containsExactlyInAnyOrder(child.id(), noted.id());
    assertThat(packReads(member, child)).as("audited once for the view").isEqualTo(before + 1);
  }

  @Test
  void eachChildHasAOnePageSummarySinceTheLastPanel() {
    s.agree(meetingId);

    PackView pack = packs.pack(p.user(Role.PANEL_MEMBER), meetingId);
    PackView.Child c =
        pack.children().stream()
            .filter(x -> x.entry().childId().equals(child.id()))
            .findFirst()
            .orElseThrow();

    assertThat(c.previousLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(c.entry().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(c.change()).isEqualTo(LevelChange.DOWN);
    PackView.Summary summary = c.summary();
    assertThat(summary.since()).isEqualTo(today.minusMonths(2));
    assertThat(summary.screening()).isNotNull();
    assertThat(summary.screening().keyIndicators())
        .as("heaviest first")
        .containsExactly("Indicator B", "Indicator A");
    assertThat(summary.screening().words())
        .singleElement()
        .satisfies(w -> assertThat(w.text()).isEqualTo("They buy me food and trainers."));
    assertThat(summary.concerns()).hasSize(1);
    assertThat(summary.missing())
        .as("only the episode since the last panel")
        .singleElement()
        .satisfies(h -> assertThat(h.title()).contains("MP-NEW-"));
    assertThat(summary.linkedAdults()).isEqualTo(1);
    assertThat(summary.linkedAdultNames()).as("a panel member sees how many, not who").isEmpty();

    PackView.Summary coordinators =
        packs.pack(s.coordinator(), meetingId).children().stream()
            .filter(x -> x.entry().childId().equals(child.id()))
            .findFirst()
            .orElseThrow()
            .summary();
    assertThat(coordinators.linkedAdultNames()).containsExactly("Dex Harlow" + p.suffix());
  }

  @Test
  void aChildForNotingIsListedApartAndTheMinutesApproveWithoutTheirDiscussion() {
    meetings.forNoting(s.coordinator(), meetingId, noted.id(), true);
    s.agree(meetingId);

    PackView pack = packs.pack(p.user(Role.PANEL_MEMBER), meetingId);
    assertThat(pack.forNoting()).extracting(c -> c.entry().childId()).containsExactly(noted.id());
    assertThat(pack.forDiscussion())
        .extracting(c -> c.entry().childId())
        .containsExactly(child.id());

    s.at(today.plusDays(7));
    minutes.recordAttendance(s.coordinator(), meetingId, List.of());
    s.present(meetingId, child, PanelDecision.CONTINUE);
    s.approve(meetingId);

    MinutesView approved = views.minutes(s.coordinator(), meetingId);
    assertThat(approved.approved()).isTrue();
    assertThat(approved.children())
        .filteredOn(x -> x.entry().childId().equals(noted.id()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.entry().forNoting()).isTrue();
              assertThat(x.presentation()).isNull();
            });
  }

  @Test
  void minutesOpenOnTheMeetingDateAndNotBeforeTheAgendaIsAgreed() {
    assertThatThrownBy(() -> minutes.recordAttendance(s.coordinator(), meetingId, List.of()))
        .isInstanceOfSatisfying(
            PanelRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("panel.error.agendaNotAgreed"));
    s.agree(meetingId);
    s.at(today.plusDays(6));
    assertThatThrownBy(() -> s.present(meetingId, child, PanelDecision.CONTINUE))
        .isInstanceOfSatisfying(
            PanelRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("panel.error.minutesNotOpen"));
    assertThat(views.summary(s.coordinator(), meetingId).status())
        .isEqualTo(MeetingStatus.AGENDA_AGREED);

    s.at(today.plusDays(7));
    s.present(meetingId, child, PanelDecision.CONTINUE);
    assertThat(views.summary(s.coordinator(), meetingId).status()).isEqualTo(MeetingStatus.HELD);
  }

  private int packReads(CurrentUser user, ChildSummary of) {
    return (int)
        audit.forChild(of.id()).stream()
            .filter(e -> e.action() == AuditAction.VIEW_PANEL_PACK)
            .filter(e -> e.userId().equals(user.id()))
            .count();
  }

  private void missing(String reference, LocalDate on) {
    Instant at = on.atTime(LocalTime.of(21, 0)).atZone(LanternTime.ZONE).toInstant();
    episodes.record(
        p.user(Role.POLICE),
        null,
        EpisodeRules.details(
            child.id(),
            new EpisodeRules.Fields(
                reference,
                "HOME",
                at,
                null,
                at.plusSeconds(6 * 3600),
                null,
                null,
                null,
                null,
                null,
                "MEDIUM")));
  }
}
