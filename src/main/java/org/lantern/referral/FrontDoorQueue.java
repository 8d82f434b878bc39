package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.PossibleMatches;
import org.lantern.platform.ListSearch;
import org.lantern.platform.Paged;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.ConcernPickUpEntity;
import org.lantern.referral.data.ConcernPickUps;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's queue as a worker reads it: what waits for a decision, most urgent first —
 * immediate danger, then overdue clocks, then the oldest — a page at a time, with who is already
 * looking at each concern. The concerns waiting are read whole (they are the day's work, not the
 * archive) to sort and filter them; only the page shown is built into views.
 */
@Service
public class FrontDoorQueue {

  private final Concerns concerns;
  private final ConcernPickUps pickUps;
  private final ConcernViews views;
  private final Children children;
  private final PossibleMatches possibleMatches;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final ReferralSettings settings;
  private final Clock clock;

  FrontDoorQueue(
      Concerns concerns,
      ConcernPickUps pickUps,
      ConcernViews views,
      Children children,
      PossibleMatches possibleMatches,
      AccessPolicy policy,
      AuditLog audit,
      ReferralSettings settings,
      Clock clock) {
    this.concerns = concerns;
    this.pickUps = pickUps;
    this.views = views;
    this.children = children;
    this.possibleMatches = possibleMatches;
    this.policy = policy;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * What the worker asked to see.
   *
   * @param search part of the child's name or the concern's reference; blank for all
   */
  public record Query(
      int page,
      @Nullable String search,
      @Nullable UUID districtId,
      @Nullable RiskIndicator indicator,
      @Nullable Channel channel) {

    public static Query all() {
      return new Query(1, null, null, null, null);
    }

    public boolean filtered() {
      return (search != null && !search.isBlank())
          || districtId != null
          || indicator != null
          || channel != null;
    }
  }

  /** Someone at the front door looking at a concern, since when. */
  public record PickedUp(UUID userId, String name, Instant since) {}

  /**
   * One page of the queue.
   *
   * @param waiting how many concerns wait in all, whatever the filters
   */
  public record Page(
      Paged<ConcernRow> rows,
      long waiting,
      Set<UUID> mayBeKnown,
      Map<UUID, PickedUp> pickedUp,
      Query query) {

    /** Whether the child of a row may be a child Lantern already knew (a possible match). */
    public boolean mayBeKnown(ConcernRow row) {
      return mayBeKnown.contains(row.child().id());
    }

    public @Nullable PickedUp pickedUp(ConcernRow row) {
      return pickedUp.get(row.concern().id());
    }
  }

  /** The order of the queue: immediate danger, then overdue clocks, then the oldest. */
  static Comparator<ConcernEntity> urgency(Instant now, ReferralSettings settings) {
    return Comparator.comparing((ConcernEntity c) -> !c.immediateDanger())
        .thenComparing(c -> !overdue(c, now, settings))
        .thenComparing(ConcernEntity::submittedAt)
        .thenComparing(ConcernEntity::id);
  }

  static boolean overdue(ConcernEntity c, Instant now, ReferralSettings settings) {
    boolean decision = now.isAfter(c.submittedAt().plus(settings.decisionTarget()));
    boolean confirmation =
        c.awaitingConfirmation()
            && c.confirmationDueAt() != null
            && now.isAfter(c.confirmationDueAt());
    return decision || confirmation;
  }

  @Transactional
  public Page page(CurrentUser user, Query query) {
    policy.requireRole(user, Permission.DECIDE_CONCERN);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("FRONT_DOOR_QUEUE", user.partnershipId().toString()),
        null,
        "front-door queue");
    Instant now = clock.instant();
    List<ConcernEntity> waiting =
        concerns.findByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW);
    ListSearch search = ListSearch.of(query.search());
    boolean byChild = query.districtId() != null || !search.isBlank();
    Map<UUID, ChildSummary> kidsOfAll =
        byChild
            ? children.summaries(waiting.stream().map(ConcernEntity::childId).toList())
            : Map.of();
    List<ConcernEntity> matching =
        waiting.stream()
            .filter(c -> query.channel() == null || c.channel() == query.channel())
            .filter(c -> query.indicator() == null || c.indicators().contains(query.indicator()))
            .filter(
                c -> query.districtId() == null || inDistrict(kidsOfAll.get(c.childId()), query))
            .filter(c -> search.isBlank() || matches(c, kidsOfAll.get(c.childId()), search))
            .sorted(urgency(now, settings))
            .toList();
    Paged<ConcernEntity> page = Paged.of(matching, query.page(), settings.queuePageSize());
    List<ConcernView> shown = views.of(page.rows());
    Map<UUID, ChildSummary> kids =
        byChild ? kidsOfAll : children.summaries(shown.stream().map(ConcernView::childId).toList());
    Map<UUID, ConcernView> byId =
        shown.stream().collect(Collectors.toMap(ConcernView::id, Function.identity()));
    Paged<ConcernRow> rows = page.map(c -> new ConcernRow(byId.get(c.id()), kids.get(c.childId())));
    Map<UUID, PickedUp> pickedUp =
        pickUps.findByConcernIdIn(byId.keySet()).stream()
            .collect(
                Collectors.toMap(
                    ConcernPickUpEntity::concernId,
                    p -> new PickedUp(p.userId(), p.userName(), p.pickedUpAt())));
    return new Page(
        rows,
        waiting.size(),
        possibleMatches.waitingAmong(
            user, rows.rows().stream().map(r -> r.child().id()).collect(Collectors.toSet())),
        pickedUp,
        query);
  }

  private static boolean inDistrict(@Nullable ChildSummary child, Query query) {
    return child != null && query.districtId().equals(child.districtId());
  }

  private static boolean matches(ConcernEntity c, @Nullable ChildSummary child, ListSearch search) {
    return search.matchesAny(c.reference(), child == null ? null : child.name());
  }
}
