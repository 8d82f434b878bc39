package org.lantern.access.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.NavItem;
import org.lantern.access.Navigation;
import org.lantern.access.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person and their navigation, for the page layout ({@code @pageUser}). */
@Component("pageUser")
class PageUser {

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
      return NavItem.activeAmong(nav, request.getRequest().getRequestURI())
          .filter(item::equals)
          .isPresent();
    }
    return false;
  }

  public List<NavItem> navigation() {
    CurrentUser user = current();
    if (user == null) {
      return List.of();
    }
    return navigations.stream()
        .flatMap(n -> n.itemsFor(user).stream())
        .sorted(Comparator.comparingInt(NavItem::order))
        .toList();
  }
}
