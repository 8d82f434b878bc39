package org.lantern.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One link in the service navigation.
 *
 * @param order where it sits (lower first)
 * @param labelKey message key of its label
 * @param href where it goes
 * @param count a number to show beside it (new items), or 0
 * @param countKey message key saying what the number counts, for screen readers ("{0} unread")
 * @param group the group it is shown under when the person has more than one link of that group
 *     (one "Reports" link to a page listing them, so the bar fits one row); null for a link of its
 *     own
 */
public record NavItem(
    int order,
    String labelKey,
    String href,
    long count,
    String countKey,
    @Nullable NavGroup group) {

  /** A link of its own, not in a group. */
  public NavItem(int order, String labelKey, String href, long count, String countKey) {
    this(order, labelKey, href, count, countKey, null);
  }

  /** The same link, shown under {@code group}. */
  public NavItem inGroup(NavGroup group) {
    return new NavItem(order, labelKey, href, count, countKey, group);
  }

  /** A bar of this many links or fewer shows them all, grouped or not. */
  static final int ALL_SHOWN = 7;

  /**
   * The bar as shown, in order: when the person has more than {@link #ALL_SHOWN} links, each group
   * with two or more of the person's links becomes one link to its page (at the place of its first
   * link, its counts added up); a group of one shows that link itself.
   */
  public static List<NavItem> bar(List<NavItem> items) {
    if (items.size() <= ALL_SHOWN) {
      return items;
    }
    Map<NavGroup, List<NavItem>> grouped = new LinkedHashMap<>();
    items.stream()
        .filter(i -> i.group() != null)
        .forEach(i -> grouped.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
    List<NavItem> bar = new ArrayList<>();
    for (NavItem item : items) {
      NavGroup g = item.group();
      if (g == null || grouped.get(g).size() == 1) {
        bar.add(item);
      } else if (grouped.get(g).getFirst() == item) {
        List<NavItem> members = grouped.get(g);
        long count = members.stream().mapToLong(NavItem::count).sum();
        bar.add(
            new NavItem(
                members.stream().mapToInt(NavItem::order).min().orElse(item.order()),
                g.messageKey(),
                g.href(),
                count,
                count > 0 ? "nav.count.group" : "nav.count.none",
                g));
      }
    }
    bar.sort(Comparator.comparingInt(NavItem::order));
    return bar;
  }

  /**
   * The link of {@code bar} that is the page's section: the most specific link of all the person's
   * links ({@code items}) or group pages; a link inside a collapsed group marks its group.
   */
  public static Optional<NavItem> activeIn(
      List<NavItem> bar, List<NavItem> items, String requestUri) {
    List<NavItem> candidates = new ArrayList<>(items);
    bar.stream().filter(NavItem::isGroupPage).forEach(candidates::add);
    return activeAmong(candidates, requestUri)
        .map(
            a ->
                bar.contains(a)
                    ? a
                    : bar.stream()
                        .filter(b -> b.isGroupPage() && b.group() == a.group())
                        .findFirst()
                        .orElse(a));
  }

  /** Whether this is a group's own link, to the page that lists the group's links. */
  public boolean isGroupPage() {
    return group != null && href.equals(group.href());
  }

  /** A link with no number beside it. */
  public static NavItem link(int order, String labelKey, String href) {
    return new NavItem(order, labelKey, href, 0, "nav.count.none");
  }

  public boolean isActive(String requestUri) {
    String path = path();
    if (path.equals("/")) {
      return requestUri.equals("/");
    }
    return requestUri.equals(path) || requestUri.startsWith(path + "/");
  }

  /**
   * The one item of the navigation that is the page's section: of those whose path the page is
   * under, the most specific ({@code /panels/lists} rather than {@code /panels}), so that one link
   * at most is marked as the current page.
   */
  public static Optional<NavItem> activeAmong(List<NavItem> items, String requestUri) {
    return items.stream()
        .filter(i -> i.isActive(requestUri))
        .max(Comparator.comparingInt(i -> i.path().length()));
  }

  private String path() {
    return href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
  }
}
