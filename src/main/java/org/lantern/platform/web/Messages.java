package org.lantern.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Lantern's words: every {@code messages/*.properties} file on the class path, one per capability,
 * so that each module keeps its own text. A key is defined in exactly one file (a test checks).
 *
 * <p>Every message goes through {@link java.text.MessageFormat}, with or without arguments, so an
 * apostrophe is always written {@code ''} and shows as one.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

  static final String FOLDER = "messages";

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames());
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /**
   * {@code messages/lantern}, {@code messages/screening}, ...; locale variants are not basenames.
   */
  static String[] basenames() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:" + FOLDER + "/*.properties");
      return Arrays.stream(files)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .filter(name -> !name.contains("_"))
          .distinct()
          .sorted()
          .map(name -> FOLDER + "/" + name)
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
