package org.lantern.strategy.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.lantern.strategy.MeetingDecision;
import org.lantern.strategy.MeetingRecord;
import org.lantern.strategy.MeetingView;
import org.springframework.validation.Errors;

/** Recording a meeting as held: when, who, what is known, the decision, the actions. */
public class MeetingForm {

  static final int BLANK_ACTION_ROWS = 2;

  private DateInput heldOn = new DateInput();
  private @Nullable String heldTime;
  private List<String> invited = new ArrayList<>();
  private List<String> attended = new ArrayList<>();
  private @Nullable String known;
  private @Nullable String decision;
  private @Nullable String reasons;
  private List<ActionForm> actions = new ArrayList<>();
  private DateInput nextReviewOn = new DateInput();
  private long version = -1;

  /** A blank form, with rows for actions. */
  static MeetingForm blank(long version) {
    MeetingForm f = new MeetingForm();
    f.version = version;
    f.padActions();
    return f;
  }

  /** The form filled from what the meeting recorded, to correct it. */
  static MeetingForm of(MeetingView m) {
    MeetingForm f = blank(m.version());
    if (m.heldAt() != null) {
      f.heldOn = new DateInput(LocalDate.ofInstant(m.heldAt(), LanternTime.ZONE));
      f.heldTime = LocalTime.ofInstant(m.heldAt(), LanternTime.ZONE).toString();
    }
    m.participants().forEach(p -> f.invited.add(p.userId().toString()));
    m.participants().stream()
        .filter(MeetingView.Person::attended)
        .forEach(p -> f.attended.add(p.userId().toString()));
    f.known = m.known();
    f.decision = m.decision() == null ? null : m.decision().name();
    f.reasons = m.reasons();
    f.actions.clear();
    for (MeetingView.Action a : m.actions()) {
      ActionForm row = new ActionForm();
      row.setDescription(a.description());
      row.setOwner(a.ownerUserId().toString());
      row.setDueOn(new DateInput(a.dueOn()));
      row.setDone(a.doneOn() != null);
      f.actions.add(row);
    }
    f.padActions();
    if (m.nextReviewOn() != null) {
      f.nextReviewOn = new DateInput(m.nextReviewOn());
    }
    return f;
  }

  void padActions() {
    int blanks = 0;
    for (ActionForm a : actions) {
      if (Texts.isBlank(a.getDescription()) && Texts.isBlank(a.getOwner())) {
        blanks++;
      }
    }
    while (blanks++ < BLANK_ACTION_ROWS) {
      actions.add(new ActionForm());
    }
  }

  /** What was typed; what cannot be read is refused by its field (and left out). */
  MeetingRecord read(Errors errors, Clock clock) {
    Instant at = null;
    DateInput.Parsed day = heldOn.parse();
    LocalTime time = time(heldTime);
    if (day instanceof DateInput.Valid v && time != null) {
      at = v.date().atTime(time).atZone(LanternTime.ZONE).toInstant();
    } else if (day instanceof DateInput.Invalid) {
      errors.rejectValue("heldOn", "strategy.meeting.heldOn.invalid");
    } else if (day instanceof DateInput.Valid && Texts.clean(heldTime) != null) {
      errors.rejectValue("heldTime", "strategy.meeting.heldTime.invalid");
    } else if (day instanceof DateInput.Valid) {
      errors.rejectValue("heldTime", "strategy.meeting.heldTime.required");
    }
    MeetingDecision chosen = null;
    for (MeetingDecision d : MeetingDecision.values()) {
      if (d.name().equals(decision)) {
        chosen = d;
      }
    }
    List<MeetingRecord.Action> typed = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    for (int i = 0; i < actions.size(); i++) {
      ActionForm a = actions.get(i);
      LocalDate due = null;
      DateInput.Parsed p = a.getDueOn().parse();
      if (p instanceof DateInput.Valid v) {
        due = v.date();
      } else if (p instanceof DateInput.Invalid) {
        errors.rejectValue("actions[" + i + "].dueOn", "strategy.action.dueOn.invalid");
      }
      UUID owner = Texts.uuid(a.getOwner());
      if (owner == null && !Texts.isBlank(a.getOwner())) {
        errors.rejectValue("actions[" + i + "].owner", "strategy.action.owner");
      }
      typed.add(
          new MeetingRecord.Action(
              Texts.plain(a.getDescription()), owner, due, a.isDone() ? today : null));
    }
    LocalDate review = null;
    DateInput.Parsed r = nextReviewOn.parse();
    if (r instanceof DateInput.Valid v) {
      review = v.date();
    } else if (r instanceof DateInput.Invalid) {
      errors.rejectValue("nextReviewOn", "strategy.meeting.nextReviewOn.invalid");
    }
    return new MeetingRecord(
        at,
        ids(invited),
        ids(attended),
        Texts.plain(known),
        chosen,
        Texts.plain(reasons),
        typed,
        review);
  }

  private static List<UUID> ids(List<String> typed) {
    List<UUID> ids = new ArrayList<>();
    for (String s : typed) {
      UUID id = Texts.uuid(s);
      if (id != null && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** "14:30", "9:05", "1430": the time, or null when it cannot be read. */
  static @Nullable LocalTime time(@Nullable String typed) {
    String t = Texts.clean(typed);
    if (t == null) {
      return null;
    }
    String digits = t.replace(".", ":");
    if (digits.matches("\\d{4}")) {
      digits = digits.substring(0, 2) + ":" + digits.substring(2);
    }
    if (!digits.matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      String[] parts = digits.split(":");
      return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (DateTimeException e) {
      return null;
    }
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public @Nullable String getHeldTime() {
    return heldTime;
  }

  public void setHeldTime(@Nullable String heldTime) {
    this.heldTime = heldTime;
  }

  public List<String> getInvited() {
    return invited;
  }

  public void setInvited(List<String> invited) {
    this.invited = invited;
  }

  public List<String> getAttended() {
    return attended;
  }

  public void setAttended(List<String> attended) {
    this.attended = attended;
  }

  public @Nullable String getKnown() {
    return known;
  }

  public void setKnown(@Nullable String known) {
    this.known = known;
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable String getReasons() {
    return reasons;
  }

  public void setReasons(@Nullable String reasons) {
    this.reasons = reasons;
  }

  public List<ActionForm> getActions() {
    return actions;
  }

  public void setActions(List<ActionForm> actions) {
    this.actions = actions;
  }

  public DateInput getNextReviewOn() {
    return nextReviewOn;
  }

  public void setNextReviewOn(DateInput nextReviewOn) {
    this.nextReviewOn = nextReviewOn;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
