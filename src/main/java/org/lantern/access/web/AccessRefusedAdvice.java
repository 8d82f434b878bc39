package org.lantern.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.access.AccessRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the access policy says no on a page: offer break-glass access where it is allowed, or say
 * plainly that this role cannot see the record.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class AccessRefusedAdvice {

  @ExceptionHandler(AccessRefusedException.class)
  ModelAndView refused(
      AccessRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (!refused.breakGlassAvailable()) {
      return new ModelAndView("error/403");
    }
    ModelAndView page = new ModelAndView("access/refused");
    page.addObject("childId", refused.child().childId());
    page.addObject("then", request.getRequestURI());
    return page;
  }
}
