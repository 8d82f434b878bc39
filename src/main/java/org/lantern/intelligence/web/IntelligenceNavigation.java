package org.lantern.intelligence.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class IntelligenceNavigation implements Navigation {

  private final AccessPolicy policy;

  IntelligenceNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.VIEW_ABDUCTION_NOTICES)) {
      items.add(
          NavItem.link(60, "nav.intelligence.notices", "/abduction-notices")
              .inGroup(NavGroup.INTELLIGENCE));
    }
    if (policy.roleAllows(user, Permission.VIEW_INTELLIGENCE_LINKS)) {
      items.add(
          NavItem.link(61, "nav.intelligence.adults", "/adults").inGroup(NavGroup.INTELLIGENCE));
    }
    return items;
  }
}
