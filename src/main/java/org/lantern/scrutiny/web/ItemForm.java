package org.lantern.scrutiny.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.scrutiny.ItemDetails;
import org.springframework.validation.BindingResult;

/** A work programme item as typed. */
public class ItemForm {

  static final int MAX_TEXT = 4000;

  private @Nullable String meetingId;
  private @Nullable String title;
  private @Nullable String details;
  private @Nullable String actionOutcome;
  private @Nullable String cabinetMember;
  private @Nullable String leadOfficer;
  private boolean exempt;
  private @Nullable String recursMonths;
  private long version;

  static ItemForm of(ItemDetails d, long version) {
    ItemForm f = new ItemForm();
    f.meetingId = d.meetingId() == null ? "" : d.meetingId().toString();
    f.title = d.title();
    f.details = d.details();
    f.actionOutcome = d.actionOutcome();
    f.cabinetMember = d.cabinetMember();
    f.leadOfficer = d.leadOfficer();
    f.exempt = d.exempt();
    f.recursMonths = d.recursMonths() == null ? null : d.recursMonths().toString();
    f.version = version;
    return f;
  }

  @Nullable ItemDetails details(BindingResult errors) {
    String t = Texts.clean(title);
    if (t == null || t.length() > 300) {
      errors.rejectValue("title", "scrutiny.item.title.required");
    }
    for (String field : new String[] {"details", "actionOutcome"}) {
      String v = "details".equals(field) ? details : actionOutcome;
      if (v != null && v.length() > MAX_TEXT) {
        errors.rejectValue(field, "scrutiny.item.tooLong");
      }
    }
    for (String field : new String[] {"cabinetMember", "leadOfficer"}) {
      String v = "cabinetMember".equals(field) ? cabinetMember : leadOfficer;
      if (v != null && v.length() > 200) {
        errors.rejectValue(field, "scrutiny.item.tooLong");
      }
    }
    Integer months = null;
    String m = Texts.clean(recursMonths);
    if (m != null) {
      try {
        months = Integer.valueOf(m);
      } catch (NumberFormatException e) {
        errors.rejectValue("recursMonths", "scrutiny.item.recurs.range");
      }
    }
    UUID meeting = null;
    if (meetingId != null && !meetingId.isBlank()) {
      try {
        meeting = UUID.fromString(meetingId);
      } catch (IllegalArgumentException e) {
        errors.rejectValue("meetingId", "scrutiny.item.meeting.unknown");
      }
    }
    if (errors.hasErrors() || t == null) {
      return null;
    }
    return new ItemDetails(
        meeting,
        t,
        Texts.clean(details),
        Texts.clean(actionOutcome),
        Texts.clean(cabinetMember),
        Texts.clean(leadOfficer),
        exempt,
        months);
  }

  public @Nullable String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(@Nullable String meetingId) {
    this.meetingId = meetingId;
  }

  public @Nullable String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  public @Nullable String getDetails() {
    return details;
  }

  public void setDetails(@Nullable String details) {
    this.details = details;
  }

  public @Nullable String getActionOutcome() {
    return actionOutcome;
  }

  public void setActionOutcome(@Nullable String actionOutcome) {
    this.actionOutcome = actionOutcome;
  }

  public @Nullable String getCabinetMember() {
    return cabinetMember;
  }

  public void setCabinetMember(@Nullable String cabinetMember) {
    this.cabinetMember = cabinetMember;
  }

  public @Nullable String getLeadOfficer() {
    return leadOfficer;
  }

  public void setLeadOfficer(@Nullable String leadOfficer) {
    this.leadOfficer = leadOfficer;
  }

  public boolean isExempt() {
    return exempt;
  }

  public void setExempt(boolean exempt) {
    this.exempt = exempt;
  }

  public @Nullable String getRecursMonths() {
    return recursMonths;
  }

  public void setRecursMonths(@Nullable String recursMonths) {
    this.recursMonths = recursMonths;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
