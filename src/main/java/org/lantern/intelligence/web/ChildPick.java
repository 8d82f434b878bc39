package org.lantern.intelligence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildQuery;
import org.lantern.people.ChildSearch;
import org.lantern.people.ChildSummary;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * Finding a child inside another form (a notice's other children, the child an adult is linked to),
 * bound as {@code pick.*} and shown by {@code intelligence/parts :: childPicker}: a name (typos and
 * nicknames tolerated) and or a date of birth, searched as the front door's "find a child" does,
 * every child shown checked and audited by {@link ChildSearch}.
 */
public class ChildPick {

  /** Where the picker is bound in every form that holds one. */
  static final String FIELD = "pick";

  private @Nullable String name;
  private DateInput dateOfBirth = new DateInput();

  /** The matches, or null (with the errors on the two fields) when the search is not usable. */
  @Nullable List<ChildSummary> search(
      ChildSearch search, CurrentUser user, Errors errors, Clock clock, String purpose) {
    String n = Texts.clean(name);
    DateInput.Parsed born = dateOfBirth.parse();
    if (n == null && born instanceof DateInput.Empty) {
      errors.rejectValue(FIELD + ".name", "pick.empty");
      return null;
    }
    if (n != null && (n.length() > 100 || !n.matches(".*\\p{L}.*"))) {
      errors.rejectValue(FIELD + ".name", "pick.name.invalid");
    }
    LocalDate dob = null;
    if (born instanceof DateInput.Valid v) {
      dob = v.date();
      if (dob.isAfter(LocalDate.now(clock.withZone(LanternTime.ZONE)))) {
        errors.rejectValue(FIELD + ".dateOfBirth", "pick.dateOfBirth.future");
      }
    } else if (born instanceof DateInput.Invalid) {
      errors.rejectValue(FIELD + ".dateOfBirth", "pick.dateOfBirth.invalid");
    }
    if (errors.hasErrors()) {
      return null;
    }
    return search.find(user, new ChildQuery(n, dob, null, null, null), purpose);
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }
}
