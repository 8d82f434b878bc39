package org.lantern.access;

import java.util.Optional;

/**
 * Whether a partner system whose credentials Lantern accepted may call the API now: asked before
 * every API request, and a refusal answers 403 with the gate's reason (audited). Owned by {@code
 * access}, implemented by a module that governs sharing (an agency with no information sharing
 * agreement in force is refused), so that {@code access} depends on no module above it.
 */
public interface ApiClientGate {

  /** Why this system may not call the API now, or empty when it may. */
  Optional<Refusal> refusal(PartnerSystem system);

  /**
   * A refusal: {@code reason} a short code (the audit row's basis, the problem's {@code reason}),
   * {@code title} and {@code detail} in plain words for the caller.
   */
  record Refusal(String reason, String title, String detail) {}
}
