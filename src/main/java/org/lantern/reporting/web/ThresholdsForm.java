package org.lantern.reporting.web;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantern.reporting.Audience;
import org.lantern.reporting.AudienceThresholds;
import org.springframework.validation.Errors;

/** The threshold of each suppressed audience, as typed. */
public class ThresholdsForm {

  private String partners = "";
  private String published = "";

  static ThresholdsForm of(Map<Audience, Integer> thresholds) {
    ThresholdsForm form = new ThresholdsForm();
    form.partners = Integer.toString(thresholds.get(Audience.PARTNERS));
    form.published = Integer.toString(thresholds.get(Audience.PUBLIC));
    return form;
  }

  /** The thresholds, or null with each problem by its field (not a whole number, below 1). */
  @Nullable Map<Audience, Integer> validate(Errors errors) {
    Integer p = number(errors, "partners", partners);
    Integer q = number(errors, "published", published);
    if (p == null || q == null) {
      return null;
    }
    Map<Audience, Integer> chosen = new EnumMap<>(Audience.class);
    chosen.put(Audience.PARTNERS, p);
    chosen.put(Audience.PUBLIC, q);
    return chosen;
  }

  private static @Nullable Integer number(Errors errors, String field, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      errors.rejectValue(field, "report.thresholds.missing");
      return null;
    }
    if (!t.matches("-?\\d{1,6}")) {
      errors.rejectValue(field, "report.thresholds.notNumber");
      return null;
    }
    int value = Integer.parseInt(t);
    if (value < AudienceThresholds.MINIMUM) {
      errors.rejectValue(field, "report.thresholds.tooSmall");
      return null;
    }
    if (value > AudienceThresholds.MAXIMUM) {
      errors.rejectValue(field, "report.thresholds.tooLarge");
      return null;
    }
    return value;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(@Nullable String partners) {
    this.partners = partners == null ? "" : partners;
  }

  public String getPublished() {
    return published;
  }

  public void setPublished(@Nullable String published) {
    this.published = published == null ? "" : published;
  }
}
