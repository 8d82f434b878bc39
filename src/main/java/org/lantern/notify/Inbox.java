package org.lantern.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notifications. */
@Service
public class Inbox {

  static final int PAGE_SIZE = 25;

  private final Notifications rows;
  private final ConcernReading concerns;
  private final Children children;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final AccessPolicy policy;
  private final Clock clock;

  Inbox(
      Notifications rows,
      ConcernReading concerns,
      Children children,
      AuditLog audit,
      ApplicationEventPublisher events,
      AccessPolicy policy,
      Clock clock) {
    this.policy = policy;
    this.rows = rows;
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
   * What the person asked to see of their inbox.
   *
   * @param search part of a child's name or a concern's reference; blank for all
   * @param unreadOnly only the notices not yet opened
   */
  public record Query(int page, @Nullable String search, boolean unreadOnly) {

    public static Query all() {
      return new Query(1, null, false);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank() || unreadOnly;
    }
  }

  /**
   * One page of a person's notices, newest first.
   *
   * @param total how many notices they have in all, whatever the filters
   */
  public record Page(Paged<InboxItem> items, long total, Query query) {}

  /**
   * One page of the person's notices; audited as a worklist read. Without a search the page is read
   * with LIMIT and OFFSET; a search first matches the references and names of the concerns the
   * person was told about (ids only), then reads the page shown.
   */
  @Transactional
  public Page page(CurrentUser user, Query query) {
    boolean searching = !ListSearch.of(query.search()).isBlank();
    List<UUID> matched = List.of();
    long matching;
    if (searching) {
      List<NoticeKey> keys = rows.keys(user.id(), query.unreadOnly());
      Set<UUID> about =
          concerns.matching(
              keys.stream().map(NoticeKey::concernId).distinct().toList(), query.search());
      matched =
          keys.stream().filter(k -> about.contains(k.concernId())).map(NoticeKey::id).toList();
      matching = matched.size();
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
    if (searching) {
      List<UUID> ids = Paged.of(matched, page, PAGE_SIZE).rows();
      Map<UUID, NotificationEntity> byId =
          rows.findAllById(ids).stream()
              .collect(Collectors.toMap(NotificationEntity::id, Function.identity()));
      shown = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    } else {
      shown = rows.page(user.id(), query.unreadOnly(), PageRequest.of(page - 1, PAGE_SIZE));
    }
    long total = query.filtered() ? rows.count(user.id(), false) : matching;
    return new Page(new Paged<>(items(shown), page, PAGE_SIZE, matching), total, query);
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

  @Transactional(readOnly = true)
  public long unread(CurrentUser user) {
    return rows.countByRecipientUserIdAndReadAtIsNull(user.id());
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
