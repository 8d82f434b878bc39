package org.lantern.access.web;

import java.util.List;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Role;
import org.springframework.stereotype.Component;

@Component
class AccessNavigation implements Navigation {

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (user.role() == Role.INFORMATION_GOVERNANCE) {
      return List.of(
          NavItem.link(40, "nav.findChild", "/children/find?for=audit"),
          NavItem.link(50, "nav.audit", "/audit"));
    }
    return List.of();
  }
}
