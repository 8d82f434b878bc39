package org.lantern.risk.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A screening's answers as the form posts them: {@code answers[itemId]}. */
public class AnswersForm {

  private Map<String, String> answers = new HashMap<>();
  private long version;
  private @Nullable String action;

  boolean continuing() {
    return "continue".equals(action);
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public void setAnswers(Map<String, String> answers) {
    this.answers = answers;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public @Nullable String getAction() {
    return action;
  }

  public void setAction(@Nullable String action) {
    this.action = action;
  }
}
