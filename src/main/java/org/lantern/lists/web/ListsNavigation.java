package org.lantern.lists.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class ListsNavigation implements Navigation {

  private final AccessPolicy policy;

  ListsNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.CROSS_REFERENCE_LISTS)) {
      return List.of(NavItem.link(62, "nav.panel.lists", "/panels/lists").inGroup(NavGroup.PANELS));
    }
    return List.of();
  }
}
