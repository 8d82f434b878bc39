package org.lantern.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
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

  private TestPartnership p;
  private CurrentUser officer;
  private CurrentUser referrer;
  private ChildSummary child;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
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

  private String exported(String format, boolean keepOthers) throws Exception {
    MvcResult result = export(format, keepOthers);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  private MvcResult export(String format, boolean keepOthers) throws Exception {
    return mvc.perform(
            post("/governance/children/" + child.id() + "/subject-access")
                .with(Pages.signedInAs(users, officer.username()))
                .with(csrf())
                .param("format", format)
                .param("keepOthers", Boolean.toString(keepOthers)))
        .andReturn();
  }
}
