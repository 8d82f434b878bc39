package org.lantern.people.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.people.PossibleMatches;
import org.springframework.stereotype.Component;

@Component
class PeopleNavigation implements Navigation {

  private final AccessPolicy policy;
  private final PossibleMatches possibleMatches;

  PeopleNavigation(AccessPolicy policy, PossibleMatches possibleMatches) {
    this.policy = policy;
    this.possibleMatches = possibleMatches;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.VIEW_CHILD_RECORD)) {
      items.add(NavItem.link(40, "nav.findChild", "/children/find").inGroup(NavGroup.CHILDREN));
    }
    if (possibleMatches.mayResolve(user)) {
      items.add(
          new NavItem(
                  12,
                  "nav.possibleMatches",
                  "/possible-matches",
                  possibleMatches.waiting(user),
                  "nav.count.waiting")
              .inGroup(NavGroup.CHILDREN));
    }
    return items;
  }
}
