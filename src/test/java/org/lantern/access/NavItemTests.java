package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void aGroupOfSeveralLinksIsOneLinkToItsPageAtItsFirstPlaceWithTheirCounts() {
    List<NavItem> bar = NavItem.bar(List.of(home, figures, panels, period, kpis));

    assertThat(bar)
        .extracting(NavItem::labelKey)
        .containsExactly("nav.home", "nav.panels", "nav.group.reports");
    NavItem reports = bar.get(2);
    assertThat(reports.href()).isEqualTo("/reports");
    assertThat(reports.order()).isEqualTo(52);
    assertThat(reports.count()).isEqualTo(3);
    assertThat(reports.isGroupPage()).isTrue();
  }

  @Test
  void aGroupOfOneLinkShowsThatLinkItself() {
    assertThat(NavItem.bar(List.of(home, period))).containsExactly(home, period);
  }

  @Test
  void aPageInsideACollapsedGroupMarksTheGroupAndTheGroupsOwnPageToo() {
    List<NavItem> items = List.of(home, figures, panels, period);
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
