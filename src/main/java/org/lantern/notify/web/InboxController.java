package org.lantern.notify.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
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

  InboxController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/inbox")
  String inbox(CurrentUser user, Model model) {
    model.addAttribute("items", inbox.items(user));
    return "notify/inbox";
  }

  @PostMapping("/inbox/{notificationId}")
  String open(@PathVariable UUID notificationId, CurrentUser user) {
    return "redirect:" + inbox.open(user, notificationId);
  }

  @Override
  public List<NavItem> itemsFor(CurrentUser user) {
    return List.of(new NavItem(35, "nav.inbox", "/inbox", inbox.unread(user), "nav.count.unread"));
  }
}
