package org.lantern.access.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.lantern.platform.Fingerprint;

/**
 * Partner-system secrets: 256 random bits, so a fast SHA-256 hash is safe to keep (unlike
 * passwords, which people choose and which are hashed with a slow algorithm).
 */
public final class ApiSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiSecrets() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    return Fingerprint.of(secret);
  }

  static boolean matches(String secret, String expectedHash) {
    return MessageDigest.isEqual(
        hash(secret).getBytes(StandardCharsets.US_ASCII),
        expectedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
