package org.lantern.access;

/**
 * One link in the service navigation.
 *
 * @param order where it sits (lower first)
 * @param labelKey message key of its label
 * @param href where it goes
 * @param count a number to show beside it (new items), or 0
 */
public record NavItem(int order, String labelKey, String href, long count) {

  public boolean isActive(String requestUri) {
    String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
    if (path.equals("/")) {
      return requestUri.equals("/");
    }
    return requestUri.equals(path) || requestUri.startsWith(path + "/");
  }
}
