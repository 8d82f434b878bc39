package org.lantern.access.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantern.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The tests hash passwords at BCrypt's lowest cost to stay quick ({@code TestSupport}); the
 * application's own encoder, the one a real deployment uses, must still hash at cost 10 or more and
 * must still read a hash made at another cost (an account made by the tests' encoder, or before a
 * cost change).
 */
@IntegrationTest
class PasswordCostTests {

  @Autowired ApplicationContext context;
  @Autowired PasswordEncoder inUse;

  @Test
  void theApplicationsEncoderHashesWithBcryptAtCostTenOrMore() {
    PasswordEncoder production = context.getBean("passwordEncoder", PasswordEncoder.class);
    String hash = production.encode("Correct-horse-1");

    assertThat(hash).matches("\\{bcrypt}\\$2[aby]\\$\\d\\d\\$.{53}");
    int cost = Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$10".length()));
    assertThat(cost).isGreaterThanOrEqualTo(10);
    assertThat(production.matches("Correct-horse-1", hash)).isTrue();
    assertThat(production.matches("Correct-horse-2", hash)).isFalse();
  }

  @Test
  void eachReadsTheOthersHashes() {
    PasswordEncoder production = context.getBean("passwordEncoder", PasswordEncoder.class);

    assertThat(production.matches("Test-password-1", inUse.encode("Test-password-1"))).isTrue();
    assertThat(inUse.matches("Test-password-1", production.encode("Test-password-1"))).isTrue();
    assertThat(inUse.encode("x")).startsWith("{bcrypt}$2a$04$");
  }
}
