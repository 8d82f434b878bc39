package org.lantern.home;

import java.util.List;
import org.lantern.access.AccessPolicy;
import org.lantern.access.BreakGlass;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.Permission;
import org.lantern.casework.Caseloads;
import org.lantern.governance.SharingAgreements;
import org.lantern.notify.Inbox;
import org.lantern.panel.PanelActions;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.Referrals;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.Oversight;
import org.lantern.scrutiny.IndicatorReturns;
import org.lantern.strategy.StrategyClocks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: the work waiting for this person, and where to start. */
@Controller
class HomeController implements Navigation {

  private final AccessPolicy policy;
  private final FrontDoor frontDoor;
  private final Referrals referrals;
  private final Inbox inbox;
  private final BreakGlass breakGlass;
  private final Oversight oversight;
  private final CommissionedService service;
  private final PanelActions panelActions;
  private final Caseloads caseloads;
  private final StrategyClocks strategyClocks;
  private final SharingAgreements agreements;
  private final IndicatorReturns indicatorReturns;

  HomeController(
      SharingAgreements agreements,
      IndicatorReturns indicatorReturns,
      Caseloads caseloads,
      PanelActions panelActions,
      AccessPolicy policy,
      FrontDoor frontDoor,
      Referrals referrals,
      Inbox inbox,
      BreakGlass breakGlass,
      Oversight oversight,
      CommissionedService service,
      StrategyClocks strategyClocks) {
    this.strategyClocks = strategyClocks;
    this.caseloads = caseloads;
    this.agreements = agreements;
    this.indicatorReturns = indicatorReturns;
    this.panelActions = panelActions;
    this.oversight = oversight;
    this.service = service;
    this.policy = policy;
    this.frontDoor = frontDoor;
    this.referrals = referrals;
    this.inbox = inbox;
    this.breakGlass = breakGlass;
  }

  @GetMapping("/")
  String home(CurrentUser user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("unread", inbox.unread(user));
    if (policy.roleAllows(user, Permission.DECIDE_CONCERN)) {
      model.addAttribute("queue", frontDoor.counts(user));
    }
    if (policy.roleAllows(user, Permission.RAISE_CONCERN)) {
      model.addAttribute("referrals", referrals.counts(user));
    }
    if (policy.roleAllows(user, Permission.COMPLETE_SCREENING)) {
      model.addAttribute("screenings", oversight.counts(user));
      model.addAttribute("signsOff", policy.roleAllows(user, Permission.SIGN_OFF_SCREENING));
    }
    if (policy.roleAllows(user, Permission.ACCEPT_SERVICE_REFERRAL)) {
      model.addAttribute("serviceWaiting", service.waiting(user));
    }
    if (policy.roleAllows(user, Permission.UPDATE_PANEL_ACTION)) {
      model.addAttribute("panelActions", panelActions.counts(user));
    }
    if (policy.roleAllows(user, Permission.ENTER_INDICATOR_RETURN)) {
      model.addAttribute("returnsDue", indicatorReturns.due(user));
    }
    if (policy.roleAllows(user, Permission.REVIEW_BREAK_GLASS)) {
      model.addAttribute("breakGlass", breakGlass.awaitingReviewCount(user));
    }
    if (policy.roleAllows(user, Permission.MANAGE_SHARING_AGREEMENTS)) {
      model.addAttribute("agreementsDue", agreements.reviewDue(user));
    }
    if (policy.roleAllows(user, Permission.HOLD_CASES)) {
      model.addAttribute("caseNews", caseloads.news(user, 10));
      model.addAttribute("casesHeld", caseloads.held(user));
    }
    if (policy.roleAllows(user, Permission.VIEW_CHILD_RECORD)) {
      model.addAttribute("strategyOverdue", strategyClocks.overdueFor(user));
    }
    model.addAttribute("findChildren", policy.roleAllows(user, Permission.VIEW_CHILD_RECORD));
    return "home/home";
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    return List.of(NavItem.link(0, "nav.home", "/"));
  }
}
