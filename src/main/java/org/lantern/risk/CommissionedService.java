package org.lantern.risk;

import java.time.Clock;
import java.time.Instant;
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
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.SectionAccess;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.data.Screening;
import org.lantern.risk.data.ServiceReferral;
import org.lantern.risk.data.ServiceReferralRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single point of referral into the commissioned exploitation and missing service: a medium or
 * high screening refers the child; the service sees the referral in its queue and accepts it.
 */
@Service
public class CommissionedService {

  private final ServiceReferralRecords referrals;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final Directory directory;
  private final Clock clock;

  CommissionedService(
      ServiceReferralRecords referrals,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      Directory directory,
      Clock clock) {
    this.referrals = referrals;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.directory = directory;
    this.clock = clock;
  }

  /** A referral as the queue and the child's file show it. */
  public record Referral(
      UUID id,
      ChildSummary child,
      RiskLevel level,
      ServiceReferralStatus status,
      Instant referredAt,
      @Nullable String acceptedByName,
      @Nullable Instant acceptedAt,
      long version) {}

  /** Refers the child, unless a referral is already waiting or accepted. */
  @Transactional
  void refer(Screening screening, RiskLevel level) {
    boolean open =
        referrals.findByChildIdOrderByReferredAtDesc(screening.childId()).stream()
            .anyMatch(
                r ->
                    r.status() == ServiceReferralStatus.WAITING
                        || r.status() == ServiceReferralStatus.ACCEPTED);
    if (!open) {
      referrals.save(ServiceReferral.refer(screening, level, clock.instant()));
    }
  }

  /** The service's queue: referrals waiting, oldest first. Audited as one view. */
  @Transactional
  public List<Referral> queue(CurrentUser user) {
    requireService(user);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("SERVICE_QUEUE", user.partnershipId().toString()),
        null,
        "commissioned service queue");
    return views(
        referrals.findByPartnershipIdAndStatusOrderByReferredAtAsc(
            user.partnershipId(), ServiceReferralStatus.WAITING));
  }

  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    requireService(user);
    return referrals.countByPartnershipIdAndStatus(
        user.partnershipId(), ServiceReferralStatus.WAITING);
  }

  /**
   * The service accepts the referral; the accepting worker joins the child's professional network
   * (so may open the file). Throws {@link ScreeningChangedException} if it was accepted already.
   */
  @Transactional
  public void accept(CurrentUser user, UUID referralId, long version) {
    ServiceReferral r =
        referrals
            .findById(referralId)
            .orElseThrow(() -> new RecordNotFoundException("service referral", referralId));
    policy.require(
        user,
        Permission.ACCEPT_SERVICE_REFERRAL,
        children.ref(r.childId()),
        RecordRef.of("SERVICE_REFERRAL", referralId),
        "accept a referral into the service");
    if (r.version() != version || r.status() != ServiceReferralStatus.WAITING) {
      throw new ScreeningChangedException("Referral " + referralId + " changed");
    }
    r.accept(user.id(), clock.instant());
    referrals.saveAndFlush(r);
    relationships.link(r.childId(), user.id(), RelationshipKind.PROFESSIONAL_NETWORK);
  }

  /** The child's referrals, newest first. Caller has checked access to the child's record. */
  @Transactional(readOnly = true)
  public List<Referral> forChild(UUID childId) {
    return views(referrals.findByChildIdOrderByReferredAtDesc(childId));
  }

  /**
   * The child's referrals into the service that someone seeing part of the screenings section may
   * see: those accepted by them or (when their scope gives it) their agency — the service's own
   * record of taking the child on.
   */
  List<Referral> forChild(UUID childId, SectionAccess access) {
    List<ServiceReferral> rows = referrals.findByChildIdOrderByReferredAtDesc(childId);
    Map<UUID, UserView> people =
        directory.users(
            rows.stream().map(ServiceReferral::acceptedByUserId).filter(id -> id != null).toList());
    return views(
        rows.stream()
            .filter(r -> r.acceptedByUserId() != null)
            .filter(
                r -> {
                  UserView by = people.get(r.acceptedByUserId());
                  return access.admits(r.acceptedByUserId(), by == null ? null : by.agencyId());
                })
            .toList());
  }

  private List<Referral> views(List<ServiceReferral> rows) {
    Map<UUID, ChildSummary> kids =
        children.summaries(rows.stream().map(ServiceReferral::childId).toList());
    Map<UUID, UserView> people =
        directory.users(
            rows.stream().map(ServiceReferral::acceptedByUserId).filter(id -> id != null).toList());
    return rows.stream()
        .map(
            r ->
                new Referral(
                    r.id(),
                    kids.get(r.childId()),
                    r.riskLevel(),
                    r.status(),
                    r.referredAt(),
                    r.acceptedByUserId() == null || people.get(r.acceptedByUserId()) == null
                        ? null
                        : people.get(r.acceptedByUserId()).displayName(),
                    r.acceptedAt(),
                    r.version()))
        .toList();
  }

  private void requireService(CurrentUser user) {
    policy.requireRole(user, Permission.ACCEPT_SERVICE_REFERRAL);
  }
}
