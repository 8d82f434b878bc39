package org.lantern.admin.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class StructureNavigation implements Navigation {

  private final AccessPolicy policy;

  StructureNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE)) {
      return List.of(NavItem.link(91, "nav.admin.structure", "/admin/structure"));
    }
    return List.of();
  }
}
