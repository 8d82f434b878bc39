package org.lantern.panel.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;

/** A panel's annual review as the coordinator records it. */
public class ReviewForm {

  private DateInput reviewedOn = new DateInput();
  private @Nullable String feedback;
  private @Nullable String recommendations;
  private @Nullable String agreed;

  public DateInput getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(DateInput reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public @Nullable String getFeedback() {
    return feedback;
  }

  public void setFeedback(@Nullable String feedback) {
    this.feedback = feedback;
  }

  public @Nullable String getRecommendations() {
    return recommendations;
  }

  public void setRecommendations(@Nullable String recommendations) {
    this.recommendations = recommendations;
  }

  public @Nullable String getAgreed() {
    return agreed;
  }

  public void setAgreed(@Nullable String agreed) {
    this.agreed = agreed;
  }
}
