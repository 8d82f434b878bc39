package org.lantern.referral.web;

import java.util.ArrayList;
import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.Referrals;
import org.springframework.stereotype.Component;

@Component
class ReferralNavigation implements Navigation {

  private final AccessPolicy policy;
  private final FrontDoor frontDoor;
  private final Referrals referrals;

  ReferralNavigation(AccessPolicy policy, FrontDoor frontDoor, Referrals referrals) {
    this.policy = policy;
    this.frontDoor = frontDoor;
    this.referrals = referrals;
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    List<NavItem> items = new ArrayList<>();
    if (policy.roleAllows(user, Permission.DECIDE_CONCERN)) {
      items.add(
          new NavItem(
              10, "nav.frontDoor", "/front-door", frontDoor.waiting(user), "nav.count.waiting"));
    }
    if (policy.roleAllows(user, Permission.RAISE_CONCERN)) {
      items.add(NavItem.link(20, "nav.raiseConcern", "/concerns/new").inGroup(NavGroup.REFERRALS));
      items.add(
          new NavItem(
                  30,
                  "nav.myReferrals",
                  "/referrals",
                  referrals.counts(user).toConfirm(),
                  "nav.count.toConfirm")
              .inGroup(NavGroup.REFERRALS));
    }
    return items;
  }
}
