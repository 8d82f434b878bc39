package org.lantern.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** What every Spring test context here gets: the movable clock and the fixtures. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class TestSupport {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  /** E-mail is switched on in tests, sent to this recorder instead of an SMTP server. */
  @Bean
  RecordingMailSender mailSender() {
    return new RecordingMailSender();
  }
}
