package org.lantern.reporting.web;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class ReportCardNavigation implements Navigation {

  private final AccessPolicy policy;

  ReportCardNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.VIEW_PUBLISHED_REPORT_CARD)) {
      return List.of(
          NavItem.link(63, "nav.panel.reportCards", "/panels/report-cards")
              .inGroup(NavGroup.REPORTS));
    }
    return List.of();
  }
}
