package org.lantern.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend and MoJ Frontend straight from their WebJars. Their stylesheets refer to
 * fonts and images at absolute {@code /assets/...} URLs, so that path maps onto both packages'
 * asset folders.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

  private static final String WEBJARS = "classpath:/META-INF/resources/webjars/";

  private final String staticLocation;

  AssetsConfiguration(
      @Value("${lantern.web.static-location:classpath:/static/}") String staticLocation) {
    this.staticLocation = staticLocation;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    WebJarVersionLocator locator = new WebJarVersionLocator();
    String govuk = WEBJARS + "govuk-frontend/" + locator.version("govuk-frontend") + "/dist/govuk/";
    String moj =
        WEBJARS
            + "ministryofjustice__frontend/"
            + locator.version("ministryofjustice__frontend")
            + "/moj/";
    CacheControl day = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(govuk + "assets/", moj + "assets/")
        .setCacheControl(day);
    registry.addResourceHandler("/govuk/**").addResourceLocations(govuk).setCacheControl(day);
    registry.addResourceHandler("/moj/**").addResourceLocations(moj).setCacheControl(day);
    registry
        .addResourceHandler("/static/**")
        .addResourceLocations(staticLocation)
        .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
  }
}
