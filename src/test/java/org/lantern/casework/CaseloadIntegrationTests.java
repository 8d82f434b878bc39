package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.access.Section;
import org.lantern.people.ChildSummary;
import org.lantern.people.Chronology;
import org.lantern.people.ChronologyEntry;
import org.lantern.platform.Paged;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** "My children", "Our team's children" and what is new since the worker last looked. */
@IntegrationTest
class CaseloadIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Cases cases;
  @Autowired Caseloads caseloads;
  @Autowired MutableClock clock;
  @Autowired Chronology chronology;

  CaseworkScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
  }

  @Test
  void aWorkerSeesTheirChildrenWithTheLastContactFromAnyAgency() {
    ChildSummary one = allocated(s.worker);
    ChildSummary two = allocated(s.worker);
    allocated(s.secondWorker);

    Paged<Caseloads.Row> mine = caseloads.mine(s.worker, CaseList.mine());

    assertThat(mine.matching()).isEqualTo(2);
    assertThat(mine.rows())
        .extracting(r -> r.c().childId())
        .containsExactlyInAnyOrder(one.id(), two.id());
    assertThat(mine.rows())
        .allSatisfy(
            r -> {
              assertThat(r.lastContact()).isNotNull();
              assertThat(r.lastContact().agencyName())
                  .isEqualTo(s.p.user(Role.PRACTITIONER).agencyName());
              assertThat(r.openActions()).isZero();
            });
  }

  @Test
  void aManagerSeesEachWorkersCaseloadSize() {
    allocated(s.worker);
    allocated(s.worker);
    allocated(s.secondWorker);
    s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);

    Caseloads.Team team = caseloads.team(s.manager, CaseList.team());

    assertThat(team.workers())
        .filteredOn(w -> w.worker().id().equals(s.worker.id()))
        .singleElement()
        .satisfies(w -> assertThat(w.caseload()).isEqualTo(2));
    assertThat(team.workers())
        .filteredOn(w -> w.worker().id().equals(s.secondWorker.id()))
        .singleElement()
        .satisfies(w -> assertThat(w.caseload()).isEqualTo(1));
    assertThat(team.children().matching()).isEqualTo(3);
    assertThat(team.allocated()).isEqualTo(3);
    assertThat(team.waiting()).isEqualTo(1);
  }

  @Test
  void aLongCaseloadIsPaged() {
    for (int i = 0; i < Allocation.PAGE_SIZE + 2; i++) {
      allocated(s.worker);
    }

    Paged<Caseloads.Row> first = caseloads.mine(s.worker, CaseList.mine());
    Paged<Caseloads.Row> second = caseloads.mine(s.worker, CaseList.mine().at(2));

    assertThat(first.rows()).hasSize(Allocation.PAGE_SIZE);
    assertThat(first.pages()).isEqualTo(2);
    assertThat(second.rows()).hasSize(2);
    assertThat(second.page()).isEqualTo(2);
  }

  @Test
  void theHomePageShowsWhatIsNewSinceTheWorkerLastLooked() {
    ChildSummary child = allocated(s.worker);
    caseloads.mine(s.worker, CaseList.mine());
    assertThat(caseloads.news(s.worker, 10)).isEmpty();

    clock.advance(Duration.ofHours(2));
    fixtures.concern(s.p.user(Role.PRACTITIONER), child);

    List<Caseloads.News> news = caseloads.news(s.worker, 10);
    assertThat(news)
        .singleElement()
        .satisfies(n -> assertThat(n.c().childId()).isEqualTo(child.id()));

    clock.advance(Duration.ofMinutes(5));
    caseloads.mine(s.worker, CaseList.mine());
    assertThat(caseloads.news(s.worker, 10)).isEmpty();
  }

  @Test
  void theNewestEntriesAreWhatTheWholeChronologyWouldShow() {
    Instant beforeBoth = clock.instant().minusSeconds(1);
    ChildSummary one = allocated(s.worker);
    clock.advance(Duration.ofHours(1));
    fixtures.concern(s.p.user(Role.PRACTITIONER), one);
    clock.advance(Duration.ofHours(1));
    ChildSummary two = allocated(s.worker);
    Instant between = clock.instant();
    clock.advance(Duration.ofHours(1));
    fixtures.concern(s.p.user(Role.PRACTITIONER), two);
    List<UUID> both = List.of(one.id(), two.id());
    Map<Predicate<Section>, Predicate<ChronologyEntry>> filters =
        Map.of(
            section -> true,
            e -> true,
            section -> section != Section.CASE,
            e -> !e.kindKey().equals("casework.chronology.kind"));

    for (CurrentUser viewer : List.of(s.worker, s.manager)) {
      for (Map.Entry<Predicate<Section>, Predicate<ChronologyEntry>> f : filters.entrySet()) {
        Predicate<ChronologyEntry> wanted = f.getValue();
        Map<UUID, ChronologyEntry> latest = chronology.latest(both, viewer, f.getKey());
        for (UUID child : both) {
          assertThat(latest.get(child))
              .isNotNull()
              .isEqualTo(
                  chronology.of(child, viewer).stream().filter(wanted).findFirst().orElseThrow());
        }
      }
      assertThat(chronology.since(one.id(), viewer, between, section -> true)).isEmpty();
      assertThat(chronology.since(two.id(), viewer, between, section -> true)).isNotEmpty();
      for (UUID child : both) {
        assertThat(chronology.since(child, viewer, between, section -> true))
            .isEqualTo(
                chronology.of(child, viewer).stream()
                    .filter(e -> e.at().isAfter(between))
                    .toList());
      }
      // many children at once give each child's own entries, and a section left out is left out
      for (Map.Entry<Predicate<Section>, Predicate<ChronologyEntry>> f : filters.entrySet()) {
        Map<UUID, List<ChronologyEntry>> since =
            chronology.since(both, viewer, beforeBoth, f.getKey());
        for (UUID child : both) {
          assertThat(since.get(child))
              .isNotEmpty()
              .isEqualTo(
                  chronology.of(child, viewer).stream()
                      .filter(e -> e.at().isAfter(beforeBoth))
                      .filter(f.getValue())
                      .toList());
        }
      }
      assertThat(chronology.since(both, viewer, between, section -> true))
          .containsOnlyKeys(two.id());
    }
  }

  ChildSummary allocated(CurrentUser worker) {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    UUID id = cases.caseOf(child.id());
    allocation.allocate(s.manager, id, cases.open(s.frontDoor, id).c().version(), worker.id());
    return child;
  }
}
