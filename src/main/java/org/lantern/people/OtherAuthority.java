package org.lantern.people;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The other authority in a cross-border placement (the one that placed the child here, or the one
 * where ours is placed): its name, the team, the contact to tell, and the numbers to ring in office
 * hours and out of hours. Only to be shown after the access policy has said yes.
 */
public record OtherAuthority(
    String name,
    @Nullable String team,
    @Nullable String contactName,
    @Nullable String contactEmail,
    @Nullable String officeHoursPhone,
    @Nullable String outOfHoursPhone,
    @Nullable String informWhom) {

  /** The longest name, team or contact name kept. */
  public static final int MAX_NAME = 200;

  /** The longest note of whom to inform kept. */
  public static final int MAX_INFORM = 500;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{6,40}");

  public OtherAuthority {
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("An authority's name is 1 to 200 characters");
    }
    for (String s : new @Nullable String[] {team, contactName}) {
      if (s != null && s.length() > MAX_NAME) {
        throw new IllegalArgumentException("Too long: " + s.length());
      }
    }
    if (informWhom != null && informWhom.length() > MAX_INFORM) {
      throw new IllegalArgumentException("Too long: " + informWhom.length());
    }
    if (contactEmail != null && !isEmail(contactEmail)) {
      throw new IllegalArgumentException("Not an e-mail address");
    }
    if (officeHoursPhone != null && !isPhone(officeHoursPhone)
        || outOfHoursPhone != null && !isPhone(outOfHoursPhone)) {
      throw new IllegalArgumentException("Not a phone number");
    }
  }

  public static boolean isEmail(String text) {
    return text.length() <= MAX_NAME && EMAIL.matcher(text).matches();
  }

  public static boolean isPhone(String text) {
    return PHONE.matcher(text).matches();
  }

  /** Only the name known. */
  public static OtherAuthority named(String name) {
    return new OtherAuthority(name, null, null, null, null, null, null);
  }
}
