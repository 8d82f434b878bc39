package org.lantern.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.panel.data.AnnualReviewEntity;
import org.lantern.panel.data.AnnualReviewRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.platform.DateRules;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel's annual reviews (seed 002 ¶73, ¶74: "the panel is currently subject to annual review";
 * recommendations "made and agreed by the multi-agency group"): the date, partners' feedback, the
 * recommendations and what was agreed. Recorded by those who set panels up, read by them and the
 * coordinator who runs the panels; each read and each review recorded is audited.
 */
@Service
public class AnnualReviews {

  /** The longest text of each part of a review. */
  public static final int MAX_TEXT = 4000;

  private final AnnualReviewRecords reviews;
  private final PanelRecords panels;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final DateRules dates;
  private final Clock clock;

  AnnualReviews(
      AnnualReviewRecords reviews,
      PanelRecords panels,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      DateRules dates,
      Clock clock) {
    this.reviews = reviews;
    this.panels = panels;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.dates = dates;
    this.clock = clock;
  }

  /** A review as the page shows it. */
  public record Review(
      UUID id,
      LocalDate reviewedOn,
      String feedback,
      String recommendations,
      String agreed,
      String recordedBy,
      Instant recordedAt) {}

  /** What is recorded; the date is null when it was not given as a real date. */
  public record Input(
      @Nullable LocalDate reviewedOn,
      @Nullable String feedback,
      @Nullable String recommendations,
      @Nullable String agreed) {}

  /** The panel's reviews, newest first. */
  @Transactional
  public List<Review> of(CurrentUser user, UUID panelId) {
    if (!policy.roleAllows(user, Permission.RUN_PANEL)) {
      policy.requireRole(user, Permission.MANAGE_PANELS, ref(panelId));
    }
    PanelEntity panel = panel(user, panelId);
    audit.record(user, AuditAction.MANAGE_PANELS, null, ref(panelId), null, "read annual reviews");
    List<AnnualReviewEntity> list =
        reviews.findByPanelIdOrderByReviewedOnDescRecordedAtDesc(panel.id());
    Map<UUID, UserView> people =
        directory.users(list.stream().map(AnnualReviewEntity::recordedByUserId).toList());
    return list.stream()
        .map(
            r ->
                new Review(
                    r.id(),
                    r.reviewedOn(),
                    r.feedback(),
                    r.recommendations(),
                    r.agreed(),
                    people.containsKey(r.recordedByUserId())
                        ? people.get(r.recordedByUserId()).displayName()
                        : "",
                    r.recordedAt()))
        .toList();
  }

  /**
   * Records a review. The date is needed, not in the future nor before the partnership's earliest
   * date; the feedback, recommendations and what was agreed are each needed, in {@value MAX_TEXT}
   * characters or fewer.
   */
  @Transactional
  public UUID record(CurrentUser user, UUID panelId, Input input) {
    policy.requireRole(user, Permission.MANAGE_PANELS, ref(panelId));
    PanelEntity panel = panel(user, panelId);
    if (input.reviewedOn() == null) {
      throw new PanelRuleException("reviewedOn", "panel.error.reviewedOn");
    }
    DateRules.Problem problem = dates.judge(input.reviewedOn(), DateRules.Kind.EVENT);
    if (problem != null) {
      throw new PanelRuleException(
          "reviewedOn",
          "future".equals(problem.code())
              ? "panel.error.reviewedOnFuture"
              : "panel.error.reviewedOnTooEarly");
    }
    String feedback = text(input.feedback(), "feedback", "panel.error.reviewFeedback");
    String recommendations =
        text(input.recommendations(), "recommendations", "panel.error.reviewRecommendations");
    String agreed = text(input.agreed(), "agreed", "panel.error.reviewAgreed");
    audit.record(
        user, AuditAction.MANAGE_PANELS, null, ref(panelId), null, "record an annual review");
    return reviews
        .save(
            new AnnualReviewEntity(
                panel,
                input.reviewedOn(),
                feedback,
                recommendations,
                agreed,
                user.id(),
                clock.instant()))
        .id();
  }

  private static String text(@Nullable String given, String field, String messageKey) {
    if (given == null || given.isBlank() || given.strip().length() > MAX_TEXT) {
      throw new PanelRuleException(field, messageKey);
    }
    return given.strip();
  }

  private PanelEntity panel(CurrentUser user, UUID panelId) {
    return panels
        .findById(panelId)
        .filter(p -> p.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("panel", panelId));
  }

  private static RecordRef ref(UUID panelId) {
    return RecordRef.of("PANEL", panelId);
  }
}
