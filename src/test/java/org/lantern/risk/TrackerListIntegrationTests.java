package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.people.PlacementType;
import org.lantern.people.Sex;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Paged;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tracker with a few hundred children, filtered, searched, sorted and paged in SQL: each sort
 * either way and each filter give what the tracker gave when it sorted and filtered in memory (its
 * comparators and filters are written out here as the model), each role sees the same children as
 * before, a page reads its rows only, the overdue count and the CSV cover every match.
 */
@IntegrationTest
class TrackerListIntegrationTests {

  static final int CHILDREN = 300;

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Tracker tracker;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  static TestPartnership p;
  static UUID otherTeam;
  static UUID otherDistrict;
  static CurrentUser teamlessManager;
  static LocalDate today;
  static final List<Expected> children = new ArrayList<>();

  /** A child on the tracker as the in-memory tracker saw it. */
  record Expected(
      String given,
      String family,
      RiskLevel level,
      Sex sex,
      @Nullable LocalDate dob,
      @Nullable UUID district,
      String districtName,
      @Nullable UUID team,
      String teamName,
      @Nullable PlacementType placement,
      boolean signedOff,
      @Nullable LocalDate review) {

    int age() {
      return dob == null ? -1 : Period.between(dob, today).getYears();
    }

    boolean overdue() {
      return review != null && today.isAfter(review);
    }

    boolean compliant() {
      return signedOff && !overdue();
    }
  }

  @BeforeEach
  void setUp() {
    if (p != null) {
      return;
    }
    clock.reset();
    today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    p = fixtures.partnership();
    TestPartnership q = p;
    tools.publish(q.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    UUID tool =
        jdbc.queryForObject(
            "select v.id from screening_tool_version v join screening_tool t on t.id = v.tool_id"
                + " where t.partnership_id = ?",
            UUID.class,
            q.id());
    otherDistrict = directory.createDistrict(q.id(), "Westmoor " + q.suffix());
    String district =
        jdbc.queryForObject("select name from district where id = ?", String.class, q.districtId());
    otherTeam = directory.createTeam(q.councilId(), "Other team " + q.suffix());
    String team = "Children's team " + q.suffix();
    UUID manager =
        directory.createUser(
            new NewUser(
                "teamless-" + q.suffix(),
                "Teamless manager",
                "teamless-" + q.suffix() + "@test.invalid",
                TestPartnership.PASSWORD,
                Role.TEAM_MANAGER,
                q.councilId(),
                null));
    UserView view = directory.user(manager).orElseThrow();
    teamlessManager =
        new CurrentUser(
            manager,
            view.username(),
            view.displayName(),
            Role.TEAM_MANAGER,
            q.councilId(),
            view.agencyName(),
            q.id(),
            null);
    Instant base = clock.instant().minus(Duration.ofDays(60));
    UUID author = q.user(Role.EXPLOITATION_COORDINATOR).id();
    for (int i = 0; i < CHILDREN; i++) {
      String given = i % 50 == 7 ? "Ava" : "Leo";
      String family = "Zed%03d".formatted(i);
      RiskLevel level = RiskLevel.values()[1 + i % 3];
      Sex sex = i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
      LocalDate dob = i % 37 == 0 ? null : today.minusYears(8 + i % 11).minusDays(i % 300);
      UUID districtId = i % 4 == 0 ? otherDistrict : i % 4 == 1 ? null : q.districtId();
      String districtName = i % 4 == 0 ? "Westmoor " + q.suffix() : i % 4 == 1 ? "" : district;
      UUID teamId = i % 5 == 0 ? otherTeam : i % 5 == 1 ? null : q.teamId();
      String teamName = i % 5 == 0 ? "Other team " + q.suffix() : i % 5 == 1 ? "" : team;
      PlacementType placement = i % 7 == 0 ? PlacementType.RESIDENTIAL : null;
      boolean signedOff = i % 2 == 0;
      LocalDate review =
          i % 6 == 0 ? null : i % 6 == 1 ? today.minusDays(1 + i) : today.plusDays(i);
      UUID child = UUID.randomUUID();
      Timestamp at = Timestamp.from(base.plus(Duration.ofMinutes(i)));
      jdbc.update(
          "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
              + " district_id, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " 0)",
          child,
          q.id(),
          given,
          family,
          sex.name(),
          dob == null ? null : Date.valueOf(dob),
          districtId,
          at,
          at);
      // an older screening, always high: only the current one counts
      screening(q.id(), child, tool, author, q.teamId(), "HIGH", "SIGNED_OFF", at, null, -1);
      screening(
          q.id(),
          child,
          tool,
          author,
          teamId,
          level.name(),
          signedOff ? "SIGNED_OFF" : "SUBMITTED",
          at,
          review,
          0);
      if (placement != null) {
        placement(child, placement, today.minusDays(30), null);
      }
      if (i % 7 == 1) {
        // a placement that has ended is not the child's placement
        placement(child, PlacementType.RESIDENTIAL, today.minusDays(30), today.minusDays(1));
      }
      children.add(
          new Expected(
              given,
              family,
              level,
              sex,
              dob,
              districtId,
              districtName,
              teamId,
              teamName,
              placement,
              signedOff,
              review));
    }
    // never on the tracker: a child whose current screening found no apparent risk (an older one
    // said high), a child with a draft only, and another partnership's Ava
    UUID none = child(q.id(), "Ava", "Zed-none");
    screening(
        q.id(),
        none,
        tool,
        author,
        q.teamId(),
        "HIGH",
        "SIGNED_OFF",
        Timestamp.from(base),
        null,
        -1);
    screening(
        q.id(),
        none,
        tool,
        author,
        q.teamId(),
        "NONE",
        "SIGNED_OFF",
        Timestamp.from(base),
        null,
        0);
    UUID draft = child(q.id(), "Ava", "Zed-draft");
    jdbc.update(
        "insert into screening (id, partnership_id, child_id, tool_version_id, status,"
            + " author_user_id, team_id, started_at, updated_at, version)"
            + " values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        q.id(),
        draft,
        tool,
        author,
        q.teamId(),
        Timestamp.from(base),
        Timestamp.from(base));
    TestPartnership other = fixtures.partnership();
    tools.publish(other.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    UUID otherTool =
        jdbc.queryForObject(
            "select v.id from screening_tool_version v join screening_tool t on t.id = v.tool_id"
                + " where t.partnership_id = ?",
            UUID.class,
            other.id());
    UUID elsewhere = child(other.id(), "Ava", "Zed-elsewhere");
    screening(
        other.id(),
        elsewhere,
        otherTool,
        other.user(Role.EXPLOITATION_COORDINATOR).id(),
        other.teamId(),
        "HIGH",
        "SIGNED_OFF",
        Timestamp.from(base),
        null,
        0);
  }

  @Test
  void aPageHoldsFiftyChildrenOfAllThatMatchAndTheOverdueCountCoversThemAll() {
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    Tracker.Page first = tracker.page(coordinator, TrackerFilter.none(), 1, 50);

    assertThat(first.rows().matching()).isEqualTo(CHILDREN);
    assertThat(first.rows().rows()).hasSize(50);
    assertThat(first.overdue()).isEqualTo(children.stream().filter(Expected::overdue).count());
    assertThat(families(first.rows())).isEqualTo(expected(TrackerFilter.none()).subList(0, 50));

    Tracker.Page third = tracker.page(coordinator, TrackerFilter.none(), 3, 50);
    assertThat(families(third.rows())).isEqualTo(expected(TrackerFilter.none()).subList(100, 150));

    Tracker.Page past = tracker.page(coordinator, TrackerFilter.none(), 99, 50);
    assertThat(past.rows().page()).isEqualTo(6);
    assertThat(families(past.rows()))
        .isEqualTo(expected(TrackerFilter.none()).subList(250, CHILDREN));
  }

  @ParameterizedTest
  @EnumSource(TrackerSort.class)
  void eachSortEitherWayIsTheOrderTheTrackerHad(TrackerSort sort) {
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    for (boolean descending : new boolean[] {false, true}) {
      TrackerFilter filter = TrackerFilter.sortedBy(sort, descending);
      assertThat(families(tracker.rows(coordinator, filter)))
          .as(sort + (descending ? " descending" : " ascending"))
          .isEqualTo(expected(filter));
      assertThat(families(tracker.page(coordinator, filter, 2, 50).rows()))
          .as(sort + (descending ? " descending, page 2" : " ascending, page 2"))
          .isEqualTo(expected(filter).subList(50, 100));
    }
  }

  @Test
  void eachFilterAloneAndTogetherFindsWhatTheTrackerFound() {
    TrackerFilter byName = TrackerFilter.sortedBy(TrackerSort.NAME, false);
    List<TrackerFilter> filters = new ArrayList<>();
    filters.add(byName.inDistrict(p.districtId()));
    filters.add(byName.inDistricts(Set.of(p.districtId(), otherDistrict)));
    filters.add(byName.inDistricts(Set.of()));
    filters.add(byName.inTeam(otherTeam));
    filters.add(byName.overdue(true));
    filters.add(byName.placedIn(PlacementType.RESIDENTIAL));
    filters.add(byName.placedIn(PlacementType.FOSTER_CARE));
    for (RiskLevel level : List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)) {
      filters.add(byName.atLevel(level));
    }
    for (Sex sex : Sex.values()) {
      filters.add(byName.ofSex(sex));
    }
    for (AgeBand band : AgeBand.values()) {
      filters.add(byName.agedIn(band));
    }
    filters.add(
        TrackerFilter.sortedBy(TrackerSort.REVIEW, true)
            .inDistrict(p.districtId())
            .atLevel(RiskLevel.HIGH)
            .ofSex(Sex.FEMALE)
            .agedIn(AgeBand.FROM_13_TO_15)
            .overdue(false));
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    for (TrackerFilter filter : filters) {
      List<String> want = expected(filter);
      assertThat(families(tracker.rows(coordinator, filter))).as(filter.toString()).isEqualTo(want);
      Tracker.Page page = tracker.page(coordinator, filter, 1, 50);
      assertThat(page.rows().matching()).as(filter.toString()).isEqualTo(want.size());
      assertThat(page.overdue())
          .as(filter.toString())
          .isEqualTo(children.stream().filter(model(filter)).filter(Expected::overdue).count());
    }
    assertThat(expected(byName.agedIn(AgeBand.NOT_KNOWN))).isNotEmpty();
    assertThat(expected(byName.agedIn(AgeBand.ADULT))).isNotEmpty();
    assertThat(expected(byName.placedIn(PlacementType.FOSTER_CARE))).isEmpty();
  }

  @Test
  void theSearchFindsAChildByNameAnyCaseAndWithTheFilters() {
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    TrackerFilter byName = TrackerFilter.sortedBy(TrackerSort.NAME, false);

    assertThat(families(tracker.rows(coordinator, byName.named("  AVA  "))))
        .containsExactly("Zed007", "Zed057", "Zed107", "Zed157", "Zed207", "Zed257");
    assertThat(families(tracker.rows(coordinator, byName.named("ava zed157"))))
        .containsExactly("Zed157");
    assertThat(tracker.page(coordinator, byName.named("zed1"), 1, 50).rows().matching())
        .isEqualTo(100);
    assertThat(families(tracker.rows(coordinator, byName.named("Ava").atLevel(RiskLevel.MEDIUM))))
        .containsExactly("Zed007", "Zed157");
    assertThat(tracker.rows(coordinator, byName.named("zed%"))).isEmpty();
    assertThat(tracker.rows(coordinator, byName.named("zed_"))).isEmpty();
  }

  @Test
  void eachRoleSeesTheChildrenItSawBefore() {
    TrackerFilter byName = TrackerFilter.sortedBy(TrackerSort.NAME, false);
    List<String> all = expected(byName);
    assertThat(families(tracker.rows(p.user(Role.FRONT_DOOR), byName))).isEqualTo(all);
    assertThat(families(tracker.rows(p.user(Role.EXPLOITATION_COORDINATOR), byName)))
        .isEqualTo(all);
    List<String> team =
        children.stream()
            .filter(c -> p.teamId().equals(c.team()))
            .map(Expected::family)
            .sorted()
            .toList();
    assertThat(families(tracker.rows(p.user(Role.TEAM_MANAGER), byName))).isEqualTo(team);
    assertThat(tracker.page(p.user(Role.TEAM_MANAGER), byName, 1, 50).rows().matching())
        .isEqualTo(team.size());
    // a manager filtering by another team finds nobody; one in no team sees nobody
    assertThat(tracker.rows(p.user(Role.TEAM_MANAGER), byName.inTeam(otherTeam))).isEmpty();
    assertThat(tracker.rows(teamlessManager, byName)).isEmpty();
    for (Role refused : List.of(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.STRATEGIC_LEAD)) {
      assertThatThrownBy(() -> tracker.page(p.user(refused), byName, 1, 50))
          .as(refused.name())
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void complianceIsCountedPerTeamForWhoeverMaySeeIt() {
    Map<String, long[]> want = new LinkedHashMap<>();
    for (Expected c : children) {
      long[] counts = want.computeIfAbsent(c.teamName(), k -> new long[2]);
      counts[0]++;
      counts[1] += c.compliant() ? 1 : 0;
    }
    List<Tracker.Compliance> all = tracker.compliance(p.user(Role.STRATEGIC_LEAD));
    assertThat(all).hasSize(3);
    assertThat(all.getLast().team()).isNull();
    for (Tracker.Compliance c : all) {
      long[] counts = want.get(c.team() == null ? "" : c.team());
      assertThat(c.children()).as(c.team()).isEqualTo(counts[0]);
      assertThat(c.compliant()).as(c.team()).isEqualTo(counts[1]);
    }
    assertThat(tracker.compliance(p.user(Role.TEAM_MANAGER)))
        .singleElement()
        .satisfies(c -> assertThat(c.teamId()).isEqualTo(p.teamId()));
    assertThat(tracker.teams(p.user(Role.EXPLOITATION_COORDINATOR)))
        .containsOnlyKeys(p.teamId(), otherTeam);
    // a team manager is offered only their own team to filter by: they see no other team's children
    assertThat(tracker.teams(p.user(Role.TEAM_MANAGER))).containsOnlyKeys(p.teamId());
  }

  @Test
  void thePageShowsItsCountKeepsTheFiltersInItsLinksAndTheCsvHoldsEveryMatch() throws Exception {
    var coordinator = Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR));
    Document page =
        Pages.html(
            mvc.perform(
                    get("/tracker")
                        .param("level", "HIGH")
                        .param("sort", "NAME")
                        .param("dir", "asc")
                        .with(coordinator))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select("table.lantern-tracker tbody tr")).hasSize(50);
    assertThat(page.select(".lantern-list-count").text()).isEqualTo("Showing 1 to 50 of 100");
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Child");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("level=HIGH")
        .contains("sort=NAME");
    assertThat(page.select("td[data-label]")).isNotEmpty();

    Document second =
        Pages.html(
            mvc.perform(
                    get("/tracker")
                        .param("level", "HIGH")
                        .param("sort", "NAME")
                        .param("dir", "asc")
                        .param("page", "2")
                        .with(coordinator))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(second.select("table.lantern-tracker tbody tr").first().text())
        .contains(
            expectedNames(TrackerFilter.sortedBy(TrackerSort.NAME, false).atLevel(RiskLevel.HIGH))
                .get(50));

    String csv =
        mvc.perform(get("/tracker/export.csv").param("level", "HIGH").with(coordinator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines()).hasSize(1 + 100);
  }

  /** The families the model gives for this filter, in the order the tracker had. */
  private static List<String> expected(TrackerFilter filter) {
    return children.stream()
        .filter(model(filter))
        .sorted(order(filter))
        .map(Expected::family)
        .toList();
  }

  private static List<String> expectedNames(TrackerFilter filter) {
    return children.stream()
        .filter(model(filter))
        .sorted(order(filter))
        .map(c -> c.given() + " " + c.family())
        .toList();
  }

  /** The in-memory tracker's filters. */
  private static Predicate<Expected> model(TrackerFilter f) {
    return c ->
        (f.districts() == null || (c.district() != null && f.districts().contains(c.district())))
            && (f.team() == null || f.team().equals(c.team()))
            && (f.level() == null || f.level() == c.level())
            && (f.sex() == null || f.sex() == c.sex())
            && (f.ageBand() == null || f.ageBand() == AgeBand.of(c.dob(), today))
            && (f.placement() == null || f.placement() == c.placement())
            && (!f.overdueOnly() || c.overdue());
  }

  /** The in-memory tracker's comparators. */
  private static Comparator<Expected> order(TrackerFilter f) {
    Comparator<Expected> byName =
        Comparator.comparing(Expected::family, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Expected::given, String.CASE_INSENSITIVE_ORDER);
    Comparator<Expected> order =
        switch (f.sort()) {
          case NAME -> byName;
          case LEVEL -> Comparator.comparing(Expected::level).thenComparing(byName.reversed());
          case AGE -> Comparator.comparing(Expected::age).thenComparing(byName);
          case DISTRICT -> Comparator.comparing(Expected::districtName).thenComparing(byName);
          case TEAM -> Comparator.comparing(Expected::teamName).thenComparing(byName);
          case REVIEW ->
              Comparator.comparing((Expected c) -> c.review() == null ? LocalDate.MAX : c.review())
                  .thenComparing(byName);
        };
    return f.descending() ? order.reversed() : order;
  }

  private static List<String> families(Paged<Tracker.Row> paged) {
    return families(paged.rows());
  }

  private static List<String> families(List<Tracker.Row> rows) {
    return rows.stream().map(r -> r.child().familyName()).toList();
  }

  private UUID child(UUID partnership, String given, String family) {
    UUID id = UUID.randomUUID();
    Timestamp at = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, created_at,"
            + " updated_at, version) values (?, ?, ?, ?, 'FEMALE', ?, ?, 0)",
        id,
        partnership,
        given,
        family,
        at,
        at);
    return id;
  }

  /** A submitted screening, {@code minutesLater} after {@code at}. */
  private void screening(
      UUID partnership,
      UUID child,
      UUID tool,
      UUID author,
      @Nullable UUID team,
      String level,
      String status,
      Timestamp at,
      @Nullable LocalDate review,
      int minutesLater) {
    Timestamp submitted = Timestamp.from(at.toInstant().plus(Duration.ofMinutes(minutesLater)));
    jdbc.update(
        "insert into screening (id, partnership_id, child_id, tool_version_id, status,"
            + " author_user_id, team_id, started_at, updated_at, submitted_at, risk_level,"
            + " computed_level, review_due_on, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, 0)",
        UUID.randomUUID(),
        partnership,
        child,
        tool,
        status,
        author,
        team,
        submitted,
        submitted,
        submitted,
        level,
        level,
        review == null ? null : Date.valueOf(review));
  }

  private void placement(
      UUID child, PlacementType type, LocalDate started, @Nullable LocalDate ended) {
    jdbc.update(
        "insert into child_placement (id, child_id, placement_type, responsibility, started_on,"
            + " ended_on, recorded_at) values (?, ?, ?, 'OURS', ?, ?, ?)",
        UUID.randomUUID(),
        child,
        type.name(),
        Date.valueOf(started),
        ended == null ? null : Date.valueOf(ended),
        Timestamp.from(clock.instant()));
  }
}
