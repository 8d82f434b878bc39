package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.Children;
import org.lantern.people.NhsNumber;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
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

  /** The one child of the partnership with this NHS number, if there is exactly one. */
  @Transactional(readOnly = true)
  public Optional<UUID> childWithNhsNumber(CurrentUser user, NhsNumber number) {
    return children.withNhsNumber(user.partnershipId(), number);
  }

  /** The register for the financial year starting in April of {@code year}; audited. */
  @Transactional
  public NoticeRegister register(CurrentUser user, int year) {
    policy.requireRole(user, Permission.VIEW_ABDUCTION_NOTICES);
    LocalDate from = new FinancialQuarter(year, 1).start();
    LocalDate to = from.plusYears(1);
    List<NoticeRow> notices =
        jdbc.query(
            """
            select n.id, n.served_on, n.expires_on, a.given_name, a.family_name, n.officer_name,
              (select count(*) from abduction_notice_child c where c.notice_id = n.id) as children
            from abduction_notice n join adult_person a on a.id = n.adult_id
            where n.partnership_id = ? and n.served_on >= ? and n.served_on < ?
            order by n.served_on, n.recorded_at, n.id
            """,
            (rs, i) ->
                new NoticeRow(
                    rs.getObject("id", UUID.class),
                    rs.getDate("served_on").toLocalDate(),
                    rs.getDate("expires_on").toLocalDate(),
                    new AdultDetails(rs.getString("given_name"), rs.getString("family_name"), null)
                        .name(),
                    rs.getInt("children"),
                    rs.getString("officer_name")),
            user.partnershipId(),
            Date.valueOf(from),
            Date.valueOf(to));
    // Months and quarters still to come are not listed as empty ones.
    YearMonth thisMonth = YearMonth.now(clock.withZone(LanternTime.ZONE));
    List<NoticeRegister.Month> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.from(from.plusMonths(m));
      if (month.isAfter(thisMonth)) {
        break;
      }
      List<NoticeRow> in =
          notices.stream().filter(n -> YearMonth.from(n.servedOn()).equals(month)).toList();
      months.add(
          new NoticeRegister.Month(
              month, in.size(), in.stream().mapToInt(NoticeRow::children).sum()));
    }
    List<NoticeRegister.Quarter> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      FinancialQuarter quarter = new FinancialQuarter(year, q);
      if (YearMonth.from(quarter.start()).isAfter(thisMonth)) {
        break;
      }
      List<NoticeRow> in =
          notices.stream().filter(n -> FinancialQuarter.of(n.servedOn()).equals(quarter)).toList();
      quarters.add(
          new NoticeRegister.Quarter(
              quarter, in.size(), in.stream().mapToInt(NoticeRow::children).sum()));
    }
    audit.record(
        user,
        AuditAction.VIEW_ABDUCTION_NOTICES,
        null,
        new RecordRef("ABDUCTION_NOTICE_REGISTER", String.valueOf(year)),
        "ROLE",
        "register of child abduction warning notices " + year);
    return new NoticeRegister(year, months, quarters, notices.size(), notices);
  }
}
