package org.lantern.scrutiny.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.validation.BindingResult;

/** A committee meeting as typed: the date, the time (24-hour, 18:00) and the place. */
public class MeetingForm {

  private DateInput on = new DateInput();
  private @Nullable String at;
  private @Nullable String place;

  @Nullable LocalDate date(BindingResult errors) {
    if (on.parse() instanceof DateInput.Valid v) {
      return v.date();
    }
    errors.rejectValue("on", "scrutiny.meeting.on.invalid");
    return null;
  }

  @Nullable LocalTime time(BindingResult errors) {
    String t = Texts.clean(at);
    try {
      return t == null ? failTime(errors) : LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      return failTime(errors);
    }
  }

  private static @Nullable LocalTime failTime(BindingResult errors) {
    errors.rejectValue("at", "scrutiny.meeting.at.invalid");
    return null;
  }

  @Nullable String placeText(BindingResult errors) {
    String p = Texts.clean(place);
    if (p == null || p.length() > 300) {
      errors.rejectValue("place", "scrutiny.meeting.place.required");
      return null;
    }
    return p;
  }

  public DateInput getOn() {
    return on;
  }

  public void setOn(DateInput on) {
    this.on = on;
  }

  public @Nullable String getAt() {
    return at;
  }

  public void setAt(@Nullable String at) {
    this.at = at;
  }

  public @Nullable String getPlace() {
    return place;
  }

  public void setPlace(@Nullable String place) {
    this.place = place;
  }
}
