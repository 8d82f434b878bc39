package org.lantern.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
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

  public String to(int page) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
    if (page > 1) {
      link.queryParam("page", page);
    }
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("page")) {
                for (String value : values) {
                  if (value != null && !value.isBlank()) {
                    link.queryParam(name, value);
                  }
                }
              }
            });
    return link.encode().build().toUriString();
  }
}
