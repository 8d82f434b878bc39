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
import java.util.Set;
import java.util.UUID;
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
import org.lantern.people.Sex;
import org.lantern.platform.LanternTime;
import org.lantern.platform.ListSearch;
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
 * current screening is signed off and not past its review date.
 */
@Service
public class Tracker {

  private final ScreeningRecords records;
  private final Children children;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  Tracker(
      ScreeningRecords records,
      Children children,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.records = records;
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

  /** What to show: each filter optional; sorted by one column. */
  public record Filter(
      @Nullable UUID district,
      @Nullable UUID team,
      @Nullable RiskLevel level,
      @Nullable Sex sex,
      @Nullable AgeBand ageBand,
      @Nullable PlacementType placement,
      boolean overdueOnly,
      TrackerSort sort,
      boolean descending) {

    /** Every child, by level, highest first. Narrow it with the methods below. */
    public static Filter none() {
      return new Filter(null, null, null, null, null, null, false, TrackerSort.LEVEL, true);
    }

    /** Every child, in the given order. */
    public static Filter sortedBy(TrackerSort sort, boolean descending) {
      return none().withSort(sort, descending);
    }

    public Filter inDistrict(@Nullable UUID district) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    public Filter inTeam(@Nullable UUID team) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    public Filter atLevel(@Nullable RiskLevel level) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    public Filter ofSex(@Nullable Sex sex) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    public Filter agedIn(@Nullable AgeBand ageBand) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    public Filter placedIn(@Nullable PlacementType placement) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }

    /** Only children whose review is overdue, when {@code only}. */
    public Filter overdue(boolean only) {
      return new Filter(district, team, level, sex, ageBand, placement, only, sort, descending);
    }

    public Filter withSort(TrackerSort sort, boolean descending) {
      return new Filter(
          district, team, level, sex, ageBand, placement, overdueOnly, sort, descending);
    }
  }

  /** A team's compliance figure. */
  public record Compliance(
      @Nullable UUID teamId, @Nullable String team, int children, int compliant) {

    public int percent() {
      return children == 0 ? 0 : Math.round(100f * compliant / children);
    }
  }

  @Transactional
  public List<Row> rows(CurrentUser user, Filter filter) {
    List<Row> all = all(user, "tracker");
    Comparator<Row> order = comparator(filter.sort());
    return all.stream()
        .filter(r -> filter.district() == null || districtId(r, user).equals(filter.district()))
        .filter(r -> filter.team() == null || filter.team().equals(r.teamId()))
        .filter(r -> filter.level() == null || r.level() == filter.level())
        .filter(r -> filter.sex() == null || r.child().sex() == filter.sex())
        .filter(r -> filter.ageBand() == null || r.ageBand() == filter.ageBand())
        .filter(r -> filter.placement() == null || r.placement() == filter.placement())
        .filter(r -> !filter.overdueOnly() || r.overdue())
        .sorted(filter.descending() ? order.reversed() : order)
        .toList();
  }

  /** Compliance per team (children with no team are counted under none), teams by name. */
  /**
   * Compliance per team: for team managers their team's, for the others with the permission the
   * whole partnership's. Numbers only, so strategic leads see it too.
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
    Map<String, Compliance> byTeam = new LinkedHashMap<>();
    for (Row r : rowsFor(user)) {
      String key = r.teamId() == null ? "" : r.teamId().toString();
      Compliance c = byTeam.getOrDefault(key, new Compliance(r.teamId(), r.team(), 0, 0));
      byTeam.put(
          key,
          new Compliance(
              c.teamId(), c.team(), c.children() + 1, c.compliant() + (r.compliant() ? 1 : 0)));
    }
    return byTeam.values().stream()
        .sorted(Comparator.comparing(c -> c.team() == null ? "\uffff" : c.team()))
        .toList();
  }

  /** Writes the rows as CSV (audited as an export). */
  @Transactional
  public void export(CurrentUser user, Filter filter, @Nullable String search, Writer out) {
    List<Row> rows = named(rows(user, filter), search);
    audit.record(
        user,
        AuditAction.TRACKER_EXPORTED,
        null,
        new RecordRef("TRACKER", user.partnershipId().toString()),
        null,
        "tracker export of " + rows.size() + " children");
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "name",
                "date_of_birth",
                "age",
                "sex",
                "district",
                "team",
                "placement",
                "level",
                "screened_on",
                "signed_off",
                "review_due",
                "review_overdue",
                "sex_code",
                "placement_code",
                "level_code")
            .get()
            .print(out)) {
      for (Row r : rows) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows whose child's name holds {@code search} (any case, spaces squeezed); all of them when
   * it is blank.
   */
  public static List<Row> named(List<Row> rows, @Nullable String search) {
    ListSearch wanted = ListSearch.of(search);
    if (wanted.isBlank()) {
      return rows;
    }
    return rows.stream().filter(r -> wanted.matchesAny(r.child().name())).toList();
  }

  /** A value as a person reads it, for exports: "Family home", not FAMILY_HOME. */
  private String words(String key) {
    return messages.getMessage(key, null, key, Locale.UK);
  }

  /** The teams that appear on this person's tracker, for the filter. */
  @Transactional(readOnly = true)
  public Map<UUID, String> teams(CurrentUser user) {
    Set<UUID> ids =
        records.currentIn(user.partnershipId()).stream()
            .map(ScreeningEntity::teamId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    return directory.teamNames(ids).entrySet().stream()
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

  private List<Row> all(CurrentUser user, String purpose) {
    policy.requireRole(user, Permission.VIEW_TRACKER);
    audit.record(
        user,
        AuditAction.VIEW_TRACKER,
        null,
        new RecordRef("TRACKER", user.partnershipId().toString()),
        null,
        purpose);
    return rowsFor(user);
  }

  /** The tracker's rows for this person, unchecked: callers check and audit. */
  private List<Row> rowsFor(CurrentUser user) {
    boolean everyTeam = policy.roleAllows(user, Permission.VIEW_EVERY_TEAM);
    List<ScreeningEntity> current =
        records.currentIn(user.partnershipId()).stream()
            .filter(s -> s.riskLevel() != null && s.riskLevel().tracked())
            .filter(s -> everyTeam || (user.teamId() != null && user.teamId().equals(s.teamId())))
            .toList();
    List<UUID> ids = current.stream().map(ScreeningEntity::childId).toList();
    Map<UUID, ChildSummary> kids = children.summaries(ids);
    Map<UUID, PlacementType> placements = children.placements(ids);
    Map<UUID, String> districts =
        directory.districts(user.partnershipId()).stream()
            .collect(Collectors.toMap(DistrictView::id, DistrictView::name));
    Map<UUID, String> teams =
        directory.teamNames(
            current.stream()
                .map(ScreeningEntity::teamId)
                .filter(t -> t != null)
                .distinct()
                .toList());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<Row> rows = new ArrayList<>();
    for (ScreeningEntity s : current) {
      ChildSummary child = kids.get(s.childId());
      if (child == null) {
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

  private static UUID districtId(Row r, CurrentUser user) {
    return r.child().districtId() == null ? new UUID(0, 0) : r.child().districtId();
  }

  private static Comparator<Row> comparator(TrackerSort sort) {
    Comparator<Row> byName =
        Comparator.comparing((Row r) -> r.child().familyName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.child().givenName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.child().id());
    return switch (sort) {
      case NAME -> byName;
      case LEVEL -> Comparator.comparing(Row::level).thenComparing(byName.reversed());
      case AGE ->
          Comparator.comparing((Row r) -> r.age() == null ? -1 : r.age()).thenComparing(byName);
      case DISTRICT ->
          Comparator.comparing((Row r) -> r.district() == null ? "" : r.district())
              .thenComparing(byName);
      case TEAM ->
          Comparator.comparing((Row r) -> r.team() == null ? "" : r.team()).thenComparing(byName);
      case REVIEW ->
          Comparator.comparing((Row r) -> r.reviewDueOn() == null ? LocalDate.MAX : r.reviewDueOn())
              .thenComparing(byName);
    };
  }
}
