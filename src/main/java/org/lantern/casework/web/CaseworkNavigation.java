package org.lantern.casework.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.casework.Allocation;
import org.springframework.stereotype.Component;

@Component
class CaseworkNavigation implements Navigation {

  private final AccessPolicy policy;
  private final Allocation allocation;

  CaseworkNavigation(AccessPolicy policy, Allocation allocation) {
    this.policy = policy;
    this.allocation = allocation;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.VIEW_TEAM_QUEUE)) {
      items.add(
          new NavItem(
                  12,
                  "casework.nav.queue",
                  "/casework/queue",
                  allocation.waiting(user),
                  "nav.count.waiting")
              .inGroup(NavGroup.CASEWORK));
    }
    if (policy.roleAllows(user, Permission.HOLD_CASES)) {
      items.add(NavItem.link(14, "casework.nav.mine", "/my-children").inGroup(NavGroup.CASEWORK));
    }
    if (policy.roleAllows(user, Permission.VIEW_TEAM_QUEUE)) {
      items.add(NavItem.link(13, "casework.nav.team", "/casework/team").inGroup(NavGroup.CASEWORK));
    }
    return items;
  }
}
