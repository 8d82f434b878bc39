package org.lantern.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list being shown, keeping its search and filters: for templates, as
 * {@code @pageLinks.to(3)}. The link is a path, never built from the Host header.
 */
@Component("pageLinks")
public class PageLinks {

  public String to(int page) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    return page <= 1
        ? link.replaceQueryParam("page").build().toUriString()
        : link.replaceQueryParam("page", page).build().toUriString();
  }
}
