package org.lantern.access.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavGroup;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person and their navigation, for the page layout ({@code @pageUser}). */
@Component("pageUser")
class PageUser {

  private static final String ITEMS = PageUser.class.getName() + ".items";

  private final List<Navigation> navigations;

  PageUser(List<Navigation> navigations) {
    this.navigations = navigations;
  }

  public @Nullable CurrentUser current() {
    return CurrentUsers.current().filter(u -> !u.isPartnerSystem()).orElse(null);
  }

  /** Whether the item is the section of the page being shown (at most one item of {@code nav}). */
  public boolean active(NavItem item, List<NavItem> nav) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return NavItem.activeIn(nav, items(), request.getRequest().getRequestURI())
          .filter(item::equals)
          .isPresent();
    }
    return false;
  }

  /** The navigation bar: the person's links, a group of several shown as one link. */
  public List<NavItem> navigation() {
    return NavItem.bar(items());
  }

  /** The person's links of one group, in order, for the group's page. */
  List<NavItem> group(NavGroup group) {
    return items().stream().filter(i -> i.group() == group).toList();
  }

  /**
   * Every link the person's role is offered, in order; asked of the modules once per request (their
   * counts are queries).
   */
  private List<NavItem> items() {
    CurrentUser user = current();
    if (user == null) {
      return List.of();
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        && request.getRequest().getAttribute(ITEMS) instanceof List<?> cached) {
      return cached.stream().map(NavItem.class::cast).toList();
    }
    List<NavItem> items =
        navigations.stream()
            .flatMap(n -> n.itemsFor(user).stream())
            .sorted(Comparator.comparingInt(NavItem::order))
            .toList();
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      request.getRequest().setAttribute(ITEMS, items);
    }
    return items;
  }
}
