package org.lantern.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.admin.FirstRun;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends whoever opens the sign-in page of an empty install to the first-run page: there is no one
 * to sign in yet. Once the install has a partnership it stops asking (it never goes back).
 */
@Configuration(proxyBeanMethods = false)
class FirstRunGuide implements WebMvcConfigurer, HandlerInterceptor {

  private final FirstRun firstRun;
  private volatile boolean done;

  FirstRunGuide(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/sign-in");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    if (done || !"GET".equals(request.getMethod())) {
      return true;
    }
    if (firstRun.waiting()) {
      response.sendRedirect(FirstRunController.PAGE);
      return false;
    }
    done = true;
    return true;
  }
}
