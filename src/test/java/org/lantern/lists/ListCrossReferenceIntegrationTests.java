package org.lantern.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lists against the partnership's children: matching through typos, nicknames and swapped dates;
 * bad rows refused with reasons while good rows stand; the same file twice adds nothing; decisions
 * audited and guarded against two people deciding at once.
 */
@IntegrationTest
class ListCrossReferenceIntegrationTests {

  static final LocalDate LIST_DATE = LocalDate.of(2026, 11, 2);

  private static TestPartnership p;
  private static ChildSummary robert;
  private static ChildSummary jessica;

  @Autowired Fixtures fixtures;
  @Autowired ListCrossReference lists;
  @Autowired UploadedLists uploaded;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    // other tests move the shared clock (panel rounds in 2026's summer); the list dates here are
    // in the past of the real clock
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      robert =
          fixtures.child(
              p,
              aChild("Robert", "Quennellow")
                  .sex(Sex.MALE)
                  .born(2010, 3, 7)
                  .postcode("ST16 2LH")
                  .district(p.districtId())
                  .build());
      jessica =
          fixtures.child(
              p,
              aChild("Jessica", "Marchbanks")
                  .sex(Sex.FEMALE)
                  .born(2011, 11, 4)
                  .district(p.districtId())
                  .build());
      fixtures.child(p, "Oliver", "Tamworthy", LocalDate.of(2012, 5, 5));
    }
  }

  private CurrentUser coordinator() {
    return p.user(Role.EXPLOITATION_COORDINATOR);
  }

  @Test
  void nicknamesTyposAndSwappedDatesStillFindTheChild() {
    String csv =
        """
        Forename,Surname,DOB,Gender,Postcode
        Bobby,Quenellow,2010-03-07,M,ST16 2LH
        Jess,Marchbanks,11/04/2011,F,
        Zebedee,Nobodyknows,2009-09-09,M,
        """;

    ListCrossReference.UploadResult result =
        lists.upload(coordinator(), ListKind.MISSING_FROM_HOME, LIST_DATE, bytes(csv));

    assertThat(result.fileProblem()).isNull();
    assertThat(result.added()).isEqualTo(3);
    assertThat(result.matched()).isEqualTo(2);
    ListCrossReference.ListView view =
        lists.list(coordinator(), result.listId(), ListCrossReference.Query.first());
    ListCrossReference.RowView bobby = row(view, "Bobby");
    assertThat(bobby.status()).isEqualTo(ListCrossReference.Status.PROPOSED);
    ListCrossReference.CandidateView best = bobby.candidates().getFirst();
    assertThat(best.child().id()).isEqualTo(robert.id());
    assertThat(best.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(best.percent()).isGreaterThanOrEqualTo(80);
    assertThat(best.reasons())
        .extracting(r -> r.level().messageKey())
        .contains("linkage.level.NICKNAME", "linkage.level.EXACT");
    // 11/04/2011 read day first is 11 April; Jessica was born on 4 November: day and month swapped
    ListCrossReference.CandidateView jess = row(view, "Jess").candidates().getFirst();
    assertThat(jess.child().id()).isEqualTo(jessica.id());
    assertThat(jess.reasons())
        .extracting(r -> r.level().messageKey())
        .contains("linkage.level.TRANSPOSED");
    assertThat(row(view, "Zebedee").status()).isEqualTo(ListCrossReference.Status.UNMATCHED);
    assertThat(row(view, "Zebedee").candidates()).isEmpty();
    // each child shown to the coordinator is audited as seen on the list
    assertThat(audit.forChild(robert.id()))
        .filteredOn(e -> e.action() == AuditAction.CROSS_REFERENCE_LISTS)
        .extracting(AuditEntry::outcome)
        .contains(AuditEntry.Outcome.ALLOWED);
  }

  @Test
  void badRowsAreRefusedWithReasonsGoodRowsAreKeptAndTheSameFileTwiceAddsNothing() {
    String csv =
        """
        given_name,family_name,date_of_birth,sex
        Robert,Quennellow,2010-03-07,M
        Amy,,2010-01-01,F
        Jessica,Marchbanks,31/02/2011,F
        Oliver,Tamworthy,2012,M
        Robert,Quennellow,2010-03-07,M
        """;

    ListCrossReference.UploadResult first =
        lists.upload(coordinator(), ListKind.REOFFENDING_PANEL, LIST_DATE, bytes(csv));
    ListCrossReference.UploadResult again =
        lists.upload(coordinator(), ListKind.REOFFENDING_PANEL, LIST_DATE, bytes(csv));

    assertThat(first.added()).isEqualTo(2);
    assertThat(first.alreadyListed()).isEqualTo(1); // line 6 repeats line 2
    assertThat(first.refused())
        .extracting(ListCrossReference.RefusedRow::line)
        .containsExactly(3L, 4L);
    assertThat(first.refused().get(0).problems()).containsExactly("Enter a family name");
    assertThat(first.refused().get(1).problems().getFirst()).contains("31/02/2011");
    assertThat(again.listId()).isEqualTo(first.listId());
    assertThat(again.added()).isZero();
    assertThat(again.alreadyListed()).isEqualTo(3);
    assertThat(lists.list(coordinator(), first.listId(), ListCrossReference.Query.first()).rows())
        .hasSize(2);
    // a year of birth that agrees counts for the match, as in the search: Oliver is found by name
    // and year
    ListCrossReference.CandidateView oliver =
        row(lists.list(coordinator(), first.listId(), ListCrossReference.Query.first()), "Oliver")
            .candidates()
            .getFirst();
    assertThat(oliver.reasons())
        .extracting(r -> r.level().messageKey())
        .contains("linkage.level.SAME_YEAR");
  }

  @Test
  void aFileThatIsNotUtf8SavesNothing() {
    byte[] latin1 = "given_name,family_name\nZoë,Brontë\n".getBytes(StandardCharsets.ISO_8859_1);
    ListCrossReference.UploadResult result =
        lists.upload(
            coordinator(), ListKind.MISSING_FROM_EDUCATION, LIST_DATE.minusDays(1), latin1);
    assertThat(result.fileProblem()).contains("CSV UTF-8");
    assertThat(result.listId()).isNull();
    assertThat(uploaded.page(coordinator(), UploadedLists.Query.first()).lists().rows())
        .noneMatch(
            l ->
                l.kind() == ListKind.MISSING_FROM_EDUCATION
                    && l.listDate().equals(LIST_DATE.minusDays(1)));
  }

  @Test
  void confirmingIsAuditedAndASecondDecisionOnTheSameReadingIsRefused() {
    ListCrossReference.UploadResult result =
        lists.upload(
            coordinator(),
            ListKind.MISSING_FROM_HOME,
            LIST_DATE.minusDays(7),
            bytes("given_name,family_name,dob\nRobert,Quennellow,2010-03-07\n"));
    ListCrossReference.RowView row =
        lists
            .list(coordinator(), result.listId(), ListCrossReference.Query.first())
            .rows()
            .getFirst();

    lists.decide(coordinator(), result.listId(), row.id(), row.version(), robert.id());

    assertThatThrownBy(
            () -> lists.decide(coordinator(), result.listId(), row.id(), row.version(), null))
        .isInstanceOf(ListRowChangedException.class);
    ListCrossReference.RowView decided =
        lists
            .list(coordinator(), result.listId(), ListCrossReference.Query.first())
            .rows()
            .getFirst();
    assertThat(decided.status()).isEqualTo(ListCrossReference.Status.CONFIRMED);
    assertThat(decided.confirmed().id()).isEqualTo(robert.id());
    assertThat(audit.forChild(robert.id()))
        .filteredOn(e -> e.action() == AuditAction.DECIDE_LIST_MATCH)
        .hasSize(1);
  }

  @Test
  void onlyTheCoordinatorCrossReferencesLists() throws Exception {
    assertThatThrownBy(() -> uploaded.page(p.user(Role.SOCIAL_WORKER), UploadedLists.Query.first()))
        .isInstanceOf(AccessDeniedForRole.class);
    mvc.perform(get("/panels/lists").with(Pages.signedInAs(users, p.username(Role.POLICE))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theUploadPageShowsEachRefusedRowAndAFileProblemNextToTheField() throws Exception {
    Document page =
        upload(
            "given_name,family_name,postcode\nRobert,Quennellow,NOPE\nJessica,Marchbanks,\n",
            "REOFFENDING_PANEL",
            "3");
    assertThat(page.select(".govuk-notification-banner").text())
        .contains("1 rows added")
        .contains("1 not uploaded");
    assertThat(page.select("table.govuk-table").text()).contains("Postcode \"NOPE\"");

    Document bad = upload("name,dob\nJess,2011\n", "REOFFENDING_PANEL", "4");
    assertThat(bad.select(".govuk-error-summary a[href=#file]").text())
        .contains("needs a column for: given_name, family_name");
    assertThat(bad.select("#file-error").text()).contains("given_name, family_name");

    Document noKind = upload("given_name,family_name\nA,B\n", "", "4");
    assertThat(noKind.select(".govuk-error-summary a[href=#kind]").text())
        .isEqualTo("Select which list it is");
  }

  private Document upload(String csv, String kind, String day) throws Exception {
    String html =
        mvc.perform(
                multipart("/panels/lists")
                    .file(new MockMultipartFile("file", "list.csv", "text/csv", bytes(csv)))
                    .param("kind", kind)
                    .param("listDate.day", day)
                    .param("listDate.month", "10")
                    .param("listDate.year", "2026")
                    .with(csrf())
                    .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  private static ListCrossReference.RowView row(ListCrossReference.ListView view, String given) {
    return view.rows().stream()
        .filter(r -> r.listed().givenName().equals(given))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aListOfHundredsOfRowsIsPagedSearchedAndFilteredReadingOnlyThePagesChildren()
      throws Exception {
    StringBuilder csv = new StringBuilder("Forename,Surname,DOB,Gender\n");
    for (int i = 1; i <= 300; i++) {
      csv.append("Pat,Row").append(String.format("%03d", i)).append(",2009-01-01,M\n");
    }
    csv.append("Bobby,Quenellow,2010-03-07,M\n");
    ListCrossReference.UploadResult result =
        lists.upload(
            coordinator(),
            ListKind.MISSING_FROM_HOME,
            LIST_DATE.minusDays(40),
            bytes(csv.toString()));
    assertThat(result.added()).isEqualTo(301);

    ListCrossReference.ListView first =
        lists.list(coordinator(), result.listId(), ListCrossReference.Query.first());
    assertThat(first.page().matching()).isEqualTo(301);
    assertThat(first.rows()).hasSize(ListCrossReference.PAGE_SIZE);
    assertThat(first.rows().getFirst().listed().familyName()).isEqualTo("Row001");
    // Bobby is on the last page: the first page neither reads nor audits Robert
    assertThat(audit.forChild(robert.id()))
        .noneMatch(e -> result.listId().toString().equals(e.recordId()));

    ListCrossReference.ListView last =
        lists.list(coordinator(), result.listId(), new ListCrossReference.Query(99, null, null));
    assertThat(last.page().page()).isEqualTo(13);
    assertThat(last.rows()).singleElement().satisfies(r -> assertThat(r.line()).isGreaterThan(300));

    ListCrossReference.ListView bobby =
        lists.list(
            coordinator(),
            result.listId(),
            new ListCrossReference.Query(1, "QUENELLOW", ListCrossReference.Status.PROPOSED));
    assertThat(bobby.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.candidates().getFirst().child().id()).isEqualTo(robert.id()));
    assertThat(audit.forChild(robert.id()))
        .anyMatch(e -> result.listId().toString().equals(e.recordId()));
    assertThat(
            lists
                .list(
                    coordinator(),
                    result.listId(),
                    new ListCrossReference.Query(1, "row01", ListCrossReference.Status.UNMATCHED))
                .page()
                .matching())
        .isEqualTo(10);

    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/panels/lists/{id}", result.listId())
                        .param("status", "unmatched")
                        .param("page", "2")
                        .with(Pages.signedInAs(users, p.username(Role.EXPLOITATION_COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select(".lantern-list-count").text()).isEqualTo("Showing 26 to 50 of 300");
    assertThat(page.select("#status option[selected]").val()).isEqualTo("UNMATCHED");
    assertThat(page.select(".govuk-pagination__next a").attr("href"))
        .contains("page=3")
        .contains("status=unmatched");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
