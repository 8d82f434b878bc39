package org.lantern.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.intelligence.NoticeRegisters;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.FileIndicator;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.scrutiny.IndicatorSource;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MissingIntegrationTests {

  @Autowired MissingIndicators indicators;
  @Autowired Fixtures fixtures;
  @Autowired Episodes episodes;
  @Autowired ReturnInterviews interviews;
  @Autowired ReturnInterviewQueue queue;
  @Autowired MissingFigures figures;
  @Autowired AbductionNotices notices;
  @Autowired NoticeRegisters registers;
  @Autowired ChildFile files;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser police;
  CurrentUser worker;

  @BeforeEach
  void setUp() {
    // Wednesday 18 November 2026, noon.
    clock.set(at(2026, 11, 18, 12, 0));
    p = fixtures.partnership();
    police = p.user(Role.POLICE);
    worker = p.user(Role.MISSING_SERVICE_WORKER);
  }

  @Test
  void aReturnBeforeTheChildWentMissingIsRefusedAndNothingIsSaved() {
    ChildSummary child = fixtures.child(p);
    String ref = reference();
    assertThatThrownBy(
            () ->
                episodes.record(
                    police,
                    null,
                    episode(child, ref, at(2026, 11, 10, 20, 0), at(2026, 11, 10, 19, 0), null)))
        .isInstanceOfSatisfying(
            EpisodeRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("missing.returnedAt.beforeMissing"));
    assertThat(queued(worker, child)).noneMatch(r -> r.child().id().equals(child.id()));
  }

  @Test
  void anEpisodeOverlappingAnotherOfTheSameChildIsRefused() {
    ChildSummary child = fixtures.child(p);
    String first = reference();
    episodes.record(
        police, null, episode(child, first, at(2026, 11, 1, 20, 0), at(2026, 11, 3, 9, 0), null));

    assertThatThrownBy(
            () ->
                episodes.record(
                    police,
                    null,
                    episode(
                        child, reference(), at(2026, 11, 2, 22, 0), at(2026, 11, 4, 9, 0), null)))
        .isInstanceOfSatisfying(
            EpisodeRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("missing.overlap");
              assertThat(e.arguments()).containsExactly(first);
            });
    // After the return, another episode is fine.
    episodes.record(
        police,
        null,
        episode(child, reference(), at(2026, 11, 5, 22, 0), at(2026, 11, 6, 9, 0), null));
  }

  @Test
  void theSameReferenceSentAgainUpdatesTheEpisodeWithTheReturn() {
    ChildSummary child = fixtures.child(p);
    String ref = reference();
    Episodes.Recorded first =
        episodes.record(police, null, episode(child, ref, at(2026, 11, 16, 22, 0), null, null));
    Episodes.Recorded again =
        episodes.record(police, null, episode(child, ref, at(2026, 11, 16, 22, 0), null, null));
    Episodes.Recorded returned =
        episodes.record(
            police,
            null,
            episode(child, ref, at(2026, 11, 16, 22, 0), at(2026, 11, 17, 8, 0), null));

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(returned.episodeId()).isEqualTo(first.episodeId());
    EpisodeView view = episodes.view(police, first.episodeId());
    assertThat(view.returnedAt()).isEqualTo(at(2026, 11, 17, 8, 0));
    assertThat(view.interviewStatus()).isEqualTo(InterviewStatus.TO_OFFER);
  }

  @Test
  void theSeventyTwoHourClockRunsThroughTheWeekend() {
    ChildSummary child = fixtures.child(p);
    // Returned on Friday 20 November at 6pm: due Monday 23 November at 6pm.
    clock.set(at(2026, 11, 20, 19, 0));
    UUID id =
        episodes
            .record(
                police,
                null,
                episode(child, reference(), at(2026, 11, 19, 23, 0), at(2026, 11, 20, 18, 0), null))
            .episodeId();

    clock.set(at(2026, 11, 23, 17, 59));
    ReturnInterviewQueue.Row row = row(child);
    assertThat(row.episode().interviewDueAt()).isEqualTo(at(2026, 11, 23, 18, 0));
    assertThat(row.overdue()).isFalse();

    clock.set(at(2026, 11, 23, 18, 1));
    assertThat(row(child).overdue()).isTrue();
    assertThat(queue.overdue(worker)).isEqualTo(1);

    interviews.record(
        worker,
        id,
        row(child).episode().version(),
        InterviewOutcome.COMPLETED,
        at(2026, 11, 23, 18, 0),
        Set.of("FRIENDS", "EXPLOITATION"),
        "An older boy called Kai",
        "The flat above the chip shop",
        null);
    assertThat(queued(worker, child)).noneMatch(r -> r.child().id().equals(child.id()));
    assertThat(episodes.view(police, id).closedInTime()).isTrue();
  }

  @Test
  void aSecondWorkerRecordingTheSameInterviewIsToldNotOverwritten() {
    ChildSummary child = fixtures.child(p);
    UUID id =
        episodes
            .record(
                police,
                null,
                episode(child, reference(), at(2026, 11, 16, 23, 0), at(2026, 11, 17, 8, 0), null))
            .episodeId();
    long seen = row(child).episode().version();
    interviews.record(
        worker,
        id,
        seen,
        InterviewOutcome.DECLINED,
        at(2026, 11, 17, 12, 0),
        Set.of(),
        null,
        null,
        null);
    assertThatThrownBy(
            () ->
                interviews.record(
                    worker,
                    id,
                    seen,
                    InterviewOutcome.COMPLETED,
                    at(2026, 11, 17, 13, 0),
                    Set.of("FRIENDS"),
                    null,
                    null,
                    null))
        .isInstanceOf(ReturnInterviews.InterviewChangedException.class);
    assertThat(episodes.view(police, id).interviewStatus()).isEqualTo(InterviewStatus.DECLINED);
  }

  @Test
  void threeEpisodesInNinetyDaysRaiseTheRepeatIndicatorAndTwoDoNot() {
    ChildSummary child = fixtures.child(p);
    // 100 days ago: outside the window.
    missingAndBack(child, clock.instant().minus(Duration.ofDays(100)));
    missingAndBack(child, clock.instant().minus(Duration.ofDays(80)));
    missingAndBack(child, clock.instant().minus(Duration.ofDays(20)));
    assertThat(repeatIndicators(child)).isEmpty();

    missingAndBack(child, clock.instant().minus(Duration.ofDays(3)));
    assertThat(repeatIndicators(child))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments()).containsExactly(3L, 90L));
    assertThat(files.open(p.user(Role.FRONT_DOOR), child.id()).entries())
        .filteredOn(e -> e.kindKey().startsWith("missing.chronology"))
        .hasSize(4);
  }

  @Test
  void aNoticeMarksTheNamedChildAndEveryChildLinkedToTheAdult() {
    ChildSummary named = fixtures.child(p);
    ChildSummary foundWithHim = fixtures.child(p);
    ChildSummary unrelated = fixtures.child(p);
    AdultDetails adult = new AdultDetails("Dale", "Morrow" + p.suffix(), LocalDate.of(1990, 3, 4));
    // The second child was found with the same man (named again, in other capitals).
    episodes.record(
        police,
        null,
        episode(
            foundWithHim,
            reference(),
            at(2026, 11, 10, 22, 0),
            at(2026, 11, 11, 7, 0),
            new AdultDetails("DALE", "morrow" + p.suffix(), LocalDate.of(1990, 3, 4))));
    notices.serve(
        police,
        new NoticeDetails(
            adult,
            List.of(named.id()),
            "PC Test",
            LocalDate.of(2026, 11, 12),
            LocalDate.of(2028, 11, 12),
            "Found in his flat at 1am"));

    assertThat(noticeIndicators(named))
        .singleElement()
        .satisfies(i -> assertThat(i.messageKey()).isEqualTo("intelligence.indicator.named"));
    assertThat(noticeIndicators(foundWithHim))
        .singleElement()
        .satisfies(i -> assertThat(i.messageKey()).isEqualTo("intelligence.indicator.linked"));
    assertThat(noticeIndicators(unrelated)).isEmpty();

    // Once the notice has expired, the indicators stay as past ones (seed 002 ¶101).
    clock.set(at(2028, 11, 13, 9, 0));
    assertThat(noticeIndicators(named))
        .singleElement()
        .satisfies(
            i -> assertThat(i.messageKey()).isEqualTo("intelligence.indicator.namedExpired"));
    assertThat(noticeIndicators(foundWithHim))
        .singleElement()
        .satisfies(
            i -> assertThat(i.messageKey()).isEqualTo("intelligence.indicator.linkedExpired"));
    assertThat(
            registers
                .register(police, 2026, NoticeRegisters.Query.first())
                .quarters()
                .get(2)
                .notices())
        .isEqualTo(1);
  }

  @Test
  void quarterlyFiguresCountNotificationsChildrenAndInterviewsWithinTheWindow() {
    ChildSummary a = fixtures.child(p);
    ChildSummary b = fixtures.child(p);
    // Q3 2026/27 is October to December 2026.
    UUID a1 = missingAndBack(a, at(2026, 10, 5, 22, 0));
    missingAndBack(a, at(2026, 10, 20, 22, 0));
    UUID b1 = missingAndBack(b, at(2026, 11, 2, 22, 0));
    missingAndBack(b, at(2026, 9, 20, 22, 0)); // Q2: not counted
    interviews.record(
        worker,
        a1,
        version(a1),
        InterviewOutcome.COMPLETED,
        at(2026, 10, 7, 10, 0),
        Set.of("FRIENDS", "SUBSTANCES"),
        null,
        null,
        null);
    // b1 returned 3 November 8am, interviewed 4 days later: completed, not within 72 hours.
    interviews.record(
        worker,
        b1,
        version(b1),
        InterviewOutcome.COMPLETED,
        at(2026, 11, 7, 10, 0),
        Set.of("FRIENDS"),
        null,
        null,
        null);

    MissingFigures.Figures f =
        figures.quarter(p.user(Role.STRATEGIC_LEAD), new FinancialQuarter(2026, 3));
    MissingFigures.Line total = f.total();
    assertThat(total.notifications()).isEqualTo(3);
    assertThat(total.children()).isEqualTo(2);
    assertThat(total.returned()).isEqualTo(3);
    assertThat(total.offered()).isEqualTo(2);
    assertThat(total.completed()).isEqualTo(2);
    assertThat(total.withinWindow()).isEqualTo(1);
    assertThat(total.topFactors())
        .extracting(MissingFigures.FactorCount::label, MissingFigures.FactorCount::count)
        .first()
        .isEqualTo(Tuple.tuple("Associating with friends", 2L));
    assertThat(f.districts())
        .singleElement()
        .satisfies(d -> assertThat(d.notifications()).isEqualTo(3));

    // a strategic lead sees numbers, not children: only the wider-circulation version, where
    // counts below 5 are hidden (true zeros are shown)
    ShownFigures forLead =
        figures.shown(p.user(Role.STRATEGIC_LEAD), new FinancialQuarter(2026, 3), true);
    assertThat(forLead.published()).isTrue();
    assertThat(forLead.anySuppressed()).isTrue();
    assertThat(forLead.total().notifications().display()).isEqualTo("c");
    assertThat(forLead.total().fromSchool().display()).isEqualTo("0");
    assertThat(forLead.total().topFactors().getFirst().count().display()).isEqualTo("c");
    // the service sees every count, and may ask for the version to share
    ShownFigures forService =
        figures.shown(p.user(Role.MISSING_SERVICE_WORKER), new FinancialQuarter(2026, 3), true);
    assertThat(forService.published()).isFalse();
    assertThat(forService.total().notifications().display()).isEqualTo("3");
    assertThat(
            figures
                .shown(p.user(Role.MISSING_SERVICE_WORKER), new FinancialQuarter(2026, 3), false)
                .total()
                .withinWindow()
                .display())
        .isEqualTo("c");

    // the outcomes framework's measure counts the same: 1 of the 3 back from home or care
    assertThat(
            indicators.figure(
                MissingIndicators.WITHIN_WINDOW, p.id(), new FinancialQuarter(2026, 3)))
        .isEqualTo(IndicatorSource.percentage(1, 3));
  }

  @Test
  void missingFromSchoolHasNoReturnInterviewButIsOnTheChronologyAndCountedApart() {
    ChildSummary child = fixtures.child(p);
    UUID school =
        episodes
            .record(
                police,
                null,
                new EpisodeDetails(
                    child.id(),
                    reference(),
                    MissingFrom.SCHOOL,
                    at(2026, 11, 16, 10, 0),
                    "Greywater Academy",
                    at(2026, 11, 16, 15, 0),
                    "Town centre",
                    null,
                    null,
                    RiskGrading.LOW))
            .episodeId();
    UUID home = missingAndBack(child, at(2026, 11, 17, 20, 0));

    assertThat(queued(worker, child))
        .filteredOn(r -> r.child().id().equals(child.id()))
        .extracting(r -> r.episode().id())
        .containsExactly(home);
    assertThat(episodes.view(police, school).interviewStatus())
        .isEqualTo(InterviewStatus.NOT_STATUTORY);
    assertThatThrownBy(() -> interviews.open(worker, school))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(files.open(p.user(Role.FRONT_DOOR), child.id()).entries())
        .extracting(e -> e.kindKey())
        .contains("missing.chronology.education", "missing.chronology.home");
    MissingFigures.Line total =
        figures.quarter(p.user(Role.STRATEGIC_LEAD), new FinancialQuarter(2026, 3)).total();
    assertThat(total.notifications()).isEqualTo(1);
    assertThat(total.returned()).isEqualTo(1);
    assertThat(total.fromSchool()).isEqualTo(1);
    assertThat(total.childrenFromSchool()).isEqualTo(1);
  }

  @Test
  void theRegisterListsMonthsUpToNowAndMarksExpiredNotices() {
    ChildSummary child = fixtures.child(p);
    notices.serve(
        police,
        new NoticeDetails(
            new AdultDetails("Wes", "Pike" + p.suffix(), null),
            List.of(child.id()),
            "PC Test",
            LocalDate.of(2026, 4, 20),
            LocalDate.of(2026, 10, 20),
            "Found in a car at 2am"));

    // Today is 18 November 2026: April to November of the year 2026/27, Q1 to Q3.
    var register = registers.register(police, 2026, NoticeRegisters.Query.first());
    assertThat(register.months()).hasSize(8);
    assertThat(register.months().getLast().month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(register.quarters()).hasSize(3);
    assertThat(register.notices().rows())
        .singleElement()
        .satisfies(n -> assertThat(n.expiredOn(LocalDate.of(2026, 11, 18))).isTrue());
    assertThat(registers.register(police, 2025, NoticeRegisters.Query.first()).months())
        .hasSize(12);
  }

  @Test
  void theQueuePutsOverdueInterviewsFirstAndFindsAChildByPoliceReferenceOrState() {
    UUID dueLater = missingAndBack(fixtures.child(p), at(2026, 11, 18, 0, 0));
    UUID overdue = missingAndBack(fixtures.child(p), at(2026, 11, 10, 20, 0));
    UUID dueSooner = missingAndBack(fixtures.child(p), at(2026, 11, 17, 0, 0));

    var all = queue.page(worker, ReturnInterviewQueue.Query.all());
    assertThat(all.rows().rows())
        .extracting(r -> r.episode().id())
        .containsExactly(overdue, dueSooner, dueLater);
    assertThat(all.waiting()).isEqualTo(3);
    assertThat(all.overdue()).isEqualTo(1);

    String reference = episodes.view(police, dueLater).policeReference();
    var found =
        queue.page(
            worker,
            new ReturnInterviewQueue.Query(
                1,
                " " + reference.toLowerCase() + " ",
                null,
                null,
                ReturnInterviewQueue.Query.sort(null)));
    assertThat(found.rows().rows()).extracting(r -> r.episode().id()).containsExactly(dueLater);
    assertThat(found.rows().matching()).isEqualTo(1);
    assertThat(found.waiting()).as("waiting counts every open interview").isEqualTo(3);

    interviews.record(
        worker,
        dueSooner,
        version(dueSooner),
        InterviewOutcome.OFFERED,
        clock.instant(),
        Set.of(),
        null,
        null,
        null);
    var offered =
        queue.page(
            worker,
            new ReturnInterviewQueue.Query(
                1, null, InterviewStatus.OFFERED, null, ReturnInterviewQueue.Query.sort(null)));
    assertThat(offered.rows().rows()).extracting(r -> r.episode().id()).containsExactly(dueSooner);
  }

  @Test
  void theQueueSortsByTheChildOrWhenTheyCameBackEitherWay() {
    UUID zed =
        missingAndBack(
            fixtures.aChild(p).named("Ada", "Zeller").persisted(), at(2026, 11, 17, 0, 0));
    UUID abe =
        missingAndBack(
            fixtures.aChild(p).named("Cal", "Abbot").persisted(), at(2026, 11, 10, 20, 0));
    UUID mid =
        missingAndBack(fixtures.aChild(p).named("Bo", "Marsh").persisted(), at(2026, 11, 18, 0, 0));

    assertThat(sorted("child")).containsExactly(abe, mid, zed);
    assertThat(sorted("child-desc")).containsExactly(zed, mid, abe);
    assertThat(sorted("returned")).containsExactly(abe, zed, mid);
    assertThat(sorted("returned-desc")).containsExactly(mid, zed, abe);
    // the clock's order either way; anything else is the clock's order
    assertThat(sorted("due")).containsExactly(abe, zed, mid);
    assertThat(sorted("due-desc")).containsExactly(mid, zed, abe);
    assertThat(sorted("district")).containsExactly(abe, zed, mid);
  }

  private List<UUID> sorted(String sort) {
    return queue
        .page(
            worker,
            new ReturnInterviewQueue.Query(
                1, null, null, null, ReturnInterviewQueue.Query.sort(sort)))
        .rows()
        .rows()
        .stream()
        .map(r -> r.episode().id())
        .toList();
  }

  // ---- helpers ----

  private long version(UUID episodeId) {
    return episodes.view(police, episodeId).version();
  }

  private UUID missingAndBack(ChildSummary child, Instant missing) {
    return episodes
        .record(
            police,
            null,
            episode(child, reference(), missing, missing.plus(Duration.ofHours(10)), null))
        .episodeId();
  }

  private List<FileIndicator> repeatIndicators(ChildSummary child) {
    return files.open(p.user(Role.FRONT_DOOR), child.id()).indicators().stream()
        .filter(i -> i.messageKey().equals("missing.indicator.repeat"))
        .toList();
  }

  private List<FileIndicator> noticeIndicators(ChildSummary child) {
    return files.open(p.user(Role.FRONT_DOOR), child.id()).indicators().stream()
        .filter(i -> i.messageKey().startsWith("intelligence.indicator"))
        .toList();
  }

  private ReturnInterviewQueue.Row row(ChildSummary child) {
    return queued(worker, child).stream()
        .filter(r -> r.child().id().equals(child.id()))
        .findFirst()
        .orElseThrow();
  }

  private static int counter;

  private String reference() {
    return "MP-2026-" + String.format("%06d", (System.nanoTime() / 1000 + ++counter) % 1_000_000);
  }

  private static EpisodeDetails episode(
      ChildSummary child, String reference, Instant missing, Instant returned, AdultDetails adult) {
    return new EpisodeDetails(
        child.id(),
        reference,
        MissingFrom.HOME,
        missing,
        "Home address",
        returned,
        returned == null ? null : "Town centre",
        adult == null ? null : "An adult male",
        adult,
        RiskGrading.MEDIUM);
  }

  static Instant at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(LanternTime.ZONE).toInstant();
  }

  /** The queue's rows for this child, found by name as a worker would search. */
  private List<ReturnInterviewQueue.Row> queued(CurrentUser worker, ChildSummary child) {
    return queue
        .page(
            worker,
            new ReturnInterviewQueue.Query(
                1, child.name(), null, null, ReturnInterviewQueue.Query.sort(null)))
        .rows()
        .rows();
  }
}
