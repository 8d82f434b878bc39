package org.lantern.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.notify.data.NotificationEntity;
import org.lantern.notify.data.NotificationRows;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notifications. */
@Service
public class Inbox {

  private static final int MOST = 100;

  private final NotificationRows rows;
  private final ConcernReading concerns;
  private final Children children;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final AccessPolicy policy;
  private final Clock clock;

  Inbox(
      NotificationRows rows,
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

  @Transactional
  public List<InboxItem> items(CurrentUser user) {
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("INBOX", user.id().toString()),
        null,
        "inbox");
    List<NotificationEntity> mine =
        rows.findByRecipientUserIdOrderByCreatedAtDesc(user.id(), Limit.of(MOST));
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
