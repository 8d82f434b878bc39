package org.lantern.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ServiceReferralEntity;
import org.lantern.risk.data.ServiceReferralLevelEntity;
import org.lantern.risk.data.ServiceReferralLevels;
import org.lantern.risk.data.ServiceReferralRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single point of referral into the commissioned exploitation and missing service (seed 002
 * ¶28, ¶108): a signed-off screening at low, medium or high refers the child. The service accepts
 * (allocating a worker of one of its teams, with the support type) or declines with a reason, and
 * closes accepted work with an outcome. A child whose level changes while referred or being worked
 * is re-referred: the same referral takes the new level and keeps the old ones as history.
 */
@Service
public class CommissionedService {

  private final ServiceReferralRecords referrals;
  private final ServiceReferralLevels levels;
  private final ServiceTeams teams;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CommissionedService(
      ServiceReferralRecords referrals,
      ServiceReferralLevels levels,
      ServiceTeams teams,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      Directory directory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.referrals = referrals;
    this.levels = levels;
    this.teams = teams;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.directory = directory;
    this.clock = clock;
  }

  /** A level the child was referred at. */
  public record Level(RiskLevel level, Instant on) {}

  /** A referral as the queue, its own page and the child's file show it. */
  public record Referral(
      UUID id,
      ChildSummary child,
      RiskLevel level,
      ServiceReferralStatus status,
      Instant referredAt,
      @Nullable String acceptedByName,
      @Nullable Instant acceptedAt,
      long version,
      @Nullable String workerName,
      @Nullable String teamName,
      @Nullable SupportType supportType,
      @Nullable Instant declinedAt,
      @Nullable String declineReason,
      @Nullable Instant closedAt,
      @Nullable ServiceOutcome outcome,
      @Nullable String outcomeNote,
      List<Level> history) {

    /** Re-referred at another level since it was first made. */
    public boolean reReferred() {
      return history.size() > 1;
    }

    /** The support types the service may choose at this level. */
    public List<SupportType> supportTypes() {
      return EnumSet.allOf(SupportType.class).stream().filter(t -> t.suits(level)).toList();
    }
  }

  /**
   * A signed-off screening refers the child at its level: a new referral when none is open (at low,
   * medium or high; no apparent risk refers nobody), otherwise the open one re-referred if the
   * level changed. Either way {@link ServiceReferralMade} tells the service.
   */
  @Transactional
  void refer(ScreeningEntity screening, RiskLevel level) {
    Instant now = clock.instant();
    ServiceReferralEntity open =
        referrals.findByChildIdOrderByReferredAtDesc(screening.childId()).stream()
            .filter(r -> r.status().open())
            .findFirst()
            .orElse(null);
    if (open == null) {
      if (level.tracked()) {
        ServiceReferralEntity.Referred made = ServiceReferralEntity.refer(screening, level, now);
        referrals.save(made.referral());
        levels.save(made.level());
        events.publishEvent(
            new ServiceReferralMade(
                made.referral().id(),
                made.referral().partnershipId(),
                screening.childId(),
                level,
                false));
      }
    } else if (open.riskLevel() != level) {
      levels.save(open.reRefer(screening, level, now));
      referrals.save(open);
      events.publishEvent(
          new ServiceReferralMade(
              open.id(), open.partnershipId(), screening.childId(), level, true));
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

  /** The children the service is working with, oldest referral first. Audited as one view. */
  @Transactional
  public List<Referral> working(CurrentUser user) {
    requireService(user);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("SERVICE_WORK", user.partnershipId().toString()),
        null,
        "commissioned service open work");
    return views(
        referrals.findByPartnershipIdAndStatusOrderByReferredAtAsc(
            user.partnershipId(), ServiceReferralStatus.ACCEPTED));
  }

  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    requireService(user);
    return referrals.countByPartnershipIdAndStatus(
        user.partnershipId(), ServiceReferralStatus.WAITING);
  }

  /** One referral, for the service to decide or close; checked and audited for the child. */
  @Transactional
  public Referral one(CurrentUser user, UUID referralId) {
    ServiceReferralEntity r = load(referralId);
    policy.requireToRead(
        user,
        Permission.ACCEPT_SERVICE_REFERRAL,
        children.ref(r.childId()),
        RecordRef.of("SERVICE_REFERRAL", referralId),
        "see a referral into the service");
    return views(List.of(r)).getFirst();
  }

  /** The service's teams, for allocating a worker; the one covering the child's district first. */
  @Transactional(readOnly = true)
  public List<ServiceTeams.Team> teamsFor(CurrentUser user, Referral referral) {
    requireService(user);
    List<ServiceTeams.Team> all = new ArrayList<>(teams.of(user.partnershipId()));
    UUID district = referral.child().districtId();
    all.sort(
        (a, b) ->
            Boolean.compare(
                !a.districtIds().contains(district), !b.districtIds().contains(district)));
    return all;
  }

  /**
   * The service accepts the referral, allocating a worker of one of its teams with the support
   * type; the worker (and whoever accepted) joins the child's professional network, so may open the
   * file. Throws {@link ScreeningChangedException} if it was decided already, {@link
   * IllegalArgumentException} for a worker not in a service team or a support type not offered at
   * the level.
   */
  @Transactional
  public void accept(
      CurrentUser user, UUID referralId, long version, UUID workerId, SupportType support) {
    ServiceReferralEntity r = guarded(user, referralId, "accept a referral into the service");
    unchanged(r, version, ServiceReferralStatus.WAITING);
    ServiceTeams.Team team =
        teams
            .teamOf(user.partnershipId(), workerId)
            .orElseThrow(() -> new IllegalArgumentException("Not a worker of the service's teams"));
    r.accept(user.id(), workerId, team.id(), support, clock.instant());
    referrals.saveAndFlush(r);
    relationships.link(r.childId(), workerId, RelationshipKind.PROFESSIONAL_NETWORK);
    if (!workerId.equals(user.id())) {
      relationships.link(r.childId(), user.id(), RelationshipKind.PROFESSIONAL_NETWORK);
    }
  }

  /** The service declines the referral, with its reason. */
  @Transactional
  public void decline(CurrentUser user, UUID referralId, long version, String reason) {
    ServiceReferralEntity r = guarded(user, referralId, "decline a referral into the service");
    unchanged(r, version, ServiceReferralStatus.WAITING);
    r.decline(user.id(), reason, clock.instant());
    referrals.saveAndFlush(r);
  }

  /** The service's work with the child ends, with its outcome. */
  @Transactional
  public void close(
      CurrentUser user,
      UUID referralId,
      long version,
      ServiceOutcome outcome,
      @Nullable String note) {
    ServiceReferralEntity r = guarded(user, referralId, "close the service's work with a child");
    unchanged(r, version, ServiceReferralStatus.ACCEPTED);
    r.close(outcome, note, clock.instant());
    referrals.saveAndFlush(r);
  }

  /** The child's referrals, newest first. Caller has checked access to the child's record. */
  @Transactional(readOnly = true)
  public List<Referral> forChild(UUID childId) {
    return views(referrals.findByChildIdOrderByReferredAtDesc(childId));
  }

  /**
   * The child's referrals into the service that someone seeing part of the screenings section may
   * see: those accepted by, or allocated to, them or (when their scope gives it) their agency — the
   * service's own record of taking the child on.
   */
  List<Referral> forChild(UUID childId, SectionAccess access) {
    List<ServiceReferralEntity> rows = referrals.findByChildIdOrderByReferredAtDesc(childId);
    Set<UUID> ids = new HashSet<>();
    rows.forEach(
        r -> {
          ids.add(r.acceptedByUserId());
          ids.add(r.workerUserId());
        });
    ids.remove(null);
    Map<UUID, UserView> people = directory.users(ids);
    return views(
        rows.stream()
            .filter(
                r ->
                    admits(access, people, r.acceptedByUserId())
                        || admits(access, people, r.workerUserId()))
            .toList());
  }

  private static boolean admits(
      SectionAccess access, Map<UUID, UserView> people, @Nullable UUID userId) {
    if (userId == null) {
      return false;
    }
    UserView by = people.get(userId);
    return access.admits(userId, by == null ? null : by.agencyId());
  }

  private ServiceReferralEntity load(UUID referralId) {
    return referrals
        .findById(referralId)
        .orElseThrow(() -> new RecordNotFoundException("service referral", referralId));
  }

  private ServiceReferralEntity guarded(CurrentUser user, UUID referralId, String purpose) {
    ServiceReferralEntity r = load(referralId);
    policy.require(
        user,
        Permission.ACCEPT_SERVICE_REFERRAL,
        children.ref(r.childId()),
        RecordRef.of("SERVICE_REFERRAL", referralId),
        purpose);
    return r;
  }

  private static void unchanged(
      ServiceReferralEntity r, long version, ServiceReferralStatus expected) {
    if (r.version() != version || r.status() != expected) {
      throw new ScreeningChangedException("Referral " + r.id() + " changed");
    }
  }

  private List<Referral> views(List<ServiceReferralEntity> rows) {
    Map<UUID, ChildSummary> kids =
        children.summaries(rows.stream().map(ServiceReferralEntity::childId).toList());
    Set<UUID> ids = new HashSet<>();
    rows.forEach(
        r -> {
          ids.add(r.acceptedByUserId());
          ids.add(r.workerUserId());
        });
    ids.remove(null);
    Map<UUID, UserView> people = directory.users(ids);
    Map<UUID, String> teamNames =
        directory.teamNames(
            rows.stream().map(ServiceReferralEntity::teamId).filter(Objects::nonNull).toList());
    Map<UUID, List<Level>> history =
        levels
            .findByReferralIdInOrderByReferredAtAsc(
                rows.stream().map(ServiceReferralEntity::id).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    ServiceReferralLevelEntity::referralId,
                    Collectors.mapping(
                        l -> new Level(l.riskLevel(), l.referredAt()), Collectors.toList())));
    return rows.stream()
        .map(
            r ->
                new Referral(
                    r.id(),
                    kids.get(r.childId()),
                    r.riskLevel(),
                    r.status(),
                    r.referredAt(),
                    name(people, r.acceptedByUserId()),
                    r.acceptedAt(),
                    r.version(),
                    name(people, r.workerUserId()),
                    r.teamId() == null ? null : teamNames.get(r.teamId()),
                    r.supportType(),
                    r.declinedAt(),
                    r.declineReason(),
                    r.closedAt(),
                    r.outcome(),
                    r.outcomeNote(),
                    history.getOrDefault(r.id(), List.of())))
        .toList();
  }

  private static @Nullable String name(Map<UUID, UserView> people, @Nullable UUID id) {
    UserView v = id == null ? null : people.get(id);
    return v == null ? null : v.displayName();
  }

  private void requireService(CurrentUser user) {
    policy.requireRole(user, Permission.ACCEPT_SERVICE_REFERRAL);
  }
}
