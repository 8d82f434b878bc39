package org.lantern.people.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class PeopleNavigation implements Navigation {

  private final AccessPolicy policy;

  PeopleNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.VIEW_CHILD_RECORD)) {
      return List.of(NavItem.link(40, "nav.findChild", "/children/find"));
    }
    return List.of();
  }
}
