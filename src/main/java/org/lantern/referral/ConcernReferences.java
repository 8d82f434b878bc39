package org.lantern.referral;

import java.security.SecureRandom;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Component;

/**
 * References people can read out on the phone: "LC-7KQ2-M9XD", from letters and digits that cannot
 * be mistaken for each other (no 0/O, 1/I).
 */
@Component
class ConcernReferences {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private final SecureRandom random = new SecureRandom();
  private final Concerns concerns;

  ConcernReferences(Concerns concerns) {
    this.concerns = concerns;
  }

  String next() {
    while (true) {
      String reference = "LC-" + chunk() + "-" + chunk();
      if (!concerns.existsByReference(reference)) {
        return reference;
      }
    }
  }

  private String chunk() {
    StringBuilder s = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }
}
