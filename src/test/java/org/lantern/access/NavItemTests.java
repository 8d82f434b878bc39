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
}
