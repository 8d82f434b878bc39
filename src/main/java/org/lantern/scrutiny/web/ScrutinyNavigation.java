package org.lantern.scrutiny.web;

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
class ScrutinyNavigation implements Navigation {

  private final AccessPolicy policy;

  ScrutinyNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.VIEW_OUTCOMES)) {
      items.add(NavItem.link(70, "nav.scrutiny.kpis", "/scrutiny/kpis").inGroup(NavGroup.REPORTS));
      items.add(
          NavItem.link(71, "nav.scrutiny.framework", "/scrutiny/framework")
              .inGroup(NavGroup.REPORTS));
    }
    if (policy.roleAllows(user, Permission.ENTER_INDICATOR_RETURN)) {
      items.add(
          NavItem.link(72, "nav.scrutiny.returns", "/scrutiny/returns").inGroup(NavGroup.REPORTS));
    }
    if (policy.roleAllows(user, Permission.DEFINE_INDICATORS)) {
      items.add(
          NavItem.link(73, "nav.scrutiny.indicators", "/scrutiny/indicators")
              .inGroup(NavGroup.REPORTS));
    }
    if (policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME)
        || policy.roleAllows(user, Permission.READ_COMMITTEE_PAPERS)) {
      items.add(
          NavItem.link(74, "nav.scrutiny.committees", "/scrutiny/committees")
              .inGroup(NavGroup.REPORTS));
    }
    return items;
  }
}
