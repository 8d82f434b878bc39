package org.lantern.notify.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.notify.Alerts;
import org.lantern.notify.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox: what a person has been told, newest first. */
@Controller
class InboxController implements Navigation {

  private final Inbox inbox;
  private final Alerts alerts;

  InboxController(Inbox inbox, Alerts alerts) {
    this.inbox = inbox;
    this.alerts = alerts;
  }

  @GetMapping("/inbox")
  String inbox(CurrentUser user, Model model) {
    model.addAttribute("items", inbox.items(user));
    model.addAttribute("alerts", alerts.mine(user));
    return "notify/inbox";
  }

  @PostMapping("/inbox/{notificationId}")
  String open(@PathVariable UUID notificationId, CurrentUser user) {
    return "redirect:" + inbox.open(user, notificationId);
  }

  /** An alert about a child: marked read, and on to the child's file. */
  @PostMapping("/inbox/alerts/{alertId}")
  String openAlert(@PathVariable UUID alertId, CurrentUser user) {
    return "redirect:" + alerts.open(user, alertId);
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    return List.of(
        new NavItem(
            35,
            "nav.inbox",
            "/inbox",
            inbox.unread(user) + alerts.unread(user),
            "nav.count.unread"));
  }
}
