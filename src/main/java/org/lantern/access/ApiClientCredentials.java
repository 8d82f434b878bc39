package org.lantern.access;

/**
 * A new API client's credentials. The secret is shown once and only its hash is kept; the client
 * sends {@code Authorization: Bearer <clientId>.<secret>}.
 */
public record ApiClientCredentials(String clientId, String secret) {

  public String bearerToken() {
    return clientId + "." + secret;
  }
}
