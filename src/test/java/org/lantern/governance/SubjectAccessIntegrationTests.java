package org.lantern.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.flags.FlagChecks;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonRecordInput;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The subject access export on PostgreSQL, checked on the actual output (JSON and the PDF's text):
 * the child's record and every concern about them, who looked; other people's names and identifiers
 * redacted wherever they appear unless the officer keeps them; the export audited.
 */
@IntegrationTest
class SubjectAccessIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired FrontDoor frontDoor;
  @Autowired SubjectAccess subjectAccess;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Episodes episodes;
  @Autowired AbductionNotices notices;
  @Autowired FlagChecks checks;
  @Autowired PersonIndex personIndex;

  static final String TOOL = TestScreeningTools.simple("sar-screening", "Export screening");

  private TestPartnership p;
  private CurrentUser officer;
  private CurrentUser referrer;
  private ChildSummary child;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    referrer = p.user(Role.PRACTITIONER);
    child = fixtures.child(p, "Keira", "Holloway", LocalDate.of(2011, 3, 4));
    UUID concern = fixtures.concern(referrer, child);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        worker,
        concern,
        frontDoor.open(worker, concern).concern().version(),
        ThresholdDecision.NO_FURTHER_ACTION,
        "Spoke to " + referrer.displayName() + " at the school; nothing further needed.",
        null);
  }

  @Test
  void theJsonHoldsEverythingAboutTheChildWithOtherPeopleRedacted() throws Exception {
    String json = exported("JSON", false);

    assertThat(json)
        .contains("Keira", "Holloway", "2011-03-04")
        .contains("Seen with older youths at the bus station late at night.")
        .contains("Spoke to [redacted: another person] at the school")
        .contains("NO_FURTHER_ACTION")
        .contains("RAISE_CONCERN");
    assertThat(json)
        .as("no other person's name or username survives anywhere in the export")
        .doesNotContain(referrer.displayName())
        .doesNotContain(referrer.username())
        .doesNotContain(p.username(Role.FRONT_DOOR));
  }

  @Test
  void everyModuleAddsWhatItHoldsAboutTheChildWithOtherPeopleRedacted() throws Exception {
    ChildSummary ava = fixtures.child(p);
    CurrentUser police = p.user(Role.POLICE);
    CurrentUser clinician = p.user(Role.UNSCHEDULED_CARE_CLINICIAN);
    String adult = "Sarson" + p.suffix();
    screen(ava);
    Instant gone = Instant.now().minus(Duration.ofDays(3));
    episodes.record(
        police,
        null,
        new EpisodeDetails(
            ava.id(),
            "MP-SAR-" + p.suffix(),
            MissingFrom.HOME,
            gone,
            "Home address",
            gone.plus(Duration.ofHours(9)),
            "Railway arches",
            "Dean " + adult,
            null,
            RiskGrading.MEDIUM));
    notices.serve(
        police,
        new NoticeDetails(
            new AdultDetails("Carl", adult, LocalDate.of(1988, 2, 3)),
            List.of(ava.id()),
            "PC Warden",
            LocalDate.now().minusDays(1),
            LocalDate.now().plusMonths(6),
            "Found harbouring the child at the flat of Carl " + adult + "."));
    checks.byNhsNumber(
        clinician, FlagChecks.Channel.WEB, "Tamsford General ED", new NhsNumber(ava.nhsNumber()));
    CurrentUser system =
        new CurrentUser(
            officer.id(),
            officer.username(),
            "Police records",
            Role.PARTNER_SYSTEM,
            officer.agencyId(),
            officer.agencyName(),
            officer.partnershipId(),
            null);
    personIndex.importRecords(
        system,
        "Police records",
        List.of(
            PersonRecordInput.builder()
                .sourceId("POL-1")
                .givenName(ava.givenName())
                .familyName(ava.familyName())
                .previousNames(List.of("Ashdown"))
                .dateOfBirth(ava.dateOfBirth().toString())
                .postcode("ST16 2LH")
                .nhsNumber(ava.nhsNumber())
                .build()));
    UUID concern = fixtures.concern(referrer, ava);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        worker,
        concern,
        frontDoor.open(worker, concern).concern().version(),
        ThresholdDecision.EXPLOITATION_PATHWAY,
        "Met " + adult + " twice; exploitation pathway.",
        null);

    String json = exported(ava.id(), "JSON", false);

    assertThat(json)
        .contains("Risk screening", "Voice of the child for the export.")
        .contains("Missing episode", "Railway arches", "MP-SAR-" + p.suffix())
        .contains("Child abduction warning notice naming the child", "Found harbouring the child")
        .contains("Named on a child abduction warning notice")
        .contains("Check of the flags from unscheduled care", "Tamsford General ED")
        .contains("Record in another system (person index)", "Police records", "Ashdown")
        .contains("Council case", "EXPLOITATION_PATHWAY");
    assertThat(json)
        .as("adults, staff and clinicians are other people, redacted wherever they appear")
        .doesNotContain(adult)
        .doesNotContain("PC Warden")
        .doesNotContain(clinician.displayName())
        .doesNotContain(police.displayName())
        .doesNotContain(p.user(Role.FRONT_DOOR).displayName());
    assertThat(exported(ava.id(), "JSON", true)).contains(adult).contains("PC Warden");
  }

  @Test
  void anAdultOfConcernIsASubjectTooWithTheChildrenRedacted() throws Exception {
    ChildSummary ava = fixtures.child(p);
    String family = "Adultsar" + p.suffix();
    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Vince", family, LocalDate.of(1985, 1, 2)),
            List.of(ava.id()),
            "PC Warden",
            LocalDate.now().minusDays(1),
            LocalDate.now().plusMonths(6),
            "Found with " + ava.givenName() + " at his flat."));

    Document found =
        Pages.html(
            mvc.perform(
                    get("/governance/adults")
                        .param("name", family.toUpperCase(Locale.ROOT))
                        .with(Pages.signedInAs(users, officer.username())))
                .andReturn());
    assertThat(found.select("#adults a").text()).isEqualTo("Vince " + family);
    String href = found.select("#adults a").attr("href");
    UUID adultId = UUID.fromString(href.substring(href.lastIndexOf('/') + 1));

    MvcResult result =
        mvc.perform(
                post("/governance/adults/" + adultId + "/subject-access")
                    .with(Pages.signedInAs(users, officer.username()))
                    .with(csrf())
                    .param("format", "JSON"))
            .andReturn();
    String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(json)
        .contains("Vince", family, "1985-01-02")
        .contains("Child abduction warning notice served on the adult", "at his flat");
    assertThat(json)
        .as("the children, the officer and whoever looked are other people here")
        .doesNotContain(ava.givenName())
        .doesNotContain(ava.familyName())
        .doesNotContain("PC Warden");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'SUBJECT_ACCESS_EXPORTED'"
                        + " and record_type = 'ADULT' and record_id = ? and user_id = ?")
                .params(adultId.toString(), officer.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void findingAnAdultWithNoNameIsAFieldErrorAndOthersAreRefused() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    get("/governance/adults")
                        .param("name", "  ")
                        .with(Pages.signedInAs(users, officer.username())))
                .andReturn());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Enter all or part of the adult's name");
    assertThat(page.select("#name-error").text()).contains("Enter all or part of the adult's name");
    assertThatThrownBy(() -> subjectAccess.findAdults(p.user(Role.POLICE), "Vince"))
        .isInstanceOf(AccessDeniedForRole.class);
  }

  @Test
  void theOfficerMayKeepOtherPeople() throws Exception {
    String json = exported("JSON", true);

    assertThat(json)
        .contains("Spoke to " + referrer.displayName() + " at the school")
        .contains(referrer.username());
  }

  @Test
  void theAccessiblePdfIsRedactedToo() throws Exception {
    MvcResult result = export("PDF", false);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");

    try (PDDocument doc = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Subject access: Keira Holloway")
          .contains("Seen with older youths at the bus station late at night.")
          .contains("[redacted: another person]")
          .doesNotContain(referrer.displayName())
          .doesNotContain(referrer.username());
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
  }

  @Test
  void theExportIsAudited() throws Exception {
    exported("JSON", false);

    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where action = 'SUBJECT_ACCESS_EXPORTED'"
                        + " and child_id = ? and user_id = ? and outcome = 'ALLOWED'")
                .params(child.id(), officer.id())
                .query(String.class)
                .list())
        .singleElement()
        .satisfies(
            purpose -> assertThat(purpose).startsWith("format: JSON; other people: redacted"));
  }

  @Test
  void onlyTheOfficerOfTheChildsPartnershipMayExport() {
    assertThatThrownBy(
            () -> subjectAccess.export(p.user(Role.FRONT_DOOR), child.id(), false, "JSON"))
        .isInstanceOf(AccessDeniedForRole.class);
    TestPartnership other = fixtures.partnership();
    assertThatThrownBy(
            () ->
                subjectAccess.export(
                    other.user(Role.INFORMATION_GOVERNANCE), child.id(), false, "JSON"))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private void screen(ChildSummary of) {
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    UUID id = screenings.start(worker, of.id(), "sar-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "NO");
    answers.put("b", "NO");
    answers.put("grave", "YES");
    answers.put("voice", "Voice of the child for the export.");
    screenings.save(worker, id, screenings.open(worker, id).version(), answers);
    screenings.submit(worker, id, screenings.open(worker, id).version(), null, null);
  }

  private String exported(String format, boolean keepOthers) throws Exception {
    return exported(child.id(), format, keepOthers);
  }

  private String exported(UUID childId, String format, boolean keepOthers) throws Exception {
    MvcResult result = export(childId, format, keepOthers);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  private MvcResult export(String format, boolean keepOthers) throws Exception {
    return export(child.id(), format, keepOthers);
  }

  private MvcResult export(UUID childId, String format, boolean keepOthers) throws Exception {
    return mvc.perform(
            post("/governance/children/" + childId + "/subject-access")
                .with(Pages.signedInAs(users, officer.username()))
                .with(csrf())
                .param("format", format)
                .param("keepOthers", Boolean.toString(keepOthers)))
        .andReturn();
  }
}
