package org.lantern.testing;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What every Spring test context here gets: the movable clock and the fixtures. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class TestSupport {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  /**
   * Passwords hashed with BCrypt at its lowest cost (4) instead of production's 10. Every test
   * partnership makes an account for each role, and each hash at cost 10 took 70–170 ms: about 1.5
   * to 3 seconds of CPU per partnership, a large share of the suite on a 2-core machine. Hashes
   * still go through the same delegating encoder ({@code {bcrypt}…}), so signing in, the dummy hash
   * for unknown names and password changes work as in production; {@code PasswordCostTests} pins
   * production's cost.
   */
  @Bean
  @Primary
  PasswordEncoder testPasswordEncoder() {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
  }

  /** E-mail is switched on in tests, sent to this recorder instead of an SMTP server. */
  @Bean
  RecordingMailSender mailSender() {
    return new RecordingMailSender();
  }
}
