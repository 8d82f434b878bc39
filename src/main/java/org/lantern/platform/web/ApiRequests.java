package org.lantern.platform.web;

import org.lantern.platform.ApiProblems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How partner API requests are read: each held to its size limit before anything else (even
 * authentication) looks at it, and its JSON read strictly.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequests {

  @Bean
  FilterRegistrationBean<ApiRequestSizeLimit> apiRequestSizeLimit(
      ApiLimits limits, ApiProblems problems) {
    var registration = new FilterRegistrationBean<>(new ApiRequestSizeLimit(limits, problems));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  WebMvcConfigurer apiJsonReading(JsonMapper application) {
    ApiJsonReading strict = new ApiJsonReading(application);
    return new WebMvcConfigurer() {
      @Override
      public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(strict);
      }
    };
  }
}
