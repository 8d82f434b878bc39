package org.lantern.panel.web;

import org.jspecify.annotations.Nullable;

/**
 * A child chosen for the agenda (or taken off it), or a referral declined, with the coordinator's
 * reason. Bound through its constructor.
 */
public record ReasonForm(@Nullable String childId, @Nullable String reason) {

  static ReasonForm empty() {
    return new ReasonForm(null, null);
  }
}
