package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.platform.Paged;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The person index's review queue with a few hundred pairs: paged, searched by either record's name
 * or its reference in its own system, sorted by weight or by either record's name, in SQL.
 */
@IntegrationTest
class PersonIndexQueueIntegrationTests {

  static final int PAIRS = 300;

  @Autowired Fixtures fixtures;
  @Autowired PersonLinkQueue linkQueue;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  TestPartnership p;
  CurrentUser frontDoor;

  @BeforeEach
  void setUp() {
    clock.reset();
    p = fixtures.partnership();
    frontDoor = p.user(Role.FRONT_DOOR);
    // pair i: the police's P-i (Ava every 50th from the 8th, else Leo, "Moss i") and the school's
    // S-i ("Kerr (299 - i)"), weighed 1 + i/100: the heaviest is the last
    for (int i = 0; i < PAIRS; i++) {
      UUID a = record("Police", "P-%03d".formatted(i), i % 50 == 7 ? "Ava" : "Leo", "Moss%03d", i);
      UUID b = record("School", "S-%03d".formatted(i), "Sam", "Kerr%03d", PAIRS - 1 - i);
      link(a, b, 1 + i / 100.0, "REVIEW");
    }
    // decided pairs are not waiting
    for (int i = 0; i < 3; i++) {
      UUID a = record("Police", "D-%03d".formatted(i), "Ava", "Moss%03d", 900 + i);
      UUID b = record("School", "E-%03d".formatted(i), "Ava", "Kerr%03d", 900 + i);
      link(a, b, 50, "CONFIRMED");
    }
  }

  @Test
  void theQueueIsPagedHeaviestFirstAndABookmarkPastTheEndShowsTheLastPage() {
    PersonLinkQueue.Page first = linkQueue.page(frontDoor, PersonLinkQueue.Query.all());
    assertThat(first.waiting()).isEqualTo(PAIRS);
    assertThat(first.pairs().matching()).isEqualTo(PAIRS);
    assertThat(first.pairs().rows()).hasSize(PersonLinkQueue.PAGE_SIZE);
    assertThat(refs(first.pairs())).startsWith("P-299", "P-298");
    assertThat(first.pairs().rows().getFirst().b().sourceId()).isEqualTo("S-299");

    PersonLinkQueue.Page last = linkQueue.page(frontDoor, query(99, null, null));
    assertThat(last.pairs().page()).isEqualTo(12);
    assertThat(refs(last.pairs())).hasSize(PersonLinkQueue.PAGE_SIZE).endsWith("P-001", "P-000");
  }

  @Test
  void theQueueSortsByEitherRecordOrWeightEitherWayAndIgnoresASortThatIsNoColumn() {
    assertThat(refs(linkQueue.page(frontDoor, query(1, null, "first")).pairs()))
        .startsWith("P-000", "P-001");
    assertThat(refs(linkQueue.page(frontDoor, query(1, null, "first-desc")).pairs()))
        .startsWith("P-299", "P-298");
    // the school's records are named the other way round
    assertThat(refs(linkQueue.page(frontDoor, query(1, null, "second")).pairs()))
        .startsWith("P-299", "P-298");
    assertThat(refs(linkQueue.page(frontDoor, query(1, null, "weight")).pairs()))
        .startsWith("P-000", "P-001");

    PersonLinkQueue.Query bad = query(1, null, "weight; drop table person_link");
    assertThat(bad.sort().chosen()).isFalse();
    assertThat(refs(linkQueue.page(frontDoor, bad).pairs())).startsWith("P-299", "P-298");
  }

  @Test
  void theQueueFindsAPairByEitherRecordsNameOrReference() {
    PersonLinkQueue.Page avas = linkQueue.page(frontDoor, query(1, "  AVA ", null));
    assertThat(avas.waiting()).isEqualTo(PAIRS);
    assertThat(refs(avas.pairs()))
        .containsExactly("P-257", "P-207", "P-157", "P-107", "P-057", "P-007");

    assertThat(refs(linkQueue.page(frontDoor, query(1, "ava moss107", null)).pairs()))
        .containsExactly("P-107");
    // the school's record: Kerr 192 is pair 107's
    assertThat(refs(linkQueue.page(frontDoor, query(1, "sam kerr192", null)).pairs()))
        .containsExactly("P-107");
    assertThat(refs(linkQueue.page(frontDoor, query(1, "s-12", "first")).pairs()))
        .containsExactly(
            "P-120", "P-121", "P-122", "P-123", "P-124", "P-125", "P-126", "P-127", "P-128",
            "P-129");
    assertThat(linkQueue.page(frontDoor, query(1, "_", null)).pairs().matching()).isZero();
  }

  @Test
  void aPageIsOneReadOfTheQueueNamingThePage() {
    Instant before = clock.instant();
    linkQueue.page(frontDoor, query(3, "leo", null));

    assertThat(
            jdbc.queryForList(
                "select purpose from audit_event where user_id = ? and occurred_at >= ?",
                String.class,
                frontDoor.id(),
                Timestamp.from(before)))
        .containsExactly("review queue, page 3 of " + (PAIRS - PAIRS / 50));
  }

  @Test
  void theHeadersSortKeepingTheSearchAndThePagesKeepBoth() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    get("/person-index/review")
                        .param("search", "Leo")
                        .param("sort", "first-desc")
                        .with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(PersonLinkQueue.PAGE_SIZE);
    assertThat(page.select(".lantern-list-count").text())
        .isEqualTo("Showing 1 to 25 of " + (PAIRS - PAIRS / 50));
    assertThat(page.select("th[aria-sort=descending]").text()).isEqualTo("Record");
    assertThat(page.select("th[aria-sort=descending] a").attr("href"))
        .contains("sort=first")
        .doesNotContain("first-desc")
        .contains("search=Leo");
    assertThat(page.select("th[aria-sort=none] a").eachAttr("href"))
        .anySatisfy(href -> assertThat(href).contains("sort=second"))
        .anySatisfy(href -> assertThat(href).contains("sort=weight"));
    assertThat(page.select("form[role=search] input[name=sort]").val()).isEqualTo("first-desc");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=2")
        .contains("search=Leo")
        .contains("sort=first-desc");
    assertThat(page.select("tbody td[data-label]").first().text()).startsWith("Leo Moss299");
    // the queue has a search and no filters: its link clears the search
    assertThat(page.select("form[role=search] a").text()).isEqualTo("Clear search");
    assertThat(page.select("form[role=search] a").attr("href")).isEqualTo("/person-index/review");
  }

  private UUID record(String source, String sourceId, String given, String family, int n) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into person_record (id, partnership_id, source, source_id, given_name,"
            + " family_name, person_id, imported_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        p.id(),
        source,
        sourceId,
        given,
        family.formatted(n),
        id,
        now,
        now);
    return id;
  }

  private void link(UUID a, UUID b, double weight, String status) {
    jdbc.update(
        "insert into person_link (id, partnership_id, record_a, record_b, weight, status,"
            + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        p.id(),
        a,
        b,
        weight,
        status,
        Timestamp.from(clock.instant()));
  }

  private static PersonLinkQueue.Query query(
      int page, @Nullable String search, @Nullable String sort) {
    return new PersonLinkQueue.Query(page, search, PersonLinkQueue.Query.sort(sort));
  }

  private static List<String> refs(Paged<PersonLinkQueue.Waiting> pairs) {
    return pairs.rows().stream().map(w -> w.a().sourceId()).toList();
  }
}
