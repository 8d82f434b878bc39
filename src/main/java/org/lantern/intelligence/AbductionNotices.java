package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.Children;
import org.lantern.people.NhsNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child abduction warning notices: served by the police on an adult harbouring a child. Each named
 * child, and every child linked to that adult, carries an indicator on their file while the notice
 * is in force (see {@link NoticeIndicators}).
 */
@Service
public class AbductionNotices {

  private final JdbcTemplate jdbc;
  private final Adults adults;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AbductionNotices(
      JdbcTemplate jdbc,
      Adults adults,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.jdbc = jdbc;
    this.adults = adults;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a notice; every named child is checked and audited, or nothing is saved. */
  @Transactional
  public UUID serve(CurrentUser officer, NoticeDetails notice) {
    UUID id = UUID.randomUUID();
    for (UUID childId : notice.childIds()) {
      policy.require(
          officer,
          Permission.SERVE_ABDUCTION_NOTICE,
          children.ref(childId),
          RecordRef.of("ABDUCTION_NOTICE", id),
          "serve a child abduction warning notice");
    }
    UUID adultId = adults.findOrCreate(officer.partnershipId(), notice.adult());
    jdbc.update(
        "insert into abduction_notice (id, partnership_id, adult_id, served_on, expires_on,"
            + " officer_name, circumstances, served_by_user_id, recorded_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        officer.partnershipId(),
        adultId,
        Date.valueOf(notice.servedOn()),
        Date.valueOf(notice.expiresOn()),
        notice.officerName(),
        notice.circumstances(),
        officer.isPartnerSystem() ? null : officer.id(),
        Timestamp.from(clock.instant()));
    for (UUID childId : notice.childIds().stream().distinct().toList()) {
      jdbc.update(
          "insert into abduction_notice_child (notice_id, child_id) values (?, ?)", id, childId);
      adults.link(officer.partnershipId(), adultId, childId, LinkSource.ABDUCTION_NOTICE, id);
      events.publishEvent(new ChildNamedOnNotice(id, officer.partnershipId(), childId));
    }
    return id;
  }

  /**
   * Every child of the partnership with this NHS number, not merged into another: usually one; two
   * when the child was registered twice and the records are not yet joined, and then the notice
   * names both, so that its alerts and flags reach whichever record people open.
   */
  @Transactional(readOnly = true)
  public List<UUID> childrenWithNhsNumber(CurrentUser user, NhsNumber number) {
    return children.allWithNhsNumber(user.partnershipId(), number);
  }
}
