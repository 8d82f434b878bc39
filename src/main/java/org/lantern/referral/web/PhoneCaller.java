package org.lantern.referral.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.referral.PhoneReferrer;
import org.lantern.referral.ReferrerKind;
import org.springframework.validation.Errors;

/**
 * Who phoned the front door, as the phone-referral form gives it (fields as typed), and the rule
 * for it: an account holder chosen from the list, or anyone else with a name, who they are to the
 * child and a way to reach them.
 *
 * @param kind null when the form sent a kind that is not one of the choices
 */
record PhoneCaller(
    @Nullable ReferrerKind kind,
    @Nullable String userId,
    @Nullable String name,
    @Nullable String relationship,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String agency) {

  /** The kind the form sent: an account holder when it sent none. */
  static @Nullable ReferrerKind kind(@Nullable String value) {
    if (Texts.isBlank(value)) {
      return ReferrerKind.ACCOUNT;
    }
    for (ReferrerKind k : ReferrerKind.values()) {
      if (k.name().equals(value)) {
        return k;
      }
    }
    return null;
  }

  void check(Errors errors) {
    if (kind == null) {
      errors.rejectValue("referrerKind", "verbal.kind.required");
    } else if (kind == ReferrerKind.ACCOUNT) {
      if (Texts.isBlank(userId) || Texts.uuid(userId) == null) {
        errors.rejectValue("referrerUserId", "verbal.referrer.required");
      }
    } else {
      String n = Texts.clean(name);
      if (n == null) {
        errors.rejectValue("referrerName", "verbal.name.required");
      } else if (n.length() > 200) {
        errors.rejectValue("referrerName", "verbal.name.tooLong");
      }
      String r = Texts.clean(relationship);
      if (r == null) {
        errors.rejectValue("referrerRelationship", "verbal.relationship.required");
      } else if (r.length() > 200) {
        errors.rejectValue("referrerRelationship", "verbal.relationship.tooLong");
      }
      String e = Texts.clean(email);
      if (Texts.clean(phone) == null && e == null) {
        errors.rejectValue("referrerPhone", "verbal.contact.required");
      }
      if (e != null && (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+"))) {
        errors.rejectValue("referrerEmail", "verbal.email.invalid");
      }
      String a = Texts.clean(agency);
      if (a != null && a.length() > 200) {
        errors.rejectValue("referrerAgency", "verbal.agency.tooLong");
      }
    }
    String p = Texts.clean(phone);
    if (p != null && (p.length() > 30 || !p.matches("[0-9 +()-]+"))) {
      errors.rejectValue("referrerPhone", "verbal.phone.invalid");
    }
  }

  /** The caller without an account (after {@link #check} found nothing wrong). */
  PhoneReferrer withoutAccount() {
    return new PhoneReferrer(
        Objects.requireNonNull(kind),
        Objects.requireNonNull(Texts.clean(name)),
        Objects.requireNonNull(Texts.clean(relationship)),
        Texts.clean(phone),
        Texts.clean(email),
        Texts.clean(agency));
  }
}
