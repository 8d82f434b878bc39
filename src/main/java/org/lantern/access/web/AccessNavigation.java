package org.lantern.access.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class AccessNavigation implements Navigation {

  private final AccessPolicy policy;

  AccessNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.EXPORT_AUDIT_LOG)) {
      return List.of(
          NavItem.link(40, "nav.findChild", "/children/find?for=audit"),
          NavItem.link(50, "nav.audit", "/audit"));
    }
    return List.of();
  }
}
