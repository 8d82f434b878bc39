package org.lantern.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.FileIndicator;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abduction-notice indicators do not vanish when the notice expires (seed 002 ¶101, "past and
 * current"): the file then says the child was named on (or linked to) a notice that expired on a
 * date, as information, while only notices in force count as current marks.
 */
@IntegrationTest
class ExpiredNoticeIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired IntelligenceLinks links;
  @Autowired AbductionNotices notices;
  @Autowired NoticeMarks marks;
  @Autowired ChildFile files;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser police;

  @BeforeEach
  void setUp() {
    clock.set(LocalDateTime.of(2026, 11, 18, 12, 0).atZone(LanternTime.ZONE).toInstant());
    p = fixtures.partnership();
    police = p.user(Role.POLICE);
  }

  @Test
  void anExpiredNoticeStaysOnTheFileAsAPastIndicatorAndIsNoLongerCurrent() {
    ChildSummary named = fixtures.child(p);
    ChildSummary linked = fixtures.child(p);
    AdultDetails adult = new AdultDetails("Rory", "Vance" + p.suffix(), LocalDate.of(1988, 5, 6));
    links.record(
        police,
        adult,
        linked.id(),
        new LinkDetails(
            LinkNature.SEEN_WITH,
            SourceEvaluation.UNTESTED,
            Assessment.CORROBORATED,
            LocalDate.of(2026, 11, 1),
            "Seen together outside the arcade"));
    serve(adult, named, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 31));

    assertThat(noticeIndicators(named))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageKey()).isEqualTo("intelligence.indicator.named");
              assertThat(i.serious()).isTrue();
            });
    assertThat(marks.currentOn(linked.id())).singleElement();

    // The last day in force is still current; the next day it has expired.
    clock.set(LocalDateTime.of(2026, 12, 31, 23, 0).atZone(LanternTime.ZONE).toInstant());
    assertThat(marks.currentOn(named.id())).hasSize(1);
    clock.set(LocalDateTime.of(2027, 1, 1, 9, 0).atZone(LanternTime.ZONE).toInstant());

    assertThat(noticeIndicators(named))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageKey()).isEqualTo("intelligence.indicator.namedExpired");
              assertThat(i.arguments()).containsExactly("12 November 2026", "31 December 2026");
              assertThat(i.serious()).as("information, not a warning").isFalse();
            });
    assertThat(noticeIndicators(linked))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageKey()).isEqualTo("intelligence.indicator.linkedExpired");
              assertThat(i.arguments())
                  .containsExactly(
                      "12 November 2026", "Police or coordinator intelligence", "31 December 2026");
              assertThat(i.serious()).isFalse();
            });
    assertThat(marks.currentOn(named.id())).as("no current mark raises a flag").isEmpty();
    assertThat(marks.currentOn(linked.id())).isEmpty();
    assertThat(marks.on(named.id()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(NoticeMarks.Kind.NAMED);
              assertThat(m.current()).isFalse();
              assertThat(m.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            });
    assertThat(marks.on(linked.id()))
        .singleElement()
        .satisfies(m -> assertThat(m.how()).containsExactly(LinkSource.INTELLIGENCE));
  }

  @Test
  void aNewNoticeAfterAnExpiredOneIsCurrentAndShownFirst() {
    ChildSummary named = fixtures.child(p);
    AdultDetails adult = new AdultDetails("Dale", "Morrow" + p.suffix(), LocalDate.of(1990, 3, 4));
    serve(adult, named, LocalDate.of(2025, 1, 10), LocalDate.of(2026, 1, 9));
    serve(adult, named, LocalDate.of(2026, 11, 12), LocalDate.of(2028, 11, 12));

    assertThat(noticeIndicators(named))
        .extracting(FileIndicator::messageKey)
        .containsExactly("intelligence.indicator.named", "intelligence.indicator.namedExpired");
    assertThat(marks.currentOn(named.id()))
        .singleElement()
        .satisfies(m -> assertThat(m.servedOn()).isEqualTo(LocalDate.of(2026, 11, 12)));
  }

  private void serve(AdultDetails adult, ChildSummary child, LocalDate on, LocalDate until) {
    notices.serve(
        police,
        new NoticeDetails(adult, List.of(child.id()), "PC Test", on, until, "Found at 1am"));
  }

  private List<FileIndicator> noticeIndicators(ChildSummary child) {
    return files.open(p.user(Role.FRONT_DOOR), child.id()).indicators().stream()
        .filter(i -> i.messageKey().startsWith("intelligence.indicator"))
        .toList();
  }
}
