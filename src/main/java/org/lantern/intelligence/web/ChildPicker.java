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
 * Finding a child inside another form (a notice's other children, the child an adult is linked to):
 * a name (typos and nicknames tolerated) and or a date of birth, searched as the front door's "find
 * a child" does, every child shown checked and audited by {@link ChildSearch}.
 */
final class ChildPicker {

  private ChildPicker() {}

  /** The matches, or null (with the errors on the two fields) when the search is not usable. */
  static @Nullable List<ChildSummary> search(
      ChildSearch search,
      CurrentUser user,
      @Nullable String name,
      DateInput dateOfBirth,
      Errors errors,
      Clock clock,
      String purpose) {
    String n = Texts.clean(name);
    DateInput.Parsed born = dateOfBirth.parse();
    if (n == null && born instanceof DateInput.Empty) {
      errors.rejectValue("searchName", "pick.empty");
      return null;
    }
    if (n != null && (n.length() > 100 || !n.matches(".*\\p{L}.*"))) {
      errors.rejectValue("searchName", "pick.name.invalid");
    }
    LocalDate dob = null;
    if (born instanceof DateInput.Valid v) {
      dob = v.date();
      if (dob.isAfter(LocalDate.now(clock.withZone(LanternTime.ZONE)))) {
        errors.rejectValue("searchDateOfBirth", "pick.dateOfBirth.future");
      }
    } else if (born instanceof DateInput.Invalid) {
      errors.rejectValue("searchDateOfBirth", "pick.dateOfBirth.invalid");
    }
    if (errors.hasErrors()) {
      return null;
    }
    return search.find(user, new ChildQuery(n, dob, null, null, null), purpose);
  }
}
