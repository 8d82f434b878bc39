package org.lantern.access;

/**
 * One link in the service navigation.
 *
 * @param order where it sits (lower first)
 * @param labelKey message key of its label
 * @param href where it goes
 * @param count a number to show beside it (new items), or 0
 * @param countKey message key saying what the number counts, for screen readers ("{0} unread")
 */
public record NavItem(int order, String labelKey, String href, long count, String countKey) {

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
  public static java.util.Optional<NavItem> activeAmong(
      java.util.List<NavItem> items, String requestUri) {
    return items.stream()
        .filter(i -> i.isActive(requestUri))
        .max(java.util.Comparator.comparingInt(i -> i.path().length()));
  }

  private String path() {
    return href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
  }
}
