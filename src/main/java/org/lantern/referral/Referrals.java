package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referrer's own referrals: their status and outcome, and confirming a phone referral in writing.
 * Until a phone referral is confirmed the referrer sees what was recorded and the clock, not its
 * status.
 */
@Service
public class Referrals {

  private static final int MOST = 200;
  private static final int PAGE_SIZE = 25;

  /** Stands for "no child" in a query that needs a list of children. */
  private static final UUID NOBODY = new UUID(0, 0);

  private final Concerns concerns;
  private final ConcernViews views;
  private final ConcernFiles files;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final Clock clock;

  Referrals(
      Concerns concerns,
      ConcernViews views,
      ConcernFiles files,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      Clock clock) {
    this.concerns = concerns;
    this.views = views;
    this.files = files;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.clock = clock;
  }

  /** Referrals waiting for the referrer: to confirm, and of those, overdue. */
  public record ReferralCounts(long toConfirm, long overdue) {}

  /** The sortable columns of "My referrals" (when sent, where it stands): newest first. */
  public static final Set<String> COLUMNS = Set.of("sent", "status");

  /** What the referrer asked to see: a page, part of a name or reference, which, and the sort. */
  public record MineQuery(
      int page, @Nullable String search, ReferralFilter showing, ListSort sort) {

    public static MineQuery all() {
      return new MineQuery(1, null, ReferralFilter.ALL, sort(null));
    }

    /** The sort asked for in the address ({@code sent}, {@code status-desc}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "sent", true);
    }

    public boolean filtered() {
      return (search != null && !search.isBlank()) || showing != ReferralFilter.ALL;
    }
  }

  /**
   * The order of a page of referrals: by when sent, or by where it stands, newest first within. Up
   * is the front door's path (with the front door, then decided), which is the stored words'
   * reverse alphabetical order (NEW, DECIDED).
   */
  private static Sort order(ListSort sort) {
    Sort.Direction way = sort.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
    if (sort.by("status")) {
      Sort.Direction path = sort.descending() ? Sort.Direction.ASC : Sort.Direction.DESC;
      return Sort.by(path, "status").and(Sort.by(Sort.Direction.DESC, "submittedAt", "id"));
    }
    return Sort.by(way, "submittedAt", "id");
  }

  /** One page of the person's own referrals, in the order asked (newest first unless another). */
  @Transactional
  public Paged<ConcernRow> mine(CurrentUser user, MineQuery query) {
    requireReferrer(user);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("MY_REFERRALS", user.id().toString()),
        null,
        "my referrals");
    String text = query.search() == null ? "" : query.search().strip().toLowerCase(Locale.ROOT);
    List<UUID> childIds = List.of(NOBODY);
    if (!text.isEmpty()) {
      String wanted = text.replaceAll("\\s+", " ");
      List<UUID> named =
          children.summaries(concerns.childrenReferredBy(user.id())).values().stream()
              .filter(k -> k.name().toLowerCase(Locale.ROOT).contains(wanted))
              .map(ChildSummary::id)
              .toList();
      childIds = named.isEmpty() ? List.of(NOBODY) : named;
    }
    String reference = "%" + text.replace("%", "").replace("_", "") + "%";
    Page<ConcernEntity> found =
        concerns.referredBy(
            user.id(),
            text.isEmpty(),
            reference,
            childIds,
            query.showing().name(),
            PageRequest.of(Math.max(0, query.page() - 1), PAGE_SIZE, order(query.sort())));
    int page = Paged.clamp(query.page(), PAGE_SIZE, found.getTotalElements());
    if (page != query.page()) {
      found =
          concerns.referredBy(
              user.id(),
              text.isEmpty(),
              reference,
              childIds,
              query.showing().name(),
              PageRequest.of(page - 1, PAGE_SIZE, order(query.sort())));
    }
    List<ConcernView> mine =
        views.of(found.getContent()).stream().map(c -> c.seenBy(user.id())).toList();
    Map<UUID, ChildSummary> kids =
        children.summaries(mine.stream().map(ConcernView::childId).toList());
    return new Paged<>(
        mine.stream().map(c -> new ConcernRow(c, kids.get(c.childId()))).toList(),
        page,
        PAGE_SIZE,
        found.getTotalElements());
  }

  @Transactional(readOnly = true)
  public ReferralCounts counts(CurrentUser user) {
    if (!policy.roleAllows(user, Permission.VIEW_OWN_REFERRAL)) {
      return new ReferralCounts(0, 0);
    }
    Instant now = clock.instant();
    List<ConcernEntity> mine =
        concerns.findByReferrerUserIdOrderBySubmittedAtDesc(user.id(), Limit.of(MOST));
    long toConfirm = mine.stream().filter(ConcernEntity::awaitingConfirmation).count();
    long overdue =
        mine.stream()
            .filter(ConcernEntity::awaitingConfirmation)
            .filter(c -> c.confirmationDueAt() != null && now.isAfter(c.confirmationDueAt()))
            .count();
    return new ReferralCounts(toConfirm, overdue);
  }

  /** One of the person's own referrals. Anyone else's answers "not found". */
  @Transactional
  public ConcernRow one(CurrentUser user, UUID concernId) {
    ConcernEntity concern = own(user, concernId);
    policy.require(
        user,
        Permission.VIEW_OWN_REFERRAL,
        ConcernFiles.ref(concern),
        RecordRef.concern(concernId),
        "my referral");
    return new ConcernRow(views.of(concern).seenBy(user.id()), children.summary(concern.childId()));
  }

  /**
   * The referrer confirms a phone referral in writing. From now they hear its status, and they have
   * the referrer's working relationship with the child. A decision made while they were writing
   * does not stand in the way (they could not have seen it); a confirmation already recorded does.
   */
  @Transactional
  public void confirm(CurrentUser user, UUID concernId, String writtenAccount) {
    ConcernEntity concern = own(user, concernId);
    policy.require(
        user,
        Permission.VIEW_OWN_REFERRAL,
        ConcernFiles.ref(concern),
        RecordRef.concern(concernId),
        "confirm referral in writing");
    if (!concern.awaitingConfirmation()) {
      throw new ConcernChangedException(views.of(concern));
    }
    concern.confirmInWriting(user.id(), writtenAccount, clock.instant());
    audit.record(
        user,
        AuditAction.CONFIRM_REFERRAL,
        concern.childId(),
        RecordRef.concern(concernId),
        null,
        "confirmed in writing");
    relationships.link(concern.childId(), user.id(), RelationshipKind.REFERRER);
    concerns.saveAndFlush(concern);
  }

  /** The person's own referral; anyone else's is refused as if it did not exist. */
  private ConcernEntity own(CurrentUser user, UUID concernId) {
    requireReferrer(user);
    ConcernEntity concern = files.load(concernId);
    policy.requireRole(
        user,
        Permission.VIEW_OWN_REFERRAL,
        RecordRef.concern(concernId),
        RecordRule.hidden(user.id().equals(concern.referrerUserId()), "NOT_REFERRER"));
    return concern;
  }

  private void requireReferrer(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_OWN_REFERRAL);
  }
}
