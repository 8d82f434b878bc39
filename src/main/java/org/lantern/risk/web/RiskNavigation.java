package org.lantern.risk.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.Oversight;
import org.springframework.stereotype.Component;

@Component
class RiskNavigation implements Navigation {

  private final AccessPolicy policy;
  private final Oversight oversight;
  private final CommissionedService service;

  RiskNavigation(AccessPolicy policy, Oversight oversight, CommissionedService service) {
    this.policy = policy;
    this.oversight = oversight;
    this.service = service;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.COMPLETE_SCREENING)) {
      Oversight.Counts counts = oversight.counts(user);
      items.add(
          new NavItem(
              35,
              "nav.screenings",
              "/screenings",
              counts.toFinish() + counts.overdue() + counts.toSignOff(),
              "nav.count.screenings"));
    }
    if (policy.roleAllows(user, Permission.VIEW_TRACKER)) {
      items.add(NavItem.link(45, "nav.tracker", "/tracker"));
    } else if (policy.roleAllows(user, Permission.VIEW_COMPLIANCE)) {
      items.add(
          NavItem.link(45, "nav.compliance", "/tracker/compliance").inGroup(NavGroup.REPORTS));
    }
    if (policy.roleAllows(user, Permission.ACCEPT_SERVICE_REFERRAL)) {
      items.add(
          new NavItem(
              15,
              "nav.serviceQueue",
              "/service-referrals",
              service.waiting(user),
              "nav.count.waiting"));
    }
    if (policy.roleAllows(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE)) {
      items.add(NavItem.link(92, "nav.serviceTeams", "/service-teams"));
    }
    if (policy.roleAllows(user, Permission.MANAGE_SCREENING_TOOLS)) {
      items.add(NavItem.link(60, "nav.screeningTools", "/screening-tools"));
    }
    return items;
  }
}
