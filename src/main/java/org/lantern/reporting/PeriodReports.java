package org.lantern.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Authorities;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.LocalAuthorityView;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.platform.LanternTime;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.scrutiny.WorkProgramme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's period data report: every {@link ReportSection} asked for the period and the
 * same period a year earlier, with the audience's disclosure control applied. Reading it needs the
 * audience's permission and is audited with the period, the audience and the data's date.
 */
@Service
public class PeriodReports {

  private final List<ReportSection> sections;
  private final Directory directory;
  private final Authorities authorities;
  private final AudienceThresholds thresholds;
  private final AccessPolicy policy;
  private final WorkProgramme committees;
  private final AuditLog audit;
  private final ReportCounting counting;
  private final Clock clock;

  PeriodReports(
      List<ReportSection> sections,
      Directory directory,
      Authorities authorities,
      AudienceThresholds thresholds,
      AccessPolicy policy,
      WorkProgramme committees,
      AuditLog audit,
      ReportCounting counting,
      Clock clock) {
    this.sections =
        sections.stream()
            .sorted(
                Comparator.comparingInt(ReportSection::order)
                    .thenComparing(ReportSection::titleKey))
            .toList();
    this.directory = directory;
    this.authorities = authorities;
    this.thresholds = thresholds;
    this.policy = policy;
    this.committees = committees;
    this.audit = audit;
    this.counting = counting;
    this.clock = clock;
  }

  /** Today in England, for the form's "not in the future" rule and its suggested periods. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LanternTime.ZONE);
  }

  /** The audiences this person may read a report for, in order. */
  public List<Audience> audiences(CurrentUser user) {
    List<Audience> allowed = new ArrayList<>();
    for (Audience a : Audience.values()) {
      if (policy.roleAllows(user, a.permission()) && named(user, a)) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  /**
   * The committee's exempt part B is for its named members and officers only: a role that may read
   * part B must also sit on one of the partnership's committees (as the committee's exempt items
   * are kept from a strategic lead who is not one of its named officers).
   */
  private boolean named(CurrentUser user, Audience audience) {
    return audience != Audience.COMMITTEE_EXEMPT || committees.sitsOnACommittee(user);
  }

  /**
   * The report for a period (which must not end after today) and audience.
   *
   * @param asAt the data's date to count up to, or null for now (a later one is taken as now)
   */
  @Transactional
  public PeriodReport report(
      CurrentUser user, ReportPeriod period, Audience audience, @Nullable Instant asAt) {
    policy.requireRole(
        user,
        audience.permission(),
        new RecordRef("PERIOD_REPORT", period.code()),
        RecordRule.of(named(user, audience), "NOT_ON_COMMITTEE"));
    if (period.endsAfter(today())) {
      throw new IllegalArgumentException("a period cannot end in the future");
    }
    Instant now = clock.instant();
    Instant dataDate = asAt == null || asAt.isAfter(now) ? now : asAt;
    Integer threshold =
        audience.suppressed() ? thresholds.thresholds(user.partnershipId()).get(audience) : null;
    DisclosureControl control = threshold == null ? null : new DisclosureControl(threshold);
    ReportSection.Scope scope = new ReportSection.Scope(user.partnershipId(), period, dataDate);
    ReportSection.Scope before =
        new ReportSection.Scope(user.partnershipId(), period.yearEarlier(), dataDate);
    // every section for both periods, counted at the same time (ReportCounting): a section that
    // counts the two periods in one pass is one part, any other one part a period
    List<Supplier<List<List<ReportSection.Table>>>> parts = new ArrayList<>();
    for (ReportSection section : sections) {
      if (section.periodsTogether()) {
        parts.add(() -> section.tables(List.of(scope, before)));
      } else {
        parts.add(() -> List.of(section.tables(scope)));
        parts.add(() -> List.of(section.tables(before)));
      }
    }
    // each section's tables for the period, then for the year earlier, section by section
    List<List<ReportSection.Table>> counted =
        counting.all(parts).stream().flatMap(List::stream).toList();
    List<List<ReportSection.Table>> current = new ArrayList<>();
    List<List<ReportSection.Table>> earlier = new ArrayList<>();
    for (int i = 0; i < counted.size(); i += 2) {
      current.add(counted.get(i));
      earlier.add(counted.get(i + 1));
    }
    List<DistrictView> districts = directory.districts(user.partnershipId());
    boolean unplaced = anyWithoutDistrict(current) || anyWithoutDistrict(earlier);
    List<UUID> columns = new ArrayList<>();
    List<PeriodReport.Area> areas = new ArrayList<>();
    areas.add(new PeriodReport.Area(null, PeriodReport.Area.Kind.PARTNERSHIP));
    // each local authority with its districts, when the partnership has more than one
    Map<UUID, LocalAuthorityView> authorityOf = authorities.byDistrict(user.partnershipId());
    Map<UUID, List<Integer>> groups = new LinkedHashMap<>();
    Map<UUID, String> names = new LinkedHashMap<>();
    for (DistrictView d : districts) {
      LocalAuthorityView a = authorityOf.get(d.id());
      if (a != null) {
        groups.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(columns.size());
        names.put(a.id(), a.name());
      }
      columns.add(d.id());
    }
    if (groups.size() < 2) {
      groups.clear();
    }
    groups.keySet().stream()
        .sorted(Comparator.comparing(names::get))
        .forEach(
            id ->
                areas.add(new PeriodReport.Area(names.get(id), PeriodReport.Area.Kind.AUTHORITY)));
    for (DistrictView d : districts) {
      areas.add(new PeriodReport.Area(d.name(), PeriodReport.Area.Kind.DISTRICT));
    }
    if (unplaced) {
      columns.add(ReportSection.NO_DISTRICT);
      areas.add(new PeriodReport.Area(null, PeriodReport.Area.Kind.NO_DISTRICT));
    }
    ReportTables assembly =
        new ReportTables(
            columns,
            groups.keySet().stream()
                .sorted(Comparator.comparing(names::get))
                .map(groups::get)
                .toList(),
            control);
    List<PeriodReport.Section> shown = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      List<PeriodReport.Figures> tables = new ArrayList<>();
      List<ReportSection.Table> these = current.get(i);
      List<ReportSection.Table> then = earlier.get(i);
      for (int t = 0; t < these.size(); t++) {
        tables.add(assembly.figures(these.get(t), t < then.size() ? then.get(t) : null));
      }
      shown.add(new PeriodReport.Section(sections.get(i).titleKey(), tables));
    }
    audit.record(
        user,
        AuditAction.valueOf(audience.permission().name()),
        null,
        new RecordRef("PERIOD_REPORT", period.code()),
        "ROLE",
        audience + " " + period.code() + " as at " + dataDate);
    return new PeriodReport(
        period,
        period.yearEarlier(),
        audience,
        threshold,
        dataDate,
        areas,
        shown,
        assembly.anySuppressed());
  }

  private static boolean anyWithoutDistrict(List<List<ReportSection.Table>> tables) {
    return tables.stream()
        .flatMap(List::stream)
        .flatMap(t -> t.rows().stream())
        .anyMatch(r -> r.in(ReportSection.NO_DISTRICT) > 0);
  }
}
