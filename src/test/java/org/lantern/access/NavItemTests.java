package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One navigation link at most is the current page: the most specific one. */
class NavItemTests {

  private final NavItem home = NavItem.link(0, "nav.home", "/");
  private final NavItem panels = NavItem.link(10, "nav.panels", "/panels");
  private final NavItem lists = NavItem.link(20, "nav.lists", "/panels/lists");
  private final List<NavItem> nav = List.of(home, panels, lists);

  @Test
  void thePageUnderTheMostSpecificLinkMarksOnlyThatOne() {
    assertThat(NavItem.activeAmong(nav, "/panels/lists/123")).contains(lists);
    assertThat(NavItem.activeAmong(nav, "/panels/lists")).contains(lists);
    assertThat(NavItem.activeAmong(nav, "/panels/abc")).contains(panels);
    assertThat(NavItem.activeAmong(nav, "/panelsx")).isEmpty();
    assertThat(NavItem.activeAmong(nav, "/")).contains(home);
    assertThat(NavItem.activeAmong(nav, "/children/1")).isEmpty();
  }

  private final NavItem figures =
      NavItem.link(52, "nav.missing.figures", "/missing/figures").inGroup(NavGroup.REPORTS);
  private final NavItem period =
      new NavItem(64, "nav.reports.period", "/reports/period", 2, "nav.count.waiting")
          .inGroup(NavGroup.REPORTS);
  private final NavItem kpis =
      new NavItem(70, "nav.scrutiny.kpis", "/scrutiny/kpis", 1, "nav.count.waiting")
          .inGroup(NavGroup.REPORTS);

  /** Links of no group, to make a bar longer than {@link NavItem#ALL_SHOWN}. */
  private static List<NavItem> with(List<NavItem> some, int others) {
    List<NavItem> all = new ArrayList<>(some);
    IntStream.range(0, others)
        .forEach(i -> all.add(NavItem.link(80 + i, "nav.other" + i, "/other/" + i)));
    return all;
  }

  @Test
  void aShortBarShowsEveryLinkEvenOfAGroup() {
    List<NavItem> items = List.of(home, panels, figures, period, kpis);
    assertThat(NavItem.bar(items)).isEqualTo(items);
  }

  @Test
  void aGroupOfSeveralLinksIsOneLinkToItsPageAtItsFirstPlaceWithTheirCounts() {
    List<NavItem> bar = NavItem.bar(with(List.of(home, panels, figures, period, kpis), 3));

    assertThat(bar)
        .extracting(NavItem::labelKey)
        .startsWith("nav.home", "nav.panels", "nav.group.reports")
        .hasSize(6);
    NavItem reports = bar.get(2);
    assertThat(reports.href()).isEqualTo("/reports");
    assertThat(reports.order()).isEqualTo(52);
    assertThat(reports.count()).isEqualTo(3);
    assertThat(reports.isGroupPage()).isTrue();
  }

  @Test
  void aGroupOfOneLinkShowsThatLinkItself() {
    List<NavItem> items = with(List.of(home, period), 7);
    assertThat(NavItem.bar(items)).isEqualTo(items);
  }

  @Test
  void aPageInsideACollapsedGroupMarksTheGroupAndTheGroupsOwnPageToo() {
    List<NavItem> items = with(List.of(home, panels, figures, period), 5);
    List<NavItem> bar = NavItem.bar(items);
    NavItem reports = bar.stream().filter(NavItem::isGroupPage).findFirst().orElseThrow();

    assertThat(NavItem.activeIn(bar, items, "/reports/period")).contains(reports);
    assertThat(NavItem.activeIn(bar, items, "/missing/figures")).contains(reports);
    assertThat(NavItem.activeIn(bar, items, "/reports")).contains(reports);
    assertThat(NavItem.activeIn(bar, items, "/panels/1")).contains(panels);
    assertThat(NavItem.activeIn(List.of(home, period), List.of(home, period), "/reports/period"))
        .contains(period);
  }
}
