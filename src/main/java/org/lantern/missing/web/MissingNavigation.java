package org.lantern.missing.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.missing.ReturnInterviewQueue;
import org.springframework.stereotype.Component;

@Component
class MissingNavigation implements Navigation {

  private final AccessPolicy policy;
  private final ReturnInterviewQueue queue;

  MissingNavigation(AccessPolicy policy, ReturnInterviewQueue queue) {
    this.policy = policy;
    this.queue = queue;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    // Schools may record missing from education too, from the child's search; the police record
    // every kind, so the link is theirs.
    if (policy.roleAllows(user, Permission.RECORD_ANY_MISSING_EPISODE)) {
      items.add(
          NavItem.link(50, "nav.missing.record", "/missing/episodes/new")
              .inGroup(NavGroup.MISSING));
    }
    if (policy.roleAllows(user, Permission.UPLOAD_MISSING_EPISODES)) {
      items.add(
          NavItem.link(53, "nav.missing.upload", "/missing/episodes/upload")
              .inGroup(NavGroup.MISSING));
    }
    if (policy.roleAllows(user, Permission.RECORD_RETURN_INTERVIEW)) {
      items.add(
          new NavItem(
                  51,
                  "nav.missing.interviews",
                  "/missing/interviews",
                  queue.overdue(user),
                  "nav.count.overdue")
              .inGroup(NavGroup.MISSING));
    }
    if (policy.roleAllows(user, Permission.VIEW_MISSING_FIGURES)) {
      items.add(
          NavItem.link(52, "nav.missing.figures", "/missing/figures").inGroup(NavGroup.REPORTS));
    }
    return items;
  }
}
