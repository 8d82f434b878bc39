package org.lantern.strategy.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.lantern.strategy.ConferenceKind;
import org.lantern.strategy.ConferenceRecord;
import org.lantern.strategy.PlanCategory;
import org.springframework.validation.Errors;

/** A child protection conference held: kind, date, lead social worker, outcome. */
public class ConferenceForm {

  private @Nullable String kind;
  private @Nullable String discussion;
  private DateInput heldOn = new DateInput();
  private @Nullable String socialWorker;
  private @Nullable String plan;
  private @Nullable String category;
  private @Nullable String notes;

  /** What was typed; a date that cannot be read is refused by its field (and left out). */
  ConferenceRecord read(Errors errors) {
    DateInput.Parsed p = heldOn.parse();
    if (p instanceof DateInput.Invalid) {
      errors.rejectValue("heldOn", "strategy.conference.heldOn.invalid");
    }
    ConferenceKind k = null;
    for (ConferenceKind c : ConferenceKind.values()) {
      if (c.name().equals(kind)) {
        k = c;
      }
    }
    PlanCategory cat = null;
    for (PlanCategory c : PlanCategory.values()) {
      if (c.name().equals(category)) {
        cat = c;
      }
    }
    return new ConferenceRecord(
        k,
        Texts.uuid(discussion),
        p instanceof DateInput.Valid v ? v.date() : null,
        Texts.uuid(socialWorker),
        "yes".equals(plan) ? Boolean.TRUE : "no".equals(plan) ? Boolean.FALSE : null,
        cat,
        Texts.plain(notes));
  }

  public @Nullable String getKind() {
    return kind;
  }

  public void setKind(@Nullable String kind) {
    this.kind = kind;
  }

  public @Nullable String getDiscussion() {
    return discussion;
  }

  public void setDiscussion(@Nullable String discussion) {
    this.discussion = discussion;
  }

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public @Nullable String getSocialWorker() {
    return socialWorker;
  }

  public void setSocialWorker(@Nullable String socialWorker) {
    this.socialWorker = socialWorker;
  }

  public @Nullable String getPlan() {
    return plan;
  }

  public void setPlan(@Nullable String plan) {
    this.plan = plan;
  }

  public @Nullable String getCategory() {
    return category;
  }

  public void setCategory(@Nullable String category) {
    this.category = category;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }
}
