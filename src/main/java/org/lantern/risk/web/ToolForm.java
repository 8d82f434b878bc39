package org.lantern.risk.web;

import org.jspecify.annotations.Nullable;

/** A tool definition to publish, and the version it was edited from (none for an import). */
public class ToolForm {

  private @Nullable String source;
  private @Nullable Integer basedOn;

  public @Nullable String getSource() {
    return source;
  }

  public void setSource(@Nullable String source) {
    this.source = source;
  }

  public @Nullable Integer getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(@Nullable Integer basedOn) {
    this.basedOn = basedOn;
  }
}
