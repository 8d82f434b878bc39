package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NamedAdult;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.strategy.ChildMeetings;
import org.lantern.strategy.MeetingDecision;
import org.lantern.strategy.MeetingKind;
import org.lantern.strategy.MeetingRecord;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Need-to-know: each relationship with a child sees the sections of the file, and the records in
 * them, that the scope table gives it, and nothing else; every section shown and every record
 * refused is audited. Above all, a referrer sees what they referred and its outcome, not the other
 * agencies' records.
 */
@IntegrationTest
class NeedToKnowIntegrationTests {

  /**
   * The written policy, independent of {@link ScopeTable}: what each basis is shown of each
   * section. Y all, P part, N nothing. Change both deliberately.
   */
  static final String WRITTEN =
      """
      #                     IDENTITY FLAGS CONCERNS SCREENINGS MISSING INTELLIGENCE PANELS MEETINGS NETWORK CASE
      PARTNERSHIP_ROLE      Y Y Y Y Y Y Y Y Y Y
      ALLOCATED_WORKER      Y Y Y Y Y Y Y Y Y Y
      ALLOCATED_TEAM        Y Y Y Y Y Y Y Y Y Y
      PROFESSIONAL_NETWORK  Y Y P P P P N P Y N
      REFERRER              N N P N N N N N N N
      RECORDER              Y N P P P P N N N N
      ATTENDEE              Y N N N N N N P N N
      BREAK_GLASS           Y Y Y Y Y Y Y Y Y Y
      """;

  static final String TOOL = TestScreeningTools.simple("test-screening", "Test screening");

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired Relationships relationships;
  @Autowired BreakGlass breakGlass;
  @Autowired ChildFile files;
  @Autowired ConcernSubmission submission;
  @Autowired FrontDoor frontDoor;
  @Autowired Episodes episodes;
  @Autowired AbductionNotices notices;
  @Autowired Screenings screenings;
  @Autowired ScreeningTools tools;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;
  @Autowired ChildMeetings childMeetings;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    }
  }

  /** One child's file with something from each of four agencies in it. */
  record Story(
      ChildSummary child,
      UUID schoolConcern,
      String schoolText,
      UUID healthConcern,
      String healthText,
      String policeReference,
      UUID screening) {}

  private Story story() {
    ChildSummary child = fixtures.child(p);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String schoolText = "SCHOOL-" + tag + ": picked up from the school gate by an older man.";
    UUID schoolConcern = concern(p.user(Role.PRACTITIONER), child, schoolText);
    String healthText =
        "HEALTH-" + tag + ": attended the emergency department twice this month with injuries.";
    UUID healthConcern = concern(p.user(Role.HEALTH_SAFEGUARDING_LEAD), child, healthText);
    CurrentUser fd = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        fd,
        schoolConcern,
        frontDoor.open(fd, schoolConcern).concern().version(),
        ThresholdDecision.EARLY_HELP,
        "Early help offer to the family",
        null);
    String reference = "MP-NTK-" + tag;
    Instant missing = clock.instant().minus(Duration.ofDays(3));
    episodes.record(
        p.user(Role.POLICE),
        null,
        new EpisodeDetails(
            child.id(),
            reference,
            MissingFrom.HOME,
            missing,
            "Home address",
            missing.plus(Duration.ofHours(20)),
            "Town centre",
            null,
            null,
            RiskGrading.MEDIUM));
    CurrentUser worker = p.user(Role.SOCIAL_WORKER);
    relationships.link(child.id(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    UUID screening = screenings.start(worker, child.id(), "test-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "YES");
    answers.put("b", "YES");
    answers.put("grave", "NO");
    answers.put("voice", "VOICE-" + tag + " I just hang out with them.");
    screenings.save(worker, screening, screenings.open(worker, screening).version(), answers);
    screenings.submit(worker, screening, screenings.open(worker, screening).version(), null, null);
    return new Story(
        child, schoolConcern, schoolText, healthConcern, healthText, reference, screening);
  }

  // --- the matrix: relationship × section, shown (audited with its basis) or not ---

  static Stream<Arguments> bases() {
    return Arrays.stream(AccessBasis.values()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bases")
  void eachRelationshipIsShownTheSectionsWrittenAndEachShownSectionIsAudited(AccessBasis basis) {
    ChildSummary child = fixtures.child(p);
    CurrentUser user = holding(basis, child);

    ChildFile.View view = transaction.execute(tx -> files.open(user, child.id()));

    Map<Section, Character> expected = written().get(basis);
    List<Section> hidden =
        Arrays.stream(Section.values()).filter(s -> expected.get(s) == 'N').toList();
    List<Section> partial =
        Arrays.stream(Section.values()).filter(s -> expected.get(s) == 'P').toList();
    assertThat(view.hidden()).containsExactlyElementsOf(hidden);
    assertThat(view.partial()).containsExactlyElementsOf(partial);
    assertThat(view.identity()).isEqualTo(expected.get(Section.IDENTITY) != 'N');
    List<AuditEntry> shown =
        audit.forChild(child.id()).stream()
            .filter(e -> user.id().equals(e.userId()))
            .filter(e -> e.action() == AuditAction.VIEW_FILE_SECTION)
            .toList();
    assertThat(shown)
        .extracting(AuditEntry::recordId)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Section.values())
                .filter(s -> expected.get(s) != 'N')
                .map(Section::name)
                .toList());
    assertThat(shown).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED));
    assertThat(shown).allSatisfy(e -> assertThat(e.basis()).isEqualTo(basis.name()));
  }

  static Stream<Arguments> records() {
    return Stream.of(AccessBasis.values())
        .flatMap(
            b ->
                Stream.of(
                        Section.CONCERNS,
                        Section.SCREENINGS,
                        Section.MISSING,
                        Section.INTELLIGENCE,
                        Section.PANELS)
                    .flatMap(s -> Stream.of(Arguments.of(b, s, true), Arguments.of(b, s, false))));
  }

  /**
   * Opening one record of a section: the person's own (or their agency's) record, or another
   * agency's. Allowed as the table says; audited either way, a refusal with its reason.
   */
  @ParameterizedTest(name = "{0} opens a record in {1}, their own: {2}")
  @MethodSource("records")
  void openingOneRecordIsAllowedOrRefusedAsTheScopeSaysAndAuditedEitherWay(
      AccessBasis basis, Section section, boolean theirOwn) {
    ChildSummary child = fixtures.child(p);
    CurrentUser user = holding(basis, child);
    CurrentUser other = p.user(Role.MISSING_SERVICE_WORKER);
    UUID byUser = theirOwn ? user.id() : other.id();
    UUID byAgency = theirOwn ? user.agencyId() : other.agencyId();
    RecordRef record = RecordRef.of("TEST_RECORD", UUID.randomUUID());

    Throwable thrown =
        catchThrowable(
            () ->
                transaction.executeWithoutResult(
                    tx ->
                        policy.requireInSection(
                            user, child.ref(), section, byUser, byAgency, record, "matrix")));

    char cell = written().get(basis).get(section);
    boolean allowed = cell == 'Y' || (cell == 'P' && theirOwn);
    if (allowed) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(AccessRefusedException.class);
      assertThat(((AccessRefusedException) thrown).breakGlassAvailable()).isTrue();
    }
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> user.id().equals(e.userId()))
        .filteredOn(e -> record.id().equals(e.recordId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(allowed ? Outcome.ALLOWED : Outcome.REFUSED);
              assertThat(e.basis()).isEqualTo(allowed ? basis.name() : AccessPolicy.OUTSIDE_SCOPE);
            });
  }

  @Test
  void someoneWithNoRelationshipIsRefusedTheWholeFileAsBeforeAndItIsAudited() {
    ChildSummary child = fixtures.child(p);
    CurrentUser panel = p.user(Role.PANEL_MEMBER);

    Throwable thrown =
        catchThrowable(() -> transaction.execute(tx -> files.open(panel, child.id())));

    assertThat(thrown).isInstanceOf(AccessRefusedException.class);
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> panel.id().equals(e.userId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_CHILD_RECORD);
              assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.basis()).isEqualTo("NO_RELATIONSHIP");
            });
  }

  // --- the referrer ---

  @Test
  void theReferrerSeesWhatTheyReferredAndItsOutcomeAndNoOtherAgencysRecord() throws Exception {
    Story s = story();

    Document page = page("/children/" + s.child().id(), Role.PRACTITIONER);
    String body = page.body().text();

    assertThat(body).contains(s.schoolText()).contains("Early help");
    assertThat(body)
        .doesNotContain(s.healthText())
        .doesNotContain(s.policeReference())
        .doesNotContain("VOICE-")
        .doesNotContain(s.child().formattedNhsNumber());
    assertThat(page.select(".lantern-placement, .lantern-risk, .lantern-indicators")).isEmpty();
    assertThat(page.select(".lantern-hidden-sections li").eachText())
        .contains("Missing episodes and return interviews", "Risk screenings");
    assertThat(page.select(".lantern-need-to-know a[href=/break-glass/" + s.child().id() + "]"))
        .hasSize(1);
    assertThat(audit.forChild(s.child().id()))
        .filteredOn(e -> e.userId().equals(p.user(Role.PRACTITIONER).id()))
        .filteredOn(e -> e.action() == AuditAction.VIEW_FILE_SECTION)
        .extracting(AuditEntry::recordId, AuditEntry::basis)
        .containsExactly(Tuple.tuple("CONCERNS", "REFERRER"));
  }

  @Test
  void theReferrersPdfOfTheFileHoldsWhatTheyReferredAndNoOtherAgencysRecord() throws Exception {
    Story s = story();

    String pdf = pdfText("/children/" + s.child().id() + "/file.pdf", Role.PRACTITIONER);

    assertThat(pdf).contains(s.schoolText()).contains("Early help");
    assertThat(pdf)
        .doesNotContain(s.healthText())
        .doesNotContain(s.policeReference())
        .doesNotContain("VOICE-")
        .doesNotContain(s.child().formattedNhsNumber())
        .contains("Not shown to you");
    assertThat(audit.forChild(s.child().id()))
        .filteredOn(e -> e.userId().equals(p.user(Role.PRACTITIONER).id()))
        .filteredOn(e -> e.action() == AuditAction.VIEW_FILE_SECTION)
        .extracting(AuditEntry::purpose)
        .containsExactly("export child's record (PDF): CONCERNS REFERRED");
  }

  @Test
  void theAllocatedWorkersPdfOfTheFileHoldsEveryAgencysRecord() throws Exception {
    Story s = story();

    String pdf = pdfText("/children/" + s.child().id() + "/file.pdf", Role.SOCIAL_WORKER);

    assertThat(pdf)
        .contains(s.schoolText())
        .contains(s.healthText())
        .contains(s.policeReference())
        .contains(s.child().formattedNhsNumber())
        .doesNotContain("Not shown to you");
  }

  @Test
  void theReferrerIsRefusedAnotherAgencysConcernAndTheScreeningAndBothRefusalsAreAudited()
      throws Exception {
    Story s = story();
    UUID teacher = p.user(Role.PRACTITIONER).id();

    assertThat(status("/concerns/" + s.healthConcern(), Role.PRACTITIONER)).isEqualTo(403);
    assertThat(status("/screenings/" + s.screening(), Role.PRACTITIONER)).isEqualTo(403);
    String own = body("/concerns/" + s.schoolConcern(), Role.PRACTITIONER);
    assertThat(own).contains(s.schoolText()).doesNotContain(s.healthText());
    assertThat(own).doesNotContain(s.policeReference());

    assertThat(audit.forChild(s.child().id()))
        .filteredOn(e -> teacher.equals(e.userId()))
        .filteredOn(e -> e.outcome() == Outcome.REFUSED)
        .extracting(AuditEntry::recordId, AuditEntry::basis)
        .contains(
            Tuple.tuple(s.healthConcern().toString(), AccessPolicy.OUTSIDE_SCOPE),
            Tuple.tuple(s.screening().toString(), AccessPolicy.OUTSIDE_SCOPE));
  }

  @Test
  void aReferrersAccessEndsAfterTheSetTimeButTheirReferralStaysOnMyReferrals() throws Exception {
    Story s = story();
    assertThat(status("/children/" + s.child().id(), Role.PRACTITIONER)).isEqualTo(200);

    clock.advance(Duration.ofDays(30).plusMinutes(1));

    assertThat(status("/children/" + s.child().id(), Role.PRACTITIONER)).isEqualTo(403);
    assertThat(body("/referrals/" + s.schoolConcern(), Role.PRACTITIONER)).contains(s.schoolText());
    assertThat(audit.forChild(s.child().id()))
        .filteredOn(e -> e.userId().equals(p.user(Role.PRACTITIONER).id()))
        .filteredOn(e -> e.action() == AuditAction.VIEW_CHILD_RECORD)
        .filteredOn(e -> e.outcome() == Outcome.REFUSED)
        .extracting(AuditEntry::basis)
        .containsExactly("NO_RELATIONSHIP");
  }

  @Test
  void aNewReferralStartsTheReferrersTimeAgain() throws Exception {
    Story s = story();
    clock.advance(Duration.ofDays(20));
    concern(p.user(Role.PRACTITIONER), s.child(), "A second concern from the school.");
    clock.advance(Duration.ofDays(20));

    assertThat(status("/children/" + s.child().id(), Role.PRACTITIONER)).isEqualTo(200);
  }

  // --- the recorder and the network member ---

  @Test
  void thePoliceOfficerWhoRecordedTheEpisodeOpensTheChildAndSeesThatEpisodeOnly() throws Exception {
    Story s = story();

    Document page = page("/children/" + s.child().id(), Role.POLICE);
    String body = page.body().text();

    assertThat(body).contains(s.policeReference());
    assertThat(page.select(".lantern-placement")).hasSize(1);
    assertThat(body).doesNotContain(s.schoolText()).doesNotContain(s.healthText());
    assertThat(page.select(".lantern-risk")).isEmpty();
  }

  @Test
  void aNetworkMemberSeesTheScreeningLevelNotItsAnswersAndOnlyTheirOwnAgencysConcerns()
      throws Exception {
    Story s = story();
    CurrentUser health = p.user(Role.HEALTH_SAFEGUARDING_LEAD);
    relationships.link(s.child().id(), health.id(), RelationshipKind.PROFESSIONAL_NETWORK);

    Document page = page("/children/" + s.child().id(), Role.HEALTH_SAFEGUARDING_LEAD);
    String body = page.body().text();

    assertThat(page.select(".lantern-risk")).hasSize(1);
    assertThat(page.select(".lantern-levels-only")).hasSize(1);
    assertThat(page.select(".lantern-risk a[href=/screenings/" + s.screening() + "]")).isEmpty();
    assertThat(body).contains(s.healthText()).doesNotContain(s.schoolText());
    assertThat(body).doesNotContain(s.policeReference()).doesNotContain("VOICE-");
    assertThat(status("/screenings/" + s.screening(), Role.HEALTH_SAFEGUARDING_LEAD))
        .isEqualTo(403);
  }

  @Test
  void theAllocatedWorkerSeesEverything() throws Exception {
    Story s = story();

    Document page = page("/children/" + s.child().id(), Role.SOCIAL_WORKER);
    String body = page.body().text();

    assertThat(body)
        .contains(s.schoolText())
        .contains(s.healthText())
        .contains(s.policeReference());
    assertThat(page.select(".lantern-need-to-know")).isEmpty();
    assertThat(status("/screenings/" + s.screening(), Role.SOCIAL_WORKER)).isEqualTo(200);
  }

  @Test
  void theAllocatedWorkerSeesTheWholeFileByTheAllocationAndOtherBasesStillWidenAPartScope() {
    Story s = story();
    CurrentUser worker = p.user(Role.SOCIAL_WORKER);
    concern(worker, s.child(), "WORKER: seen with older males at the station.");

    // Whole by the allocation: what they recorded cannot widen it, and each section says so.
    FileScope allocated = policy.scope(worker, s.child().ref());
    assertThat(allocated.whole()).isTrue();
    for (Section section : Section.values()) {
      assertThat(allocated.of(section).basis()).isEqualTo(AccessBasis.ALLOCATED_WORKER);
    }

    // Without a whole relationship, what the person recorded still gives its part (the police
    // officer recorded the child's missing episode).
    FileScope police = policy.scope(p.user(Role.POLICE), s.child().ref());
    assertThat(police.whole()).isFalse();
    assertThat(police.bases()).containsExactly(AccessBasis.RECORDER);
    assertThat(police.of(Section.IDENTITY).basis()).isEqualTo(AccessBasis.RECORDER);
  }

  @Test
  void theReferrerMayAskForEmergencyAccessToSeeMoreAndThenSeesTheWholeFile() throws Exception {
    Story s = story();
    CurrentUser teacher = p.user(Role.PRACTITIONER);

    breakGlass.grant(teacher, s.child().ref(), "Child disclosed abuse; need the allocated team");

    String body = body("/children/" + s.child().id(), Role.PRACTITIONER);
    assertThat(body).contains(s.healthText()).contains(s.policeReference());
  }

  // --- the front door sees everything already known ---

  @Test
  void theFrontDoorSeesEverythingAlreadyKnownBesideANewConcernWithTheAdultItNames()
      throws Exception {
    Story s = story();
    String family = "Voss" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
    UUID named =
        submission.raise(
            p.user(Role.PRACTITIONER),
            ChildChoice.existing(s.child().id()),
            new ConcernContent(
                "Seen getting into a silver car after school.",
                LocalDate.now(clock),
                "School gate",
                false,
                Set.of()),
            UUID.randomUUID().toString(),
            List.of(
                new NamedAdult("Dean", family, null, 30, "drives a silver car", "Bus station")));

    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Carl", "Stone" + family, LocalDate.of(1990, 1, 1)),
            List.of(s.child().id()),
            "PC Notice",
            LocalDate.now(clock).minusDays(1),
            LocalDate.now(clock).plusMonths(6),
            "Found harbouring the child overnight."));

    Document page = page("/front-door/concerns/" + named, Role.FRONT_DOOR);

    String known = page.select(".lantern-known").text();
    assertThat(known)
        .contains("Allocated to " + p.user(Role.SOCIAL_WORKER).displayName())
        .contains("Current screening level:")
        .contains("1 missing episode")
        .contains("Never presented to a panel");
    assertThat(page.select(".lantern-known-indicators li")).isNotEmpty();
    assertThat(page.select(".lantern-chronology").text())
        .contains("Named on a child abduction warning notice")
        .contains("PC Notice");
    assertThat(page.select(".lantern-named-adults").text())
        .contains("Dean " + family)
        .contains("drives a silver car");
  }

  // --- helpers ---

  /** A person of the partnership holding exactly this basis for the child. */
  private CurrentUser holding(AccessBasis basis, ChildSummary child) {
    return switch (basis) {
      case PARTNERSHIP_ROLE -> p.user(Role.EXPLOITATION_COORDINATOR);
      case ALLOCATED_WORKER -> {
        CurrentUser u = p.user(Role.SOCIAL_WORKER);
        relationships.link(child.id(), u.id(), RelationshipKind.ALLOCATED_WORKER);
        yield u;
      }
      case ALLOCATED_TEAM -> {
        relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
        yield p.user(Role.TEAM_MANAGER);
      }
      case PROFESSIONAL_NETWORK -> {
        CurrentUser u = p.user(Role.HEALTH_SAFEGUARDING_LEAD);
        relationships.link(child.id(), u.id(), RelationshipKind.PROFESSIONAL_NETWORK);
        yield u;
      }
      case REFERRER -> {
        CurrentUser u = p.user(Role.PRACTITIONER);
        concern(u, child, "Referred for the matrix.");
        yield u;
      }
      case RECORDER -> {
        CurrentUser u = p.user(Role.POLICE);
        Instant at = clock.instant().minus(Duration.ofDays(2));
        episodes.record(
            u,
            null,
            new EpisodeDetails(
                child.id(),
                "MP-REC-" + UUID.randomUUID().toString().substring(0, 8),
                MissingFrom.HOME,
                at,
                "Home address",
                null,
                null,
                null,
                null,
                RiskGrading.LOW));
        yield u;
      }
      case ATTENDEE -> {
        CurrentUser u = p.user(Role.PANEL_MEMBER);
        CurrentUser fd = p.user(Role.FRONT_DOOR);
        UUID meeting = childMeetings.start(fd, MeetingKind.RISK_MANAGEMENT, List.of(child.id()));
        List<UUID> invited = List.of(p.user(Role.POLICE).id(), u.id());
        childMeetings.record(
            fd,
            meeting,
            0,
            new MeetingRecord(
                clock.instant(),
                invited,
                invited,
                "Known to police.",
                MeetingDecision.EXPLOITATION_PATHWAY,
                "Risk-management plan.",
                List.of(),
                null));
        yield u;
      }
      case BREAK_GLASS -> {
        CurrentUser u = p.user(Role.MISSING_SERVICE_WORKER);
        breakGlass.grant(u, child.ref(), "Matrix: missing overnight");
        yield u;
      }
    };
  }

  private UUID concern(CurrentUser by, ChildSummary child, String text) {
    return submission.raise(
        by,
        ChildChoice.existing(child.id()),
        new ConcernContent(text, LocalDate.now(clock), "School", false, Set.of()),
        UUID.randomUUID().toString(),
        List.of());
  }

  private static Map<AccessBasis, Map<Section, Character>> written() {
    Map<AccessBasis, Map<Section, Character>> rows = new EnumMap<>(AccessBasis.class);
    for (String line : WRITTEN.strip().split("\n")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\\s+");
      Map<Section, Character> row = new EnumMap<>(Section.class);
      for (Section s : Section.values()) {
        row.put(s, cells[1 + s.ordinal()].charAt(0));
      }
      rows.put(AccessBasis.valueOf(cells[0]), row);
    }
    assertThat(rows.keySet()).containsExactlyInAnyOrder(AccessBasis.values());
    return rows;
  }

  @Test
  void theWrittenPolicyAndTheScopeTableAgree() {
    for (var row : written().entrySet()) {
      for (Section s : Section.values()) {
        Set<Scope> scopes = ScopeTable.scopes(row.getKey(), s);
        char expected = scopes.contains(Scope.NONE) ? 'N' : scopes.contains(Scope.ALL) ? 'Y' : 'P';
        assertThat(row.getValue().get(s)).as(row.getKey() + " " + s).isEqualTo(expected);
      }
    }
    assertThat(EnumSet.allOf(Section.class)).hasSize(10);
  }

  private Document page(String path, Role role) throws Exception {
    return Jsoup.parse(body(path, role));
  }

  private String body(String path, Role role) throws Exception {
    MvcResult result = mvc.perform(get(path).with(as(role))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private String pdfText(String path, Role role) throws Exception {
    MvcResult result = mvc.perform(get(path).with(as(role))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private int status(String path, Role role) throws Exception {
    return mvc.perform(get(path).with(as(role))).andReturn().getResponse().getStatus();
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
