package org.lantern.scrutiny.web;

import org.jspecify.annotations.Nullable;

/** An agency's figure for an indicator and a quarter, as typed. */
public class ReturnForm {

  private @Nullable String indicatorId;
  private @Nullable String quarter;
  private @Nullable String figure;
  private @Nullable String comment;

  public @Nullable String getIndicatorId() {
    return indicatorId;
  }

  public void setIndicatorId(@Nullable String indicatorId) {
    this.indicatorId = indicatorId;
  }

  public @Nullable String getQuarter() {
    return quarter;
  }

  public void setQuarter(@Nullable String quarter) {
    this.quarter = quarter;
  }

  public @Nullable String getFigure() {
    return figure;
  }

  public void setFigure(@Nullable String figure) {
    this.figure = figure;
  }

  public @Nullable String getComment() {
    return comment;
  }

  public void setComment(@Nullable String comment) {
    this.comment = comment;
  }
}
