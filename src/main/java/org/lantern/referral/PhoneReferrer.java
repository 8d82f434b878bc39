package org.lantern.referral;

import org.jspecify.annotations.Nullable;

/**
 * Someone without a Lantern account who phoned the front door: their name, who they are to the
 * child, how to reach them (a phone number or e-mail address: one is needed), and their agency if
 * they have one.
 */
public record PhoneReferrer(
    ReferrerKind kind,
    String name,
    String relationship,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String agency) {

  public PhoneReferrer {
    if (kind == ReferrerKind.ACCOUNT) {
      throw new IllegalArgumentException("A referrer with an account is chosen by their account");
    }
    if (phone == null && email == null) {
      throw new IllegalArgumentException("A phone referrer needs a phone number or e-mail address");
    }
  }

  /** How to reach them, as the concern keeps it. */
  public String contact() {
    return phone != null && email != null ? phone + ", " + email : phone != null ? phone : email;
  }
}
