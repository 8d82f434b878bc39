package org.lantern.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The committee on PostgreSQL: exempt items only for members and named officers, each change kept,
 * a recurring item suggesting its next occurrence, and packs: a councillor reads only published
 * packs of their own committee; the PDF is tagged, with an outline, a contents page, page numbers
 * and the audience's marking.
 */
@IntegrationTest
class CommitteeIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired WorkProgramme programme;
  @Autowired WorkProgrammeViews views;
  @Autowired CommitteePacks packs;
  @Autowired Indicators indicators;
  @Autowired IndicatorReturns returns;
  @Autowired Directory directory;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser officer;
  CurrentUser councillor;
  UUID committee;
  UUID meeting;

  @BeforeEach
  void setUp() {
    clock.set(OutcomesIntegrationTests.at(2026, 5, 10));
    p = fixtures.partnership();
    officer = p.user(Role.STRATEGIC_LEAD);
    councillor = p.user(Role.COUNCILLOR);
    committee = programme.createCommittee(officer, "Safe and Strong Communities Select Committee");
    programme.seat(officer, committee, Set.of(councillor.id()), Set.of(officer.id()));
    meeting =
        programme.addMeeting(
            officer,
            committee,
            LocalDate.of(2026, 6, 15),
            LocalTime.of(10, 0),
            "Oak Room, County Buildings");
  }

  @Test
  void exemptItemsAreForMembersAndNamedOfficersOnlyAndEveryChangeIsKept() {
    UUID open =
        programme.addItem(
            officer,
            committee,
            ItemDetails.suggested("CSE update")
                .on(meeting)
                .about("Progress against the action plan.", null)
                .by("Cabinet Member for Children", "Head of Safeguarding")
                .every(6));
    UUID exempt =
        programme.addItem(
            officer,
            committee,
            ItemDetails.suggested("Operation review (exempt)").on(meeting).exempt(true));

    // The member sees both; a second councillor not on the committee is told it is not found.
    assertThat(views.programme(councillor, committee).meetings().getFirst().items())
        .extracting(i -> i.details().title())
        .containsExactly("CSE update", "Operation review (exempt)");
    CurrentUser outsider = anotherCouncillor();
    assertThatThrownBy(() -> views.programme(outsider, committee))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> views.item(outsider, open))
        .isInstanceOf(RecordNotFoundException.class);

    // A strategic lead who keeps programmes but is not a named officer does not see exempt items.
    programme.seat(officer, committee, Set.of(councillor.id()), Set.of());
    assertThat(views.programme(officer, committee).meetings().getFirst().items())
        .extracting(i -> i.details().title())
        .containsExactly("CSE update");
    assertThatThrownBy(() -> views.item(officer, exempt))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(views.item(councillor, exempt).item().details().exempt()).isTrue();
    programme.seat(officer, committee, Set.of(councillor.id()), Set.of(officer.id()));

    // The recurring item suggested its next occurrence six months on.
    assertThat(views.programme(officer, committee).suggested())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.details().title()).isEqualTo("CSE update");
              assertThat(s.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
            });

    // A change is kept field by field; a stale version is refused.
    WorkProgramme.StoredItem before = views.item(officer, open).item();
    clock.advance(Duration.ofMinutes(5));
    programme.changeItem(
        officer,
        open,
        before
            .details()
            .about("Progress against the action plan.", "Noted; report back in six months."),
        before.version());
    assertThat(views.item(officer, open).changes())
        .first()
        .satisfies(
            c ->
                assertThat(c.lines())
                    .containsExactly("actionOutcome: — → Noted; report back in six months."));
    assertThatThrownBy(
            () -> programme.changeItem(officer, open, before.details(), before.version()))
        .isInstanceOf(ScrutinyRejectedException.class);
  }

  @Test
  void aCouncillorReadsOnlyPublishedPacksOfTheirCommittee() throws IOException {
    UUID indicator =
        indicators.define(
            officer,
            new FinancialQuarter(2025, 3),
            IndicatorDefinition.entered(
                    "Staff trained",
                    "Staff trained in the quarter.",
                    Unit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    p.policeId())
                .rated(null, new BigDecimal("100"), new BigDecimal("50")),
            true);
    returns.enter(
        p.user(Role.POLICE), indicator, new FinancialQuarter(2025, 3), new BigDecimal("80"), null);
    programme.addItem(
        officer, committee, ItemDetails.suggested("Exempt case review").on(meeting).exempt(true));
    programme.addItem(officer, committee, ItemDetails.suggested("Annual report").on(meeting));

    UUID partA =
        packs.assemble(
            officer,
            meeting,
            Audience.PART_A,
            "Committee pack, June 2026",
            "The committee is asked to note the figures.\n\nThe KPIs are improving.",
            List.of("OUTCOMES", "KPIS", "WORK_PROGRAMME"));

    // A draft is the officer's alone.
    assertThatThrownBy(() -> packs.read(councillor, partA))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(packs.packs(councillor, committee)).isEmpty();

    packs.publish(officer, partA);
    CommitteePacks.Pack read = packs.read(councillor, partA);
    assertThat(read.html())
        .contains("Staff trained", "Annual report", "The KPIs are improving.")
        .doesNotContain("Exempt case review");
    assertThat(packs.packs(councillor, committee))
        .extracting(CommitteePacks.Pack::id)
        .containsExactly(partA);

    // Another councillor (not on the committee) sees nothing, published or not.
    CurrentUser outsider = anotherCouncillor();
    assertThatThrownBy(() -> packs.read(outsider, partA))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> packs.packs(outsider, committee))
        .isInstanceOf(RecordNotFoundException.class);

    // A new version is a draft again; the published one stays as it was.
    UUID partB =
        packs.assemble(
            officer, meeting, Audience.PART_B, "Exempt pack", "Part B.", List.of("WORK_PROGRAMME"));
    assertThat(packs.read(officer, partB).number()).isEqualTo(2);
    assertThat(packs.read(officer, partB).html()).contains("Exempt case review");
    assertThat(packs.packs(councillor, committee))
        .extracting(CommitteePacks.Pack::id)
        .containsExactly(partA);

    try (PDDocument pdf = Loader.loadPDF(packs.pdf(councillor, partA))) {
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Committee pack, June 2026");
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertThat(outline)
          .containsExactly(
              "Contents",
              "Covering report",
              "Outcomes framework",
              "Key performance indicators",
              "Work programme");
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Contents", "OFFICIAL", "Page 1 of", "Staff trained")
          .doesNotContain("OFFICIAL-SENSITIVE", "Exempt case review");
      // Each section starts a page; the contents page gives its number.
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(5);
      String contents =
          new PDFTextStripper() {
            {
              setStartPage(1);
              setEndPage(1);
            }
          }.getText(pdf);
      assertThat(contents).containsPattern("Work programme\\s*\\d+");
    }
    try (PDDocument pdf = Loader.loadPDF(packs.pdf(officer, partB))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("OFFICIAL-SENSITIVE", "Exempt case review");
    }
  }

  private CurrentUser anotherCouncillor() {
    String username = "councillor-2-" + p.suffix();
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                "Second councillor",
                username + "@test.invalid",
                TestPartnership.PASSWORD,
                Role.COUNCILLOR,
                p.councilId(),
                null));
    return new CurrentUser(
        id, username, "Second councillor", Role.COUNCILLOR, p.councilId(), "Council", p.id(), null);
  }
}
