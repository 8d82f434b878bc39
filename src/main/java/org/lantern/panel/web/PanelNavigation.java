package org.lantern.panel.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.panel.EscalationReview;
import org.springframework.stereotype.Component;

@Component
class PanelNavigation implements Navigation {

  private final AccessPolicy policy;
  private final EscalationReview review;

  PanelNavigation(AccessPolicy policy, EscalationReview review) {
    this.policy = policy;
    this.review = review;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.MANAGE_PANELS)
        || policy.roleAllows(user, Permission.RUN_PANEL)) {
      items.add(NavItem.link(48, "nav.panels", "/panels").inGroup(NavGroup.PANELS));
    } else if (policy.roleAllows(user, Permission.VIEW_PANEL_PACK)) {
      items.add(NavItem.link(48, "nav.panelPacks", "/panel-packs").inGroup(NavGroup.PANELS));
    }
    if (review.mayDecide(user)) {
      items.add(
          new NavItem(
                  49,
                  "nav.escalations",
                  "/escalations",
                  review.waiting(user),
                  "nav.count.escalations")
              .inGroup(NavGroup.PANELS));
    }
    return items;
  }
}
