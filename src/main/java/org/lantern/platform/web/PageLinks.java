package org.lantern.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Paged;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown, keeping its search and filters: for templates, as
 * {@code @pageLinks.of(paged)}. The link is a path, never built from the Host header.
 */
@Component("pageLinks")
public class PageLinks {

  /** The links the pagination offers for {@code paged} (its numbers and either side), by page. */
  public Map<Integer, String> of(Paged<?> paged) {
    Map<Integer, String> links = new HashMap<>();
    for (int n : paged.links()) {
      links.put(n, to(n));
    }
    links.put(paged.page() - 1, to(paged.page() - 1));
    links.put(paged.page() + 1, to(paged.page() + 1));
    return links;
  }

  /**
   * The list being shown sorted another way, from its first page, keeping its search and filters:
   * {@code sort} set to {@code value}, or taken away (the list's own order) when null.
   */
  public String sortedBy(@Nullable String value) {
    HttpServletRequest request = request();
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
    keep(request, link, Set.of("page", "sort"));
    if (value != null) {
      link.queryParam("sort", value);
    }
    return link.encode().build().toUriString();
  }

  public String to(int page) {
    HttpServletRequest request = request();
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
    if (page > 1) {
      link.queryParam("page", page);
    }
    keep(request, link, Set.of("page"));
    return link.encode().build().toUriString();
  }

  private static HttpServletRequest request() {
    return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getRequest();
  }

  /** The request's parameters, but for {@code left}, onto the link (blank ones left out). */
  private static void keep(
      HttpServletRequest request, UriComponentsBuilder link, Set<String> left) {
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!left.contains(name)) {
                for (String value : values) {
                  if (value != null && !value.isBlank()) {
                    link.queryParam(name, value);
                  }
                }
              }
            });
  }
}
