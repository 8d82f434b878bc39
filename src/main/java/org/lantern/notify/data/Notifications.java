package org.lantern.notify.data;

import java.util.List;
import java.util.UUID;
import org.lantern.notify.NotificationKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Notifications extends JpaRepository<NotificationEntity, UUID> {

  long countByRecipientUserIdAndReadAtIsNull(UUID recipient);

  boolean existsByRecipientUserIdAndConcernIdAndKind(
      UUID recipient, UUID concernId, NotificationKind kind);

  /**
   * One page of a person's notices in the page's order (when they came, either way), unread only
   * when asked (LIMIT and OFFSET).
   */
  @Query(
      """
      select n from NotificationEntity n where n.recipientUserId = :recipient
        and (:unreadOnly = false or n.readAt is null)
      """)
  List<NotificationEntity> page(
      @Param("recipient") UUID recipient, @Param("unreadOnly") boolean unreadOnly, Pageable page);

  @Query(
      """
      select count(n) from NotificationEntity n where n.recipientUserId = :recipient
        and (:unreadOnly = false or n.readAt is null)
      """)
  long count(@Param("recipient") UUID recipient, @Param("unreadOnly") boolean unreadOnly);

  /**
   * Every notice of a person (id, concern, kind and time only), newest first, for a search to match
   * among or a sort by kind or child to order before the page shown is read whole.
   */
  @Query(
      """
      select new org.lantern.notify.data.NoticeKey(n.id, n.concernId, n.kind, n.createdAt)
      from NotificationEntity n
      where n.recipientUserId = :recipient and (:unreadOnly = false or n.readAt is null)
      order by n.createdAt desc, n.id desc
      """)
  List<NoticeKey> keys(@Param("recipient") UUID recipient, @Param("unreadOnly") boolean unreadOnly);
}
