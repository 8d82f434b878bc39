package org.lantern.people;

import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * Which child a record filed against the wrong child is really about (a concern, a missing
 * episode): one Lantern knows, or a new record made from the description that came with it; and
 * why. The one form of every module's "move to another child" page.
 */
public class WhichChildForm {

  /** The choice for a new record made from the description. */
  public static final String NEW_RECORD = "NEW";

  /** The longest reason taken. */
  public static final int MAX_REASON = 1000;

  private @Nullable String target;
  private @Nullable String reason;
  private long version;

  /** Checks the form; {@code allowed} says whether a chosen child id is one of those offered. */
  public void validate(Errors errors, Predicate<UUID> offered, boolean newRecord) {
    boolean chosen =
        (NEW_RECORD.equals(target) && newRecord)
            || (Texts.uuid(target) != null && offered.test(Texts.uuid(target)));
    if (!chosen) {
      errors.rejectValue("target", "move.target.required");
    }
    String r = Texts.clean(reason);
    if (r == null) {
      errors.rejectValue("reason", "move.reason.required");
    } else if (r.length() > MAX_REASON) {
      errors.rejectValue("reason", "move.reason.tooLong", new Object[] {MAX_REASON}, null);
    }
  }

  /** The child chosen, or null for a new record. */
  public @Nullable UUID child() {
    return NEW_RECORD.equals(target) ? null : Texts.uuid(target);
  }

  public @Nullable String getTarget() {
    return target;
  }

  public void setTarget(@Nullable String target) {
    this.target = target;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
