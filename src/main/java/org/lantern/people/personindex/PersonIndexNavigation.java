package org.lantern.people.personindex;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.springframework.stereotype.Component;

@Component
class PersonIndexNavigation implements Navigation {

  private final AccessPolicy policy;

  PersonIndexNavigation(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    if (policy.roleAllows(user, Permission.REVIEW_PERSON_LINKS)) {
      return List.of(
          NavItem.link(45, "nav.personIndex", "/person-index/review").inGroup(NavGroup.CHILDREN));
    }
    return List.of();
  }
}
