package org.lantern.access.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.lantern.access.PartnerSystem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Partner systems' bearer tokens accepted in the last {@link #HOLD} (10 seconds), so that a system
 * calling many times a second is not looked up and its secret hashed on every request: the client,
 * its agency and its scopes as they were when the token was last checked against the database. Kept
 * by a digest of the token (SHA-256), never the token; at most {@link #MOST} tokens. A token is
 * held no longer than the client or the secret it matched is usable. Rotating, revoking or changing
 * a client forgets its tokens on this copy once the change commits; another copy of Lantern notices
 * within the hold, the longest a revoked secret can still be accepted.
 */
@Component
public class AcceptedTokens {

  /** How long an accepted token is believed without asking the database again. */
  static final Duration HOLD = Duration.ofSeconds(10);

  /** The most tokens held; past it, the expired ones go, then all. */
  static final int MOST = 10_000;

  /** A token accepted: whose, as whom, with which scopes, and until when it is believed. */
  record Accepted(UUID clientId, PartnerSystem principal, String scopes, Instant until) {}

  private final ConcurrentHashMap<String, Accepted> byDigest = new ConcurrentHashMap<>();

  Optional<Accepted> find(String token, Instant now) {
    String key = digest(token);
    Accepted accepted = byDigest.get(key);
    if (accepted == null) {
      return Optional.empty();
    }
    if (!now.isBefore(accepted.until())) {
      byDigest.remove(key, accepted);
      return Optional.empty();
    }
    return Optional.of(accepted);
  }

  void keep(String token, Accepted accepted, Instant now) {
    if (byDigest.size() >= MOST) {
      byDigest.values().removeIf(a -> !now.isBefore(a.until()));
      if (byDigest.size() >= MOST) {
        byDigest.clear();
      }
    }
    byDigest.put(digest(token), accepted);
  }

  /**
   * Forgets every token of this client: now, and again once the caller's transaction commits (so
   * that a request reading the client before the change cannot keep the old answer).
   */
  public void forget(UUID clientId) {
    forgetNow(clientId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forgetNow(clientId);
            }
          });
    }
  }

  private void forgetNow(UUID clientId) {
    byDigest.values().removeIf(a -> a.clientId().equals(clientId));
  }

  private static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
