package org.lantern.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.PlacementType;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Paged;
import org.lantern.platform.Texts;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker: every child whose current screening is low, medium or high, kept up to date by the
 * screenings themselves. Coordinators and the front door see the whole partnership; a team manager
 * sees their team's children. Compliance per team: the share of the team's tracker children whose
 * current screening is signed off and not past its review date. Filtering, searching, sorting,
 * paging and the compliance counts are done in SQL ({@link TrackerListing}): a page reads only the
 * children it shows.
 */
@Service
public class Tracker {

  /** How many children an export or a whole list reads at a time. */
  private static final int CHUNK = 500;

  /** The export's columns: words for people, then the codes for systems. */
  private static final String[] CSV_HEADER =
      ("name,date_of_birth,age,sex,district,team,placement,level,screened_on,signed_off,"
              + "review_due,review_overdue,sex_code,placement_code,level_code")
          .split(",");

  private final ScreeningRecords records;
  private final TrackerListing listing;
  private final Children children;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  Tracker(
      ScreeningRecords records,
      TrackerListing listing,
      Children children,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.records = records;
    this.listing = listing;
    this.children = children;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** One child on the tracker. */
  public record Row(
      ChildSummary child,
      @Nullable Integer age,
      AgeBand ageBand,
      @Nullable String district,
      @Nullable UUID teamId,
      @Nullable String team,
      @Nullable PlacementType placement,
      RiskLevel level,
      UUID screeningId,
      LocalDate screenedOn,
      boolean signedOff,
      @Nullable LocalDate reviewDueOn,
      boolean overdue) {

    public boolean compliant() {
      return signedOff && !overdue;
    }
  }

  /** A team's compliance figure. */
  public record Compliance(
      @Nullable UUID teamId, @Nullable String team, int children, int compliant) {

    public int percent() {
      return children == 0 ? 0 : Math.round(100f * compliant / children);
    }
  }

  /** One page of the tracker, and how many of all the children that match are overdue. */
  public record Page(Paged<Row> rows, long overdue) {}

  /**
   * One page of the children that match, in the order asked: filtered, searched, sorted and cut in
   * SQL, so only the page's children are read. A page past the end shows the last.
   */
  @Transactional
  public Page page(CurrentUser user, TrackerFilter filter, int asked, int size) {
    TrackerListing.Scope scope = checked(user);
    LocalDate today = today();
    TrackerListing.Counted counted = listing.count(scope, filter, today);
    int page = Paged.clamp(asked, size, counted.matching());
    List<UUID> ids = listing.page(scope, filter, today, size, (long) (page - 1) * size);
    return new Page(
        new Paged<>(rowsOf(ids, user, today), page, size, counted.matching()), counted.overdue());
  }

  /** Every child that matches, in the order asked (for lists built from the tracker). */
  @Transactional
  public List<Row> rows(CurrentUser user, TrackerFilter filter) {
    TrackerListing.Scope scope = checked(user);
    LocalDate today = today();
    List<UUID> ids = listing.all(scope, filter, today);
    List<Row> rows = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      rows.addAll(rowsOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)), user, today));
    }
    return rows;
  }

  /**
   * Compliance per team: for team managers their team's, for the others with the permission the
   * whole partnership's (children with no team are counted under none), teams by name. Numbers
   * only, so strategic leads see it too.
   */
  @Transactional
  public List<Compliance> compliance(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_COMPLIANCE);
    audit.record(
        user,
        AuditAction.VIEW_COMPLIANCE,
        null,
        new RecordRef("TRACKER_COMPLIANCE", user.partnershipId().toString()),
        null,
        "screening compliance");
    List<TrackerListing.TeamCount> counts = listing.compliance(scope(user), today());
    Map<UUID, String> names =
        directory.teamNames(
            counts.stream().map(TrackerListing.TeamCount::teamId).filter(t -> t != null).toList());
    return counts.stream()
        .map(
            c ->
                new Compliance(
                    c.teamId(),
                    c.teamId() == null ? null : names.get(c.teamId()),
                    (int) c.children(),
                    (int) c.compliant()))
        .sorted(Comparator.comparing(c -> c.team() == null ? "\uffff" : c.team()))
        .toList();
  }

  /**
   * Writes every child that matches as CSV, a few hundred read at a time (audited as an export,
   * before the first row is written).
   */
  @Transactional
  public void export(CurrentUser user, TrackerFilter filter, Writer out) {
    TrackerListing.Scope scope = checked(user);
    LocalDate today = today();
    List<UUID> ids = listing.all(scope, filter, today);
    audit.record(
        user,
        AuditAction.TRACKER_EXPORTED,
        null,
        new RecordRef("TRACKER", user.partnershipId().toString()),
        null,
        "tracker export of " + ids.size() + " children");
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out)) {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        for (Row r : rowsOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)), user, today)) {
          csv.printRecord(
              Texts.spreadsheetSafe(r.child().name()),
              r.child().dateOfBirth(),
              r.age(),
              words(r.child().sex().messageKey()),
              Texts.spreadsheetSafe(r.district()),
              Texts.spreadsheetSafe(r.team()),
              r.placement() == null ? "" : words(r.placement().messageKey()),
              words(r.level().messageKey()),
              r.screenedOn(),
              words(r.signedOff() ? "tracker.csv.yes" : "tracker.csv.no"),
              r.reviewDueOn(),
              words(r.overdue() ? "tracker.csv.yes" : "tracker.csv.no"),
              r.child().sex(),
              r.placement() == null ? "" : r.placement(),
              r.level());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value as a person reads it, for exports: "Family home", not FAMILY_HOME. */
  private String words(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }

  /**
   * The teams the person may filter by, by name: the teams whose children are on the tracker, or
   * for a team manager only their own team (they see no other team's children).
   */
  @Transactional(readOnly = true)
  public Map<UUID, String> teams(CurrentUser user) {
    TrackerListing.Scope scope = scope(user);
    List<UUID> teams =
        listing.teams(user.partnershipId()).stream()
            .filter(t -> scope.everyTeam() || t.equals(scope.teamId()))
            .toList();
    return directory.teamNames(teams).entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  public boolean maySeeCompliance(CurrentUser user) {
    return policy.roleAllows(user, Permission.VIEW_COMPLIANCE);
  }

  public boolean maySee(CurrentUser user) {
    return policy.roleAllows(user, Permission.VIEW_TRACKER);
  }

  /** Checks the person may see the tracker and audits that they did; whose rows they see. */
  private TrackerListing.Scope checked(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_TRACKER);
    audit.record(
        user,
        AuditAction.VIEW_TRACKER,
        null,
        new RecordRef("TRACKER", user.partnershipId().toString()),
        null,
        "tracker");
    return scope(user);
  }

  /** Coordinators and the front door see every team's children; a team manager their team's. */
  private TrackerListing.Scope scope(CurrentUser user) {
    return new TrackerListing.Scope(
        user.partnershipId(), policy.roleAllows(user, Permission.VIEW_EVERY_TEAM), user.teamId());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  /** The rows of these current screenings, in this order: only these children are read. */
  private List<Row> rowsOf(List<UUID> screeningIds, CurrentUser user, LocalDate today) {
    if (screeningIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, ScreeningEntity> screenings =
        records.findAllById(screeningIds).stream()
            .collect(Collectors.toMap(ScreeningEntity::id, Function.identity()));
    List<UUID> ids = screenings.values().stream().map(ScreeningEntity::childId).toList();
    Map<UUID, ChildSummary> kids = children.summaries(ids);
    Map<UUID, PlacementType> placements = children.placements(ids);
    Map<UUID, String> districts =
        directory.districts(user.partnershipId()).stream()
            .collect(Collectors.toMap(DistrictView::id, DistrictView::name));
    Map<UUID, String> teams =
        directory.teamNames(
            screenings.values().stream()
                .map(ScreeningEntity::teamId)
                .filter(t -> t != null)
                .distinct()
                .toList());
    List<Row> rows = new ArrayList<>();
    for (UUID id : screeningIds) {
      ScreeningEntity s = screenings.get(id);
      ChildSummary child = s == null ? null : kids.get(s.childId());
      if (child == null || s.riskLevel() == null) {
        continue;
      }
      LocalDate dob = child.dateOfBirth();
      rows.add(
          new Row(
              child,
              dob == null ? null : Period.between(dob, today).getYears(),
              AgeBand.of(dob, today),
              child.districtId() == null ? null : districts.get(child.districtId()),
              s.teamId(),
              s.teamId() == null ? null : teams.get(s.teamId()),
              placements.get(child.id()),
              s.riskLevel(),
              s.id(),
              LocalDate.ofInstant(s.submittedAt(), LanternTime.ZONE),
              s.status() == ScreeningStatus.SIGNED_OFF,
              s.reviewDueOn(),
              Oversight.overdue(s.reviewDueOn(), today)));
    }
    return rows;
  }
}
