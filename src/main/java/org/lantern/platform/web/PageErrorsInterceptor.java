package org.lantern.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells the layout when a form on the page has errors, so the page title starts with "Error:" as
 * the GOV.UK pattern asks, and {@link ErrorSummaryOrder} that the page's error summary is to be put
 * in the order of its fields. A page whose errors are not in a {@code BindingResult} (sign-in) sets
 * {@code pageHasErrors} itself.
 */
@Configuration(proxyBeanMethods = false)
class PageErrorsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable ModelAndView modelAndView) {
    if (modelAndView == null || isRedirect(modelAndView)) {
      return;
    }
    boolean errors =
        Boolean.TRUE.equals(modelAndView.getModel().get("pageHasErrors"))
            || modelAndView.getModel().values().stream()
                .anyMatch(v -> v instanceof BindingResult result && result.hasErrors());
    modelAndView.addObject("pageHasErrors", errors);
    if (errors) {
      request.setAttribute(ErrorSummaryOrder.PAGE_HAS_ERRORS, Boolean.TRUE);
    }
  }

  /** Puts the error summary of such a page in the order of its fields. */
  @Bean
  FilterRegistrationBean<ErrorSummaryOrder> errorSummaryOrder() {
    var registration = new FilterRegistrationBean<>(new ErrorSummaryOrder());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /** A redirect's model becomes its query string: nothing to add there. */
  private static boolean isRedirect(ModelAndView modelAndView) {
    String name = modelAndView.getViewName();
    return (name != null && name.startsWith("redirect:"))
        || modelAndView.getView() instanceof RedirectView;
  }
}
