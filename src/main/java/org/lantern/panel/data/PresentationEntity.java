package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelRuleException;
import org.lantern.risk.RiskLevel;

/**
 * A child discussed at a meeting: the level then (from the child's current screening when first
 * recorded), the level at their previous presentation, the discussion and the decision.
 */
@Entity
@Table(name = "panel_presentation")
public class PresentationEntity extends NewAware {

  @Id private UUID id;
  private UUID meetingId;
  private UUID childId;

  /** The district the child lived in when presented: where the report card counts them. */
  private @Nullable UUID districtId;

  @Enumerated(EnumType.STRING)
  private RiskLevel level;

  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel previousLevel;

  /** The child's level from their last screening when first recorded (the panel may differ). */
  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel screeningLevel;

  /** Why the panel agreed a level different from the screening's (null when the same). */
  private @Nullable String levelReason;

  private @Nullable String discussion;

  @Enumerated(EnumType.STRING)
  private PanelDecision decision;

  private UUID recordedByUserId;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected PresentationEntity() {}

  public PresentationEntity(
      UUID meetingId,
      UUID childId,
      @Nullable UUID districtId,
      RiskLevel level,
      @Nullable RiskLevel previousLevel,
      UUID recordedByUserId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.childId = childId;
    this.districtId = districtId;
    this.level = level;
    this.screeningLevel = level;
    this.previousLevel = previousLevel;
    this.decision = PanelDecision.CONTINUE;
    this.recordedByUserId = recordedByUserId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void record(@Nullable String discussion, PanelDecision decision, Instant now) {
    checkDiscussion(discussion);
    this.discussion = discussion;
    this.decision = decision;
    this.updatedAt = now;
  }

  /**
   * The level the panel agrees: the screening's, or another with the reason (needed, at most 2,000
   * characters).
   */
  public void agree(RiskLevel agreed, @Nullable String reason, Instant now) {
    if (agreed == screeningLevel || (screeningLevel == null && agreed == level)) {
      this.level = agreed;
      this.levelReason = null;
    } else {
      if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
        throw new PanelRuleException("levelReason", "panel.error.levelReason");
      }
      this.level = agreed;
      this.levelReason = reason.strip();
    }
    this.updatedAt = now;
  }

  /** The discussion of a child: at most 10,000 characters. */
  public static void checkDiscussion(@Nullable String discussion) {
    if (discussion != null && discussion.length() > 10000) {
      throw new PanelRuleException("discussion", "panel.error.discussionLength");
    }
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public UUID childId() {
    return childId;
  }

  public @Nullable UUID districtId() {
    return districtId;
  }

  public RiskLevel level() {
    return level;
  }

  public @Nullable RiskLevel previousLevel() {
    return previousLevel;
  }

  public @Nullable RiskLevel screeningLevel() {
    return screeningLevel;
  }

  public @Nullable String levelReason() {
    return levelReason;
  }

  public @Nullable String discussion() {
    return discussion;
  }

  public PanelDecision decision() {
    return decision;
  }

  public long version() {
    return version;
  }
}
