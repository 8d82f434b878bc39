package org.lantern.flags.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** Where the clinician is checking from (which A&E, which urgent care centre), once a session. */
public class SettingForm {

  static final int MAX = 200;

  private @Nullable String setting;

  void validate(Errors errors) {
    String s = Texts.clean(setting);
    if (s == null) {
      errors.rejectValue("setting", "flags.setting.required");
    } else if (s.length() > MAX) {
      errors.rejectValue("setting", "flags.setting.tooLong");
    }
  }

  public @Nullable String getSetting() {
    return setting;
  }

  public void setSetting(@Nullable String setting) {
    this.setting = setting;
  }
}
