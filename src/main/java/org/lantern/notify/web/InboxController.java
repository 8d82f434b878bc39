package org.lantern.notify.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.notify.Alerts;
import org.lantern.notify.Inbox;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox: what a person has been told, newest first. */
@Controller
class InboxController implements Navigation {

  private final Inbox inbox;
  private final Alerts alerts;

  InboxController(Inbox inbox, Alerts alerts) {
    this.inbox = inbox;
    this.alerts = alerts;
  }

  /** The inbox a page at a time; the search, "unread only" and the sort stay in the address. */
  @GetMapping("/inbox")
  String inbox(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String unread,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    Inbox.Query query =
        new Inbox.Query(
            QueryParams.page(page),
            ListSearch.of(search).isBlank() ? null : search.strip(),
            "yes".equals(unread),
            Inbox.Query.sort(sort));
    Inbox.Page shown = inbox.page(user, query);
    model.addAttribute("inbox", shown);
    ListSearch wanted = ListSearch.of(query.search());
    model.addAttribute(
        "alerts",
        shown.items().page() > 1
            ? List.of()
            : alerts.mine(user).stream()
                .filter(a -> !query.unreadOnly() || a.unread())
                .filter(a -> wanted.matchesAny(a.childName()))
                .toList());
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
        new NavItem(35, "nav.inbox", "/inbox", inbox.unread(user).total(), "nav.count.unread"));
  }
}
