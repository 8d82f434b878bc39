package org.lantern.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PanelReferralEntity;
import org.lantern.panel.data.PanelReferrals;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.FieldProblems;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.RiskLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's referral of a child straight to panel (seed 002 ¶97: "wider partner agencies are also
 * able to refer cases of medium/high risk directly to CSE Panel via the Families First CSE
 * Coordinator"), made through the coordinator, who records it as received with the partner's own
 * assessment of the child's level (medium or high): no Lantern screening is needed first, and the
 * child must live in a district a panel covers. The coordinator then accepts it onto the next
 * agenda of that panel (at once when a meeting is planned and its agenda still open, otherwise when
 * the next agenda is built) or declines it with a reason.
 */
@Service
public class DirectReferrals {

  private final PanelReferrals referrals;
  private final Children children;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final Clock clock;
  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  DirectReferrals(
      PanelRecords panels,
      MeetingRecords meetings,
      AgendaItems agenda,
      AuditLog audit,
      PanelReferrals referrals,
      Children children,
      Directory directory,
      PanelAccess access,
      AccessPolicy policy,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.panels = panels;
    this.meetings = meetings;
    this.agenda = agenda;
    this.audit = audit;
    this.policy = policy;
    this.referrals = referrals;
    this.children = children;
    this.directory = directory;
    this.access = access;
    this.clock = clock;
  }

  /** The partner's levels a referral can carry: medium or high (seed 002 ¶97). */
  public static final List<RiskLevel> PARTNER_LEVELS = List.of(RiskLevel.MEDIUM, RiskLevel.HIGH);

  /** The longest reason for declining a referral. */
  public static final int MAX_DECLINE_REASON = 2000;

  /** A referral received and waiting for the coordinator's decision, as the list shows it. */
  public record Received(
      UUID id,
      UUID childId,
      String childName,
      String agencyName,
      String referrerName,
      @Nullable RiskLevel partnerLevel,
      String reason,
      Instant recordedAt,
      @Nullable String panelName,
      long version) {}

  /** What accepting did: the meeting the child was put on, or null until the next agenda. */
  public record Accepted(@Nullable UUID meetingId, @Nullable LocalDate meetingOn) {}

  /** Refuses, audited, anyone who may not record a partner's referral (the form's page). */
  public void requireRecorder(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
  }

  /**
   * A child chosen by id, never screened perhaps (so not on the tracker): read for the coordinator
   * through the access policy (audited).
   */
  @Transactional
  public ChildSummary chosen(CurrentUser user, UUID childId) {
    access.requireChild(
        user, Permission.RUN_PANEL, childId, RecordRef.child(childId), "refer to panel");
    return children.summary(childId);
  }

  /**
   * Records a partner's referral. Every missing or wrong field is reported at once (one {@link
   * PanelRuleException} with a problem for each), before the child is read; a missing child is one
   * of them.
   */
  @Transactional
  public UUID record(
      CurrentUser user,
      @Nullable UUID childId,
      @Nullable UUID agencyId,
      @Nullable String referrerName,
      @Nullable String reason,
      @Nullable RiskLevel partnerLevel) {
    requireRecorder(user);
    // in the form's order, so the error summary lists them as the page asks
    FieldProblems problems = new FieldProblems();
    problems.addIf(childId == null, "childId", "panel.error.chooseChild");
    problems.addIf(
        agencyId == null
            || directory
                .agency(agencyId)
                .map(AgencyView::partnershipId)
                .filter(user.partnershipId()::equals)
                .isEmpty(),
        "agencyId",
        "panel.error.referralAgency");
    problems.addIf(
        partnerLevel == null || !PARTNER_LEVELS.contains(partnerLevel),
        "partnerLevel",
        "panel.error.partnerLevel");
    problems.addIf(
        referrerName == null || referrerName.isBlank() || referrerName.length() > 200,
        "referrerName",
        "panel.error.referrerName");
    problems.addIf(
        reason == null || reason.isBlank() || reason.length() > 2000,
        "reason",
        "panel.error.referralReason");
    problems.throwIfAny(PanelRuleException::new);
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        RecordRef.child(childId),
        "record a partner's referral to panel");
    ChildSummary child = children.summary(childId);
    if (child.districtId() == null) {
      throw new PanelRuleException("childId", "panel.error.noDistrict");
    }
    if (panels.findByDistrict(child.districtId()).isEmpty()) {
      throw new PanelRuleException("childId", "panel.error.noPanel");
    }
    return referrals
        .save(
            new PanelReferralEntity(
                user.partnershipId(),
                child.districtId(),
                childId,
                agencyId,
                referrerName.strip(),
                reason.strip(),
                partnerLevel,
                user.id(),
                clock.instant()))
        .id();
  }

  /** The referrals received and not yet accepted or declined, oldest first. */
  @Transactional
  public List<Received> received(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
    audit.record(
        user,
        AuditAction.RUN_PANEL,
        null,
        RecordRef.of("PARTNERSHIP", user.partnershipId()),
        null,
        "list partners' referrals to panel");
    List<PanelReferralEntity> list =
        referrals.findByPartnershipIdAndStatusOrderByRecordedAtAsc(
            user.partnershipId(), ReferralStatus.RECEIVED);
    Map<UUID, ChildSummary> kids =
        children.summaries(list.stream().map(PanelReferralEntity::childId).toList());
    Map<UUID, String> agencies =
        directory.agencies(user.partnershipId()).stream()
            .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
    return list.stream()
        .map(
            r ->
                new Received(
                    r.id(),
                    r.childId(),
                    kids.containsKey(r.childId()) ? kids.get(r.childId()).name() : "",
                    agencies.getOrDefault(r.referringAgencyId(), ""),
                    r.referrerName(),
                    r.partnerLevel(),
                    r.reason(),
                    r.recordedAt(),
                    panels.findByDistrict(r.districtId()).map(PanelEntity::name).orElse(null),
                    r.version()))
        .toList();
  }

  /**
   * The coordinator accepts a referral onto the next agenda of the panel of the child's district:
   * on the soonest meeting not yet past whose agenda is still open, or, with none planned, on the
   * next agenda built.
   */
  @Transactional
  public Accepted accept(CurrentUser user, UUID referralId, long version) {
    PanelReferralEntity referral = referral(user, referralId);
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        referral.childId(),
        RecordRef.of("PANEL_REFERRAL", referralId),
        "accept a partner's referral to panel");
    referral.requireVersion(version);
    PanelEntity panel =
        panels
            .findByDistrict(referral.districtId())
            .orElseThrow(() -> new PanelRuleException("referral", "panel.error.noPanel"));
    referral.accept(user.id(), clock.instant());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    MeetingEntity next =
        meetings.findByPanelIdOrderByMeetingOnAsc(panel.id()).stream()
            .filter(m -> m.status().agendaOpen() && !m.meetingOn().isBefore(today))
            .findFirst()
            .orElse(null);
    if (next == null) {
      return new Accepted(null, null);
    }
    AgendaItemEntity item =
        agenda.findByMeetingIdAndChildId(next.id(), referral.childId()).orElse(null);
    if (item == null) {
      agenda.save(
          new AgendaItemEntity(
              next.id(),
              referral.childId(),
              AgendaReason.PARTNER_REFERRAL,
              referral.reason(),
              user.id(),
              clock.instant()));
    } else if (item.removed()) {
      item.restore(AgendaReason.PARTNER_REFERRAL, referral.reason(), user.id(), clock.instant());
    }
    referral.placeOn(next.id());
    next.touch(clock.instant());
    return new Accepted(next.id(), next.meetingOn());
  }

  /**
   * The coordinator declines a referral, with the reason (needed, 2,000 characters or fewer); the
   * partner who referred is told through {@link PanelReferralDeclined}.
   */
  @Transactional
  public void decline(CurrentUser user, UUID referralId, @Nullable String reason, long version) {
    PanelReferralEntity referral = referral(user, referralId);
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        referral.childId(),
        RecordRef.of("PANEL_REFERRAL", referralId),
        "decline a partner's referral to panel");
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_DECLINE_REASON) {
      throw new PanelRuleException("reason", "panel.error.declineReason");
    }
    referral.requireVersion(version);
    referral.decline(user.id(), reason.strip(), clock.instant());
    events.publishEvent(
        new PanelReferralDeclined(
            referral.id(),
            referral.partnershipId(),
            referral.childId(),
            referral.referringAgencyId(),
            referral.referrerName(),
            reason.strip()));
  }

  /** A referral of the person's partnership (another's does not exist for them). */
  private PanelReferralEntity referral(CurrentUser user, UUID referralId) {
    policy.requireRole(user, Permission.RUN_PANEL, RecordRef.of("PANEL_REFERRAL", referralId));
    return referrals
        .findById(referralId)
        .filter(r -> r.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("panel referral", referralId));
  }
}
