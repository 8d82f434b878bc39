package org.lantern.flags.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

/** "Check a child's flags" for those who check from unscheduled care. */
@Component
class FlagsNavigation implements Navigation {

  private final AccessPolicy policy;

  FlagsNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    return policy.roleAllows(user, Permission.CHECK_FLAGS) && !user.isPartnerSystem()
        ? List.of(NavItem.link(15, "flags.nav.check", "/flags/check"))
        : List.of();
  }
}
