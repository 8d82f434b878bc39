package org.lantern.access.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Role;

/**
 * Accepted bearer tokens held briefly: until their moment, forgotten by client, never the token.
 */
class AcceptedTokensTests {

  final AcceptedTokens tokens = new AcceptedTokens();
  final Instant now = Instant.parse("2026-12-05T12:00:00Z");

  private AcceptedTokens.Accepted accepted(UUID client, Instant until) {
    CurrentUser user =
        new CurrentUser(
            client,
            "api:ed",
            "ED",
            Role.PARTNER_SYSTEM,
            UUID.randomUUID(),
            "Trust",
            UUID.randomUUID(),
            null);
    return new AcceptedTokens.Accepted(client, new PartnerSystem(user, "ED"), "FLAGS", until);
  }

  @Test
  void aTokenIsBelievedUntilItsMomentAndNotAfter() {
    UUID client = UUID.randomUUID();
    tokens.keep("ed.secret", accepted(client, now.plus(AcceptedTokens.HOLD)), now);

    assertThat(tokens.find("ed.secret", now.plusSeconds(9))).isPresent();
    assertThat(tokens.find("ed.other", now)).as("another secret of the same client").isEmpty();
    assertThat(tokens.find("ed.secret", now.plus(AcceptedTokens.HOLD))).isEmpty();
  }

  @Test
  void forgettingAClientForgetsEveryTokenOfItAndNoOther() {
    UUID revoked = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    tokens.keep("a.old", accepted(revoked, now.plusSeconds(10)), now);
    tokens.keep("a.new", accepted(revoked, now.plusSeconds(10)), now);
    tokens.keep("b.secret", accepted(other, now.plusSeconds(10)), now);

    tokens.forget(revoked);

    assertThat(tokens.find("a.old", now)).isEmpty();
    assertThat(tokens.find("a.new", now)).isEmpty();
    assertThat(tokens.find("b.secret", now)).isPresent();
  }
}
