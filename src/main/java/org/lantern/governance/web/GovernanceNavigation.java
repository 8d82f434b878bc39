package org.lantern.governance.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

/** The information governance officer's pages in the navigation bar. */
@Component
class GovernanceNavigation implements Navigation {

  private final AccessPolicy policy;

  GovernanceNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.MANAGE_SHARING_AGREEMENTS)) {
      items.add(NavItem.link(70, "nav.governance.agreements", "/governance/agreements"));
    }
    if (policy.roleAllows(user, Permission.MANAGE_RETENTION)) {
      items.add(NavItem.link(71, "nav.governance.retention", "/governance/retention"));
    }
    if (policy.roleAllows(user, Permission.EXPORT_SUBJECT_ACCESS)) {
      items.add(NavItem.link(72, "nav.governance.adults", "/governance/adults"));
    }
    return items;
  }
}
