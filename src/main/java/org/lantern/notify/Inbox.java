package org.lantern.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.lantern.access.RecordRule;
import org.lantern.notify.data.NoticeKey;
import org.lantern.notify.data.NotificationEntity;
import org.lantern.notify.data.Notifications;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notifications. */
@Service
public class Inbox {

  static final int PAGE_SIZE = 25;

  private final Notifications rows;
  private final Alerts alerts;
  private final ConcernReading concerns;
  private final Children children;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final AccessPolicy policy;
  private final Clock clock;

  Inbox(
      Notifications rows,
      Alerts alerts,
      ConcernReading concerns,
      Children children,
      AuditLog audit,
      ApplicationEventPublisher events,
      AccessPolicy policy,
      Clock clock) {
    this.policy = policy;
    this.rows = rows;
    this.alerts = alerts;
    this.concerns = concerns;
    this.children = children;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Tells someone, in the caller's transaction; a repeat of the same notice is ignored. */
  @Transactional
  public void raise(UUID recipient, NotificationKind kind, UUID concernId) {
    raise(recipient, kind, concernId, clock.instant());
  }

  /** Tells someone, as of a given time (for notices brought in with imported history). */
  @Transactional
  public void raise(UUID recipient, NotificationKind kind, UUID concernId, Instant at) {
    if (rows.existsByRecipientUserIdAndConcernIdAndKind(recipient, concernId, kind)) {
      return;
    }
    NotificationEntity saved =
        rows.save(new NotificationEntity(UUID.randomUUID(), recipient, kind, concernId, at));
    events.publishEvent(new NotificationRaised(saved.id()));
  }

  /**
   * The inbox's sortable columns (when it came, what it is, the child): newest first by default.
   */
  public static final Set<String> COLUMNS = Set.of("when", "what", "child");

  /**
   * What the person asked to see of their inbox.
   *
   * @param search part of a child's name or a concern's reference; blank for all
   * @param unreadOnly only the notices not yet opened
   * @param sort the column the notices are sorted by
   */
  public record Query(int page, @Nullable String search, boolean unreadOnly, ListSort sort) {

    public static Query all() {
      return new Query(1, null, false, sort(null));
    }

    /** The sort asked for in the address ({@code when-desc}, {@code child}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "when", true);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank() || unreadOnly;
    }
  }

  /**
   * One page of a person's notices, in the order asked (newest first unless another).
   *
   * @param total how many notices they have in all, whatever the filters
   */
  public record Page(Paged<InboxItem> items, long total, Query query) {}

  /**
   * One page of the person's notices; audited as a worklist read. Sorted by when they came and
   * without a search, the page is read with LIMIT and OFFSET; a search, or a sort by kind or child,
   * first orders the ids of the person's notices (matching the references and names of the concerns
   * they are about, reading only those), then reads the page shown.
   */
  @Transactional
  public Page page(CurrentUser user, Query query) {
    boolean searching = !ListSearch.of(query.search()).isBlank();
    boolean byTime = query.sort().by("when");
    List<UUID> ordered = List.of();
    long matching;
    if (searching || !byTime) {
      ordered = ordered(user, query, searching);
      matching = ordered.size();
    } else {
      matching = rows.count(user.id(), query.unreadOnly());
    }
    int page = Paged.clamp(query.page(), PAGE_SIZE, matching);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("INBOX", user.id().toString()),
        null,
        "inbox, page " + page + " of " + matching);
    List<NotificationEntity> shown;
    if (searching || !byTime) {
      List<UUID> ids = Paged.of(ordered, page, PAGE_SIZE).rows();
      Map<UUID, NotificationEntity> byId =
          rows.findAllById(ids).stream()
              .collect(Collectors.toMap(NotificationEntity::id, Function.identity()));
      shown = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    } else {
      Sort.Direction way = query.sort().descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
      shown =
          rows.page(
              user.id(),
              query.unreadOnly(),
              PageRequest.of(page - 1, PAGE_SIZE, Sort.by(way, "createdAt", "id")));
    }
    long total = query.filtered() ? rows.count(user.id(), false) : matching;
    return new Page(new Paged<>(items(shown), page, PAGE_SIZE, matching), total, query);
  }

  /** The ids of the person's notices that match, in the order asked. */
  private List<UUID> ordered(CurrentUser user, Query query, boolean searching) {
    List<NoticeKey> keys = rows.keys(user.id(), query.unreadOnly());
    List<UUID> about = keys.stream().map(NoticeKey::concernId).distinct().toList();
    if (searching) {
      Set<UUID> found = concerns.matching(about, query.search());
      keys = keys.stream().filter(k -> found.contains(k.concernId())).toList();
    }
    Comparator<NoticeKey> newestFirst =
        Comparator.comparing(NoticeKey::createdAt).thenComparing(NoticeKey::id).reversed();
    Comparator<NoticeKey> order =
        switch (query.sort().column()) {
          case "what" -> Comparator.comparing(NoticeKey::kind);
          case "child" -> byChild(concerns.childrenOf(about));
          default -> newestFirst.reversed();
        };
    if (query.sort().descending()) {
      order = order.reversed();
    }
    return keys.stream().sorted(order.thenComparing(newestFirst)).map(NoticeKey::id).toList();
  }

  /** By the child's family name, then given name, any case; a child not found last. */
  private static Comparator<NoticeKey> byChild(Map<UUID, ChildSummary> children) {
    Function<NoticeKey, String> name =
        k -> {
          ChildSummary child = children.get(k.concernId());
          return child == null
              ? "\uffff"
              : (child.familyName() + " " + child.givenName()).toLowerCase(Locale.ROOT);
        };
    return Comparator.comparing(name);
  }

  private List<InboxItem> items(List<NotificationEntity> mine) {
    Map<UUID, ConcernView> about =
        concerns.views(mine.stream().map(NotificationEntity::concernId).toList()).stream()
            .collect(Collectors.toMap(ConcernView::id, Function.identity()));
    Map<UUID, ChildSummary> kids =
        children.summaries(about.values().stream().map(ConcernView::childId).toList());
    return mine.stream()
        .filter(n -> about.containsKey(n.concernId()))
        .map(
            n -> {
              ConcernView concern = about.get(n.concernId());
              ChildSummary child = kids.get(concern.childId());
              return new InboxItem(
                  n.id(),
                  n.kind(),
                  n.createdAt(),
                  n.readAt(),
                  concern,
                  child == null ? "" : child.name());
            })
        .toList();
  }

  /**
   * What in a person's inbox is not yet opened: notices about referrals and decisions, and alerts
   * about their children. The navigation's badge and the home page's card both show {@link
   * #total()}, so a person never sees two numbers for the one inbox.
   */
  public record Unread(long notices, long alerts) {

    public long total() {
      return notices + alerts;
    }
  }

  @Transactional(readOnly = true)
  public Unread unread(CurrentUser user) {
    return new Unread(rows.countByRecipientUserIdAndReadAtIsNull(user.id()), alerts.unread(user));
  }

  /** Marks the notification read and says where it leads. */
  @Transactional
  public String open(CurrentUser user, UUID notificationId) {
    NotificationEntity n =
        rows.findById(notificationId)
            .orElseThrow(() -> new RecordNotFoundException("notification", notificationId));
    policy.requireRole(
        user,
        Permission.READ_INBOX,
        RecordRef.of("NOTIFICATION", notificationId),
        RecordRule.hidden(n.recipientUserId().equals(user.id()), "NOT_RECIPIENT"));
    n.read(clock.instant());
    return n.kind().linkTo(n.concernId());
  }
}
