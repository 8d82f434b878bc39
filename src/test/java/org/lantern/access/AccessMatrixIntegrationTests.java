package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole access matrix: every role × every permission on a child's record, in each situation a
 * person can be in with a child, against the written policy. Every answer, yes or no, is audited.
 *
 * <p>The cases share one partnership (made once; 294 partnerships would make the suite slow), and
 * each row of a table (a situation and a role) has its own child, made and linked on its first
 * case. Asking the policy has no effect but its audit row, and each permission is audited under its
 * own action, so the cases of one row never answer one another: each finds exactly one row of its
 * own. (A new child per case made the matrix the slowest class in the suite: 3,000 children.) The
 * people in the partnership gather links to other rows' children as the cases run, which is what
 * the "no relationship" situation must withstand.
 */
@IntegrationTest
class AccessMatrixIntegrationTests {

  /**
   * The written policy. Columns in the order of {@link #COLUMNS}; Y allowed, N refused, B refused
   * with break-glass access offered. A new role or permission fails {@code
   * theTablesCoverEveryRoleAndPermission} until it is written in here.
   */
  static final List<Permission> COLUMNS =
      List.of(
          Permission.FIND_CHILD,
          Permission.VIEW_CHILD_RECORD,
          Permission.RAISE_CONCERN,
          Permission.RECORD_VERBAL_REFERRAL,
          Permission.DECIDE_CONCERN,
          Permission.VIEW_CHILD_AUDIT,
          Permission.VIEW_OWN_REFERRAL,
          Permission.RECORD_MISSING_EPISODE,
          Permission.RECORD_RETURN_INTERVIEW,
          Permission.VIEW_MISSING_FIGURES,
          Permission.SERVE_ABDUCTION_NOTICE,
          Permission.VIEW_ABDUCTION_NOTICES,
          Permission.RECORD_INTELLIGENCE_LINK,
          Permission.VIEW_INTELLIGENCE_LINKS,
          Permission.COMPLETE_SCREENING,
          Permission.SIGN_OFF_SCREENING,
          Permission.VIEW_TRACKER,
          Permission.ACCEPT_SERVICE_REFERRAL,
          Permission.MANAGE_SCREENING_TOOLS,
          Permission.VIEW_COMPLIANCE,
          Permission.RECORD_PLACEMENT,
          Permission.IMPORT_PERSON_RECORDS,
          Permission.REVIEW_PERSON_LINKS,
          Permission.UPLOAD_PERSON_RECORDS,
          Permission.MANAGE_PANELS,
          Permission.RUN_PANEL,
          Permission.VIEW_PANEL_PACK,
          Permission.APPROVE_PANEL_MINUTES,
          Permission.REVIEW_ESCALATION,
          Permission.CROSS_REFERENCE_LISTS,
          Permission.VIEW_REPORT_CARD,
          Permission.VIEW_PUBLISHED_REPORT_CARD,
          Permission.WRITE_REPORT_CARD,
          Permission.VIEW_ANY_CHILD_RECORD,
          Permission.RECORD_ANY_MISSING_EPISODE,
          Permission.UPLOAD_MISSING_EPISODES,
          Permission.VIEW_FULL_MISSING_FIGURES,
          Permission.VIEW_EVERY_TEAM,
          Permission.VIEW_MEMBER_AGENCY_PACKS,
          Permission.UPDATE_PANEL_ACTION,
          Permission.REVIEW_BREAK_GLASS,
          Permission.EXPORT_AUDIT_LOG,
          Permission.READ_INBOX,
          Permission.RESOLVE_POSSIBLE_MATCH,
          Permission.VIEW_TEAM_QUEUE,
          Permission.ALLOCATE_CASE,
          Permission.HOLD_CASES,
          Permission.TRANSFER_CASE,
          Permission.CLOSE_CASE,
          Permission.RECORD_NETWORK,
          Permission.RECORD_MEETINGS,
          Permission.MANAGE_ACCOUNTS,
          Permission.MANAGE_PARTNERSHIP_STRUCTURE,
          Permission.VIEW_PERIOD_REPORT,
          Permission.VIEW_PARTNERS_PERIOD_REPORT,
          Permission.VIEW_PUBLISHED_PERIOD_REPORT,
          Permission.VIEW_EXEMPT_PERIOD_REPORT,
          Permission.MANAGE_REPORT_THRESHOLDS,
          Permission.MANAGE_PARTNER_SYSTEMS,
          Permission.MANAGE_SHARING_AGREEMENTS,
          Permission.MANAGE_RETENTION,
          Permission.EXPORT_SUBJECT_ACCESS,
          Permission.CHECK_FLAGS,
          Permission.SEND_PARTNER_FLAGS,
          Permission.DEFINE_INDICATORS,
          Permission.ENTER_INDICATOR_RETURN,
          Permission.VIEW_OUTCOMES,
          Permission.MANAGE_WORK_PROGRAMME,
          Permission.READ_COMMITTEE_PAPERS);

  /** A child of the person's partnership they have no relationship with. */
  static final Map<Role, String> NO_RELATIONSHIP =
      table(
          """
          #                         FIND VIEW RAISE VERBAL DECIDE AUDIT OWN_REFERRAL MISSING INTERVIEW FIGURES NOTICE REGISTER INTEL_LINK INTEL_VIEW SCREEN SIGN TRACKER SERVICE TOOLS COMPLIANCE PLACEMENT IMPORT REVIEW_LINKS UPLOAD_RECORDS PANELS RUN_PANEL PACK APPROVE ESCALATION LISTS REPORT_CARD PUBLISHED_CARD WRITE_CARD ANY_RECORD ANY_MISSING UPLOAD_MISSING FULL_FIGURES EVERY_TEAM MEMBER_PACKS PANEL_ACTION BREAK_GLASS_REVIEW AUDIT_EXPORT INBOX RESOLVE TEAM_QUEUE ALLOCATE HOLD TRANSFER CLOSE NETWORK MEETINGS ACCOUNTS STRUCTURE PERIOD PARTNERS_REPORT PUBLISHED_REPORT EXEMPT_REPORT THRESHOLDS PARTNER_SYSTEMS AGREEMENTS RETENTION SUBJECT_ACCESS CHECK_FLAGS SEND_FLAGS DEFINE_INDICATORS ENTER_RETURN OUTCOMES WORK_PROGRAMME COMMITTEE_PAPERS
          PRACTITIONER              Y B Y N N N Y Y N N N N N N B N N N N N N N N N N N N N N N N N N N N N N N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N
          FRONT_DOOR                Y Y Y Y Y N Y N N N N N N N Y N Y N N Y Y N Y Y N N N N N N N N N Y N N N Y N Y N N Y Y N N N N N Y Y N N N N N N N N N N N N N N N N N N
          SOCIAL_WORKER             Y B Y N N N Y N N N N N N N B N N N N N B N N N N N N N N N N N N N N N N N N Y N N Y N N N Y B B B B N N N N N N N N N N N N N N N N N N
          TEAM_MANAGER              Y B Y N N N Y N N Y N N N N B B Y N N Y B N N N N N Y Y Y N Y Y N N N N Y N N Y N N Y N Y Y Y B B B B N N N N N N N N N N N N N N N N N N
          EXPLOITATION_COORDINATOR  Y Y Y N N N Y N N Y N Y Y Y Y N Y N N Y Y N Y Y Y Y Y N N Y Y Y Y Y N N Y Y N Y N N Y Y N N N N N N Y N N Y Y Y N N N N N N N N N N N N N
          PANEL_MEMBER              Y B Y N N N Y N N N N N N N B N N N N N N N N N N N Y N N N Y Y N N N N N N Y Y N N Y N N N N N N N N N N N Y N N N N N N N N N N N N N N
          MISSING_SERVICE_WORKER    Y B Y N N N Y N Y Y N N N N B N N Y N N N N N N N N N N N N N N N N N N Y N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N
          POLICE                    Y B Y N N N Y Y N Y Y Y Y Y B N N N N N N N N N N N N N N N N N N N Y Y Y N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N Y Y N N
          HEALTH_SAFEGUARDING_LEAD  Y B Y N N N Y N N N N N N N B N N N N N N N N N N N N N N N N N N N N N N N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N Y Y N N
          STRATEGIC_LEAD            N N N N N N N N N Y N N N N N N N N N Y N N N N N N N N N N N Y N N N N N Y N N N N Y N N N N N N N N N N Y Y Y Y Y N N N N N N Y Y Y Y Y
          COUNCILLOR                N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N N N Y N N N N N N N N N N N N Y Y N N N N N N N N N N N Y
          INFORMATION_GOVERNANCE    Y N N N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y Y Y N N N N N N N N N N N N N N N N Y Y Y N N N N N N N
          PARTNERSHIP_ADMIN         N N N N N N N N N N N N N N N N N N Y N N N N N Y N N N N N N N N N N N N N N N N N Y N N N N N N N N Y Y N N N N N Y N N N N N N N N N N
          AGENCY_ADMINISTRATOR      N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N Y N N N N N N N N N N N N N N N N N
          PARTNER_SYSTEM            N N Y N N N Y Y N N N N N N N N N N N N N Y N N N N N N N N N N N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N N Y Y N N N N N
          UNSCHEDULED_CARE_CLINICIAN N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N N N N N N N N N N N N Y N N N N N N
          """);

  /**
   * A child of the person's partnership they are linked to: directly, or (the team manager) through
   * their team. A partner system has no relationships, so it has no row here; a link does not open
   * a record to a role that never opens one.
   */
  static final Map<Role, String> LINKED =
      table(
          """
          #                         FIND VIEW RAISE VERBAL DECIDE AUDIT OWN_REFERRAL MISSING INTERVIEW FIGURES NOTICE REGISTER INTEL_LINK INTEL_VIEW SCREEN SIGN TRACKER SERVICE TOOLS COMPLIANCE PLACEMENT IMPORT REVIEW_LINKS UPLOAD_RECORDS PANELS RUN_PANEL PACK APPROVE ESCALATION LISTS REPORT_CARD PUBLISHED_CARD WRITE_CARD ANY_RECORD ANY_MISSING UPLOAD_MISSING FULL_FIGURES EVERY_TEAM MEMBER_PACKS PANEL_ACTION BREAK_GLASS_REVIEW AUDIT_EXPORT INBOX RESOLVE TEAM_QUEUE ALLOCATE HOLD TRANSFER CLOSE NETWORK MEETINGS ACCOUNTS STRUCTURE PERIOD PARTNERS_REPORT PUBLISHED_REPORT EXEMPT_REPORT THRESHOLDS PARTNER_SYSTEMS AGREEMENTS RETENTION SUBJECT_ACCESS CHECK_FLAGS SEND_FLAGS DEFINE_INDICATORS ENTER_RETURN OUTCOMES WORK_PROGRAMME COMMITTEE_PAPERS
          PRACTITIONER              Y Y Y N N N Y Y N N N N N N Y N N N N N N N N N N N N N N N N N N N N N N N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N
          FRONT_DOOR                Y Y Y Y Y N Y N N N N N N N Y N Y N N Y Y N Y Y N N N N N N N N N Y N N N Y N Y N N Y Y N N N N N Y Y N N N N N N N N N N N N N N N N N N
          SOCIAL_WORKER             Y Y Y N N N Y N N N N N N N Y N N N N N Y N N N N N N N N N N N N N N N N N N Y N N Y N N N Y Y Y Y Y N N N N N N N N N N N N N N N N N N
          TEAM_MANAGER              Y Y Y N N N Y N N Y N N N N Y Y Y N N Y Y N N N N N Y Y Y N Y Y N N N N Y N N Y N N Y N Y Y Y Y Y Y Y N N N N N N N N N N N N N N N N N N
          EXPLOITATION_COORDINATOR  Y Y Y N N N Y N N Y N Y Y Y Y N Y N N Y Y N Y Y Y Y Y N N Y Y Y Y Y N N Y Y N Y N N Y Y N N N N N N Y N N Y Y Y N N N N N N N N N N N N N
          PANEL_MEMBER              Y Y Y N N N Y N N N N N N N Y N N N N N N N N N N N Y N N N Y Y N N N N N N Y Y N N Y N N N N N N N N N N N Y N N N N N N N N N N N N N N
          MISSING_SERVICE_WORKER    Y Y Y N N N Y N Y Y N N N N Y N N Y N N N N N N N N N N N N N N N N N N Y N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N
          POLICE                    Y Y Y N N N Y Y N Y Y Y Y Y Y N N N N N N N N N N N N N N N N N N N Y Y Y N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N Y Y N N
          HEALTH_SAFEGUARDING_LEAD  Y Y Y N N N Y N N N N N N N Y N N N N N N N N N N N N N N N N N N N N N N N N Y N N Y N N N N N N N N N N N N N N N N N N N N N N Y Y N N
          STRATEGIC_LEAD            N N N N N N N N N Y N N N N N N N N N Y N N N N N N N N N N N Y N N N N N Y N N N N Y N N N N N N N N N N Y Y Y Y Y N N N N N N Y Y Y Y Y
          COUNCILLOR                N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N N N Y N N N N N N N N N N N N Y Y N N N N N N N N N N N Y
          INFORMATION_GOVERNANCE    Y N N N N Y N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y Y Y N N N N N N N N N N N N N N N N Y Y Y N N N N N N N
          PARTNERSHIP_ADMIN         N N N N N N N N N N N N N N N N N N Y N N N N N Y N N N N N N N N N N N N N N N N N Y N N N N N N N N Y Y N N N N N Y N N N N N N N N N N
          AGENCY_ADMINISTRATOR      N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N Y N N N N N N N N N N N N N N N N N
          UNSCHEDULED_CARE_CLINICIAN N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N Y N N N N N N N N N N N N N N N N N N N Y N N N N N N
          """);

  /** A child of another partnership: nobody, whatever their role, and no break-glass either. */
  static final Map<Role, String> OTHER_PARTNERSHIP =
      table(
          """
          #                         FIND VIEW RAISE VERBAL DECIDE AUDIT OWN_REFERRAL MISSING INTERVIEW FIGURES NOTICE REGISTER INTEL_LINK INTEL_VIEW SCREEN SIGN TRACKER SERVICE TOOLS COMPLIANCE PLACEMENT IMPORT REVIEW_LINKS UPLOAD_RECORDS PANELS RUN_PANEL PACK APPROVE ESCALATION LISTS REPORT_CARD PUBLISHED_CARD WRITE_CARD ANY_RECORD ANY_MISSING UPLOAD_MISSING FULL_FIGURES EVERY_TEAM MEMBER_PACKS PANEL_ACTION BREAK_GLASS_REVIEW AUDIT_EXPORT INBOX RESOLVE TEAM_QUEUE ALLOCATE HOLD TRANSFER CLOSE NETWORK MEETINGS ACCOUNTS STRUCTURE PERIOD PARTNERS_REPORT PUBLISHED_REPORT EXEMPT_REPORT THRESHOLDS PARTNER_SYSTEMS AGREEMENTS RETENTION SUBJECT_ACCESS CHECK_FLAGS SEND_FLAGS DEFINE_INDICATORS ENTER_RETURN OUTCOMES WORK_PROGRAMME COMMITTEE_PAPERS
          PRACTITIONER              N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          FRONT_DOOR                N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          SOCIAL_WORKER             N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          TEAM_MANAGER              N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          EXPLOITATION_COORDINATOR  N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          PANEL_MEMBER              N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          MISSING_SERVICE_WORKER    N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          POLICE                    N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          HEALTH_SAFEGUARDING_LEAD  N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          STRATEGIC_LEAD            N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          COUNCILLOR                N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          INFORMATION_GOVERNANCE    N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          PARTNERSHIP_ADMIN         N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          AGENCY_ADMINISTRATOR      N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          PARTNER_SYSTEM            N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          UNSCHEDULED_CARE_CLINICIAN N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N N
          """);

  enum Situation {
    NO_RELATIONSHIP,
    LINKED,
    OTHER_PARTNERSHIP
  }

  private static TestPartnership p;
  private static TestPartnership other;

  /** The child of each row (a situation and a role), made and linked on the row's first case. */
  private static final Map<String, ChildSummary> ROW_CHILD = new HashMap<>();

  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired Relationships relationships;
  @Autowired BreakGlass breakGlass;
  @Autowired BreakGlassReviews reviews;
  @Autowired AccessSettings settings;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      other = fixtures.partnership();
    }
  }

  static Stream<Arguments> matrix() {
    return Stream.of(
            cases(Situation.NO_RELATIONSHIP, NO_RELATIONSHIP),
            cases(Situation.LINKED, LINKED),
            cases(Situation.OTHER_PARTNERSHIP, OTHER_PARTNERSHIP))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
  @MethodSource("matrix")
  void everyRoleAndPermissionIsDecidedAsWrittenAndAuditedEitherWay(
      Situation situation, Role role, Permission permission, char expected) {
    CurrentUser user = user(role);
    ChildSummary child =
        ROW_CHILD.computeIfAbsent(
            situation + " " + role,
            row -> {
              ChildSummary made =
                  situation == Situation.OTHER_PARTNERSHIP
                      ? fixtures.child(other)
                      : fixtures.child(p);
              if (situation == Situation.LINKED) {
                link(user, made);
              }
              return made;
            });

    Throwable thrown =
        catchThrowable(
            () ->
                transaction.executeWithoutResult(
                    tx ->
                        policy.require(
                            user, permission, child.ref(), RecordRef.child(child.id()), "matrix")));

    Outcome outcome = expected == 'Y' ? Outcome.ALLOWED : Outcome.REFUSED;
    if (expected == 'Y') {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(AccessRefusedException.class);
      AccessRefusedException refused = (AccessRefusedException) thrown;
      assertThat(refused.permission()).isEqualTo(permission);
      assertThat(refused.child().childId()).isEqualTo(child.id());
      assertThat(refused.breakGlassAvailable()).isEqualTo(expected == 'B');
    }
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> user.id().equals(e.userId()))
        .filteredOn(e -> e.action() == AuditAction.valueOf(permission.name()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.valueOf(permission.name()));
              assertThat(e.outcome()).isEqualTo(outcome);
              assertThat(e.recordType()).isEqualTo("CHILD");
              assertThat(e.recordId()).isEqualTo(child.id().toString());
              assertThat(e.purpose()).isEqualTo("matrix");
              if (situation == Situation.OTHER_PARTNERSHIP) {
                assertThat(e.basis()).isEqualTo("OTHER_PARTNERSHIP");
              }
            });
  }

  @Test
  void theTablesCoverEveryRoleAndPermission() {
    assertThat(COLUMNS).containsExactly(Permission.values());
    assertThat(NO_RELATIONSHIP.keySet()).containsExactlyInAnyOrder(Role.values());
    assertThat(OTHER_PARTNERSHIP.keySet()).containsExactlyInAnyOrder(Role.values());
    assertThat(LINKED.keySet())
        .containsExactlyInAnyOrder(
            Arrays.stream(Role.values())
                .filter(r -> r != Role.PARTNER_SYSTEM)
                .toArray(Role[]::new));
  }

  @Test
  void aTeamLinkOpensTheRecordToEveryoneInTheTeamAndNobodyElse() {
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);

    assertThat(mayView(p.user(Role.SOCIAL_WORKER), child)).isTrue();
    assertThat(mayView(p.user(Role.TEAM_MANAGER), child)).isTrue();
    assertThat(mayView(p.user(Role.PRACTITIONER), child)).isFalse();
    assertThat(mayView(p.user(Role.POLICE), child)).isFalse();
  }

  static Stream<Arguments> breakGlassClock() {
    return Stream.of(
        Arguments.of(Duration.ZERO, true),
        Arguments.of(Duration.ofHours(8).minusSeconds(1), true),
        Arguments.of(Duration.ofHours(8), false),
        Arguments.of(Duration.ofHours(8).plusSeconds(1), false),
        Arguments.of(Duration.ofDays(2), false));
  }

  @ParameterizedTest(name = "{0} after the grant: sees the record {1}")
  @MethodSource("breakGlassClock")
  void breakGlassLetsTheOfficerSeeTheRecordForEightHoursAndNotAfter(Duration after, boolean sees) {
    assertThat(settings.breakGlassDuration()).isEqualTo(Duration.ofHours(8));
    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    CurrentUser police = p.user(Role.POLICE);
    ChildSummary child = fixtures.child(p);
    ChildSummary another = fixtures.child(p);
    assertThat(mayView(police, child)).isFalse();
    String reason = "Child found in a car at 2am; checking who to call " + UUID.randomUUID();

    breakGlass.grant(police, child.ref(), reason);
    clock.advance(after);

    assertThat(mayView(police, child)).isEqualTo(sees);
    assertThat(mayView(police, another)).as("a grant opens one child's record only").isFalse();
    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.BREAK_GLASS_GRANTED);
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.userId()).isEqualTo(police.id());
              assertThat(e.purpose()).isEqualTo(reason);
            });
    assertThat(awaitingReview(p.user(Role.INFORMATION_GOVERNANCE)))
        .filteredOn(g -> g.childId().equals(child.id()))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.reason()).isEqualTo(reason);
              assertThat(g.expiresAt()).isEqualTo(g.grantedAt().plus(Duration.ofHours(8)));
            });
  }

  @Test
  void aBreakGlassViewIsAuditedAsOne() {
    CurrentUser police = p.user(Role.POLICE);
    ChildSummary child = fixtures.child(p);
    breakGlass.grant(police, child.ref(), "Missing overnight; need the allocated worker's name");

    assertThat(mayView(police, child)).isTrue();

    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.VIEW_CHILD_RECORD)
        .filteredOn(e -> e.outcome() == Outcome.ALLOWED)
        .singleElement()
        .satisfies(e -> assertThat(e.basis()).isEqualTo("BREAK_GLASS"));
  }

  @ParameterizedTest
  @EnumSource(
      names = {
        "STRATEGIC_LEAD",
        "COUNCILLOR",
        "PARTNERSHIP_ADMIN",
        "AGENCY_ADMINISTRATOR",
        "INFORMATION_GOVERNANCE",
        "PARTNER_SYSTEM"
      })
  void rolesThatNeverOpenARecordCannotBreakGlass(Role role) {
    CurrentUser user = user(role);
    ChildSummary child = fixtures.child(p);

    assertThatThrownBy(() -> breakGlass.grant(user, child.ref(), "Just looking"))
        .isInstanceOfSatisfying(
            AccessRefusedException.class, e -> assertThat(e.breakGlassAvailable()).isFalse());

    assertThat(mayView(user, child)).isFalse();
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.BREAK_GLASS_GRANTED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.userId()).isEqualTo(user.id());
            });
    assertThat(awaitingReview(p.user(Role.INFORMATION_GOVERNANCE)))
        .noneMatch(g -> g.childId().equals(child.id()));
  }

  @Test
  void nobodyBreaksGlassIntoAnotherPartnershipsChild() {
    CurrentUser police = p.user(Role.POLICE);
    ChildSummary child = fixtures.child(other);

    assertThatThrownBy(() -> breakGlass.grant(police, child.ref(), "Placed here from there"))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(mayView(police, child)).isFalse();
  }

  /** Asks the policy in a transaction, as the application does; true when allowed. */
  private boolean mayView(CurrentUser user, ChildSummary child) {
    Throwable thrown =
        catchThrowable(
            () ->
                transaction.executeWithoutResult(
                    tx ->
                        policy.require(
                            user,
                            Permission.VIEW_CHILD_RECORD,
                            child.ref(),
                            RecordRef.child(child.id()),
                            "check")));
    if (thrown != null && !(thrown instanceof AccessRefusedException)) {
      throw new AssertionError(thrown);
    }
    return thrown == null;
  }

  private void link(CurrentUser user, ChildSummary child) {
    if (user.role() == Role.TEAM_MANAGER) {
      assertThat(user.teamId()).isEqualTo(p.teamId());
      relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    } else {
      relationships.link(child.id(), user.id(), RelationshipKind.PROFESSIONAL_NETWORK);
    }
  }

  /** The person in this role in the main partnership; a partner system is made up as the API's. */
  private CurrentUser user(Role role) {
    if (role != Role.PARTNER_SYSTEM) {
      return p.user(role);
    }
    return new CurrentUser(
        UUID.randomUUID(),
        "api:matrix-" + p.suffix(),
        "Trust ED system",
        Role.PARTNER_SYSTEM,
        p.trustId(),
        "Trust " + p.suffix(),
        p.id(),
        null);
  }

  private static Stream<Arguments> cases(Situation situation, Map<Role, String> table) {
    return table.entrySet().stream()
        .flatMap(
            row -> {
              String answers = row.getValue();
              return COLUMNS.stream()
                  .map(
                      permission ->
                          Arguments.of(
                              situation,
                              row.getKey(),
                              permission,
                              answers.charAt(COLUMNS.indexOf(permission))));
            });
  }

  /** Reads a table: a role, then one of Y, N or B per column. Lines starting # are headings. */
  private static Map<Role, String> table(String text) {
    Map<Role, String> rows = new EnumMap<>(Role.class);
    for (String line : text.strip().split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\\s+");
      String answers = String.join("", Arrays.copyOfRange(cells, 1, cells.length));
      if (answers.length() != COLUMNS.size() || !answers.matches("[YNB]+")) {
        throw new IllegalArgumentException("Bad row: " + line);
      }
      if (rows.put(Role.valueOf(cells[0]), answers) != null) {
        throw new IllegalArgumentException("Role twice: " + cells[0]);
      }
    }
    return rows;
  }

  /** The first page of uses awaiting review, as the reviewer's page reads them. */
  private List<BreakGlassGrant> awaitingReview(CurrentUser reviewer) {
    return reviews.awaiting(reviewer, BreakGlassReviews.Query.first()).rows();
  }
}
