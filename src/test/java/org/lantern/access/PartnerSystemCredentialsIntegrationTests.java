package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner system's credentials through the real API: a rotated secret's overlap (the old one
 * accepted until the chosen moment, then refused), revocation at once, expiry, scopes (an API
 * outside them refused and audited), an unknown scope refused, and when it was last used.
 */
@IntegrationTest
class PartnerSystemCredentialsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired PartnerSystems systems;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;
  @Autowired AuditLog audit;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aRotatedSecretOverlapsUntilTheChosenMomentAndThenOnlyTheNewOneWorks() throws Exception {
    TestPartnership p = fixtures.partnership();
    ApiClientCredentials first = register(p, EnumSet.of(ApiScope.CONCERNS), null);
    assertThat(status(first)).isEqualTo(404);
    UUID id = clientId(p, first);
    assertThat(systems.one(p.id(), id).orElseThrow().lastUsedAt()).isNotNull();

    // whole milliseconds, as PostgreSQL keeps (and rounds) microseconds
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    clock.set(now);
    ApiClientCredentials second =
        transaction.execute(tx -> systems.rotate(id, now.plus(Duration.ofHours(24))));
    assertThat(second.secret()).isNotEqualTo(first.secret());
    assertThat(status(second)).isEqualTo(404);
    assertThat(status(first)).as("the old secret, within the overlap").isEqualTo(404);

    clock.set(now.plus(Duration.ofHours(25)));
    assertThat(status(first)).as("the old secret, after the overlap").isEqualTo(401);
    assertThat(status(second)).isEqualTo(404);

    // a rotation with no overlap refuses the old secret at once
    ApiClientCredentials third =
        transaction.execute(tx -> systems.rotate(id, now.plus(Duration.ofHours(25))));
    assertThat(status(second)).isEqualTo(401);
    assertThat(status(third)).isEqualTo(404);
  }

  @Test
  void aRevokedClientIsRefusedAtOnceWithEverySecretItHad() throws Exception {
    TestPartnership p = fixtures.partnership();
    ApiClientCredentials first = register(p, EnumSet.of(ApiScope.CONCERNS), null);
    UUID id = clientId(p, first);
    ApiClientCredentials second =
        transaction.execute(tx -> systems.rotate(id, Instant.now().plus(Duration.ofDays(1))));
    assertThat(status(first)).isEqualTo(404);

    transaction.executeWithoutResult(tx -> systems.revoke(id));
    assertThat(status(first)).isEqualTo(401);
    assertThat(status(second)).isEqualTo(401);
    assertThat(systems.one(p.id(), id).orElseThrow().statusAt(Instant.now()))
        .isEqualTo(PartnerSystemStatus.REVOKED);
    assertThatThrownBy(() -> transaction.execute(tx -> systems.rotate(id, Instant.now())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExpiredClientIsRefused() throws Exception {
    TestPartnership p = fixtures.partnership();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ApiClientCredentials c =
        register(p, EnumSet.of(ApiScope.CONCERNS), now.plus(Duration.ofDays(30)));
    assertThat(status(c)).isEqualTo(404);
    clock.set(now.plus(Duration.ofDays(31)));
    assertThat(status(c)).isEqualTo(401);
    assertThat(systems.one(p.id(), clientId(p, c)).orElseThrow().statusAt(clock.instant()))
        .isEqualTo(PartnerSystemStatus.EXPIRED);
  }

  @Test
  void anApiOutsideTheClientsScopesIsRefusedAndAuditedAndAnUnknownScopeIsRefused()
      throws Exception {
    TestPartnership p = fixtures.partnership();
    ApiClientCredentials c = register(p, EnumSet.of(ApiScope.MISSING_EPISODES), null);
    assertThat(status(c)).isEqualTo(403);
    assertThatThrownBy(() -> ApiScope.parse("CONCERNS,EVERYTHING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EVERYTHING");
    assertThatThrownBy(() -> register(p, EnumSet.noneOf(ApiScope.class), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ApiClientCredentials register(
      TestPartnership p, Set<ApiScope> scopes, Instant expiresAt) {
    String clientId = "sys-" + UUID.randomUUID().toString().substring(0, 8);
    return transaction.execute(
        tx ->
            systems.register(
                p.policeId(), clientId, "Niche", "NICHE-" + p.suffix(), scopes, expiresAt));
  }

  private UUID clientId(TestPartnership p, ApiClientCredentials c) {
    return systems.of(p.id()).stream()
        .filter(v -> v.clientId().equals(c.clientId()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private int status(ApiClientCredentials c) throws Exception {
    return mvc.perform(
            get("/api/v1/concerns/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + c.bearerToken()))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
