package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.intelligence.NamedAdult;
import org.lantern.missing.EpisodeRules;
import org.lantern.missing.Episodes;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.RiskIndicator;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
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
 * The front door resolving a new record that may be a child Lantern already knew: joining moves
 * everything on the new record to the child in one go (concerns, missing episodes, the adults
 * linked, the people working with it, the person index) and keeps the record as a pointer; keeping
 * them apart is recorded and not asked again; both audited, and only for those who see the whole
 * partnership. A join that would leave something behind is refused and changes nothing.
 */
@IntegrationTest
class PossibleMatchIntegrationTests {

  static final LocalDate BORN = LocalDate.of(2013, 5, 5);

  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired Episodes episodes;
  @Autowired PossibleMatches matches;
  @Autowired Children children;
  @Autowired ChildSearch search;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser frontDoor;
  CurrentUser teacher;
  ChildSummary oliver;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    p = fixtures.partnership();
    frontDoor = p.user(Role.FRONT_DOOR);
    teacher = p.user(Role.PRACTITIONER);
    oliver =
        fixtures.child(
            p,
            aChild("Oliver", "Twinsbury")
                .sex(Sex.MALE)
                .born(BORN)
                .district(p.districtId())
                .build());
  }

  @Test
  void joiningMovesEverythingOnTheNewRecordToTheChildAndKeepsTheRecordAsAPointer()
      throws Exception {
    UUID concern = olivia("Seen with an older man.", true);
    UUID olivia = childOfConcern(concern);
    UUID episode = missingEpisode("MP-2026-000001", olivia("Olivia"));
    assertThat(childOfEpisode(episode))
        .as("the same description: the same new record")
        .isEqualTo(olivia);
    PossibleMatch match = onlyMatch(olivia);
    assertThat(match.candidate().id()).isEqualTo(oliver.id());
    assertThat(mayView(teacher, oliver.id())).isFalse();

    matches.join(frontDoor, match.id(), match.version(), "The school says the sex was mistyped.");

    assertThat(childOfConcern(concern)).isEqualTo(oliver.id());
    assertThat(childOfEpisode(episode)).isEqualTo(oliver.id());
    assertThat(adultLinksOf(olivia)).isZero();
    assertThat(adultLinksOf(oliver.id())).isEqualTo(1);
    assertThat(mayView(teacher, oliver.id()))
        .as("the referrer of the joined record is a referrer of the child now")
        .isTrue();
    assertThat(children.current(olivia)).isEqualTo(oliver.id());
    assertThat(personOf(olivia)).isEqualTo(personOf(oliver.id()));
    assertThat(
            search
                .find(frontDoor, new ChildQuery("Twinsbury", BORN, null, null, null), "test")
                .stream()
                .map(ChildSummary::id))
        .containsExactly(oliver.id());
    mvc.perform(
            get("/children/" + olivia).with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR))))
        .andExpect(redirectedUrl("/children/" + oliver.id()));

    PossibleMatch decided = matches.one(frontDoor, match.id());
    assertThat(decided.status()).isEqualTo(PossibleMatchStatus.JOINED);
    assertThat(decided.decidedByName()).isEqualTo(frontDoor.displayName());
    assertThat(decided.decidedReason()).isEqualTo("The school says the sex was mistyped.");
    assertThat(matches.waitingFor(frontDoor, oliver.id(), "test")).isEmpty();
    for (UUID child : List.of(olivia, oliver.id())) {
      assertThat(audit.forChild(child))
          .filteredOn(e -> e.action() == AuditAction.JOIN_CHILD_RECORDS)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.userId()).isEqualTo(frontDoor.id());
                assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
                assertThat(e.purpose()).contains("The school says the sex was mistyped.");
              });
    }
  }

  @Test
  void keepingApartIsRecordedAuditedAndNotAskedAgain() {
    UUID olivia = childOfConcern(olivia("Seen with an older man.", false));
    PossibleMatch match = onlyMatch(olivia);

    matches.keepApart(
        p.user(Role.EXPLOITATION_COORDINATOR),
        match.id(),
        match.version(),
        "Twins: the school has both.");

    assertThat(matches.one(frontDoor, match.id()).status())
        .isEqualTo(PossibleMatchStatus.KEPT_APART);
    assertThat(matches.waitingFor(frontDoor, olivia, "test")).isEmpty();
    assertThat(matches.all(frontDoor)).isEmpty();
    assertThat(children.current(olivia)).isEqualTo(olivia);
    assertThat(audit.forChild(oliver.id()))
        .filteredOn(e -> e.action() == AuditAction.KEEP_CHILD_RECORDS_APART)
        .singleElement()
        .satisfies(e -> assertThat(e.purpose()).contains("Twins: the school has both."));

    // Olivia described again is the record kept apart: nothing more to ask
    assertThat(childOfConcern(olivia("Seen again.", false))).isEqualTo(olivia);
    assertThat(matches.all(frontDoor)).isEmpty();
  }

  @Test
  void onlyThoseWhoSeeTheWholePartnershipResolvePossibleMatches() {
    UUID olivia = childOfConcern(olivia("Seen with an older man.", false));
    PossibleMatch match = onlyMatch(olivia);

    for (Role role : List.of(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.POLICE)) {
      CurrentUser user = p.user(role);
      assertThatThrownBy(() -> matches.join(user, match.id(), match.version(), "Mine."))
          .isInstanceOf(AccessDeniedForRole.class);
      assertThatThrownBy(() -> matches.keepApart(user, match.id(), match.version(), "Mine."))
          .isInstanceOf(AccessDeniedForRole.class);
      assertThat(matches.waitingFor(user, olivia, "test")).isEmpty();
    }
    assertThat(refusalsOf(p.user(Role.PRACTITIONER))).isEqualTo(2);
    assertThat(matches.one(frontDoor, match.id()).status()).isEqualTo(PossibleMatchStatus.OPEN);
  }

  @Test
  void aJoinThatWouldLeaveSomethingBehindIsRefusedAndChangesNothing() {
    UUID concern = olivia("Seen with an older man.", false);
    UUID olivia = childOfConcern(concern);
    tools.publishExample(p.user(Role.PARTNERSHIP_ADMIN));
    screenings.start(frontDoor, olivia, "cse-screening");
    PossibleMatch match = onlyMatch(olivia);

    assertThatThrownBy(() -> matches.join(frontDoor, match.id(), match.version(), "Same."))
        .isInstanceOfSatisfying(
            JoinRefusedException.class,
            e ->
                assertThat(e.held())
                    .containsExactly(new ChildJoinParticipant.Held("join.held.screenings", 1)));

    assertThat(childOfConcern(concern)).isEqualTo(olivia);
    assertThat(children.current(olivia)).isEqualTo(olivia);
    assertThat(matches.one(frontDoor, match.id()).status()).isEqualTo(PossibleMatchStatus.OPEN);
  }

  @Test
  void episodesThatWouldOverlapTheChildsOwnAreNotJoined() {
    UUID record = childOfEpisode(missingEpisode("MP-2026-000010", olivia("Olivia")));
    // Oliver missing at the same time, still missing: the two episodes would overlap
    UUID onOliver =
        missingEpisode("MP-2026-000011", aChild("Oliver", "Twinsbury").born(BORN).build());
    assertThat(childOfEpisode(onOliver)).isEqualTo(oliver.id());
    PossibleMatch match = onlyMatch(record);

    assertThatThrownBy(() -> matches.join(frontDoor, match.id(), match.version(), "Same."))
        .isInstanceOfSatisfying(
            JoinRefusedException.class,
            e ->
                assertThat(e.held())
                    .extracting(ChildJoinParticipant.Held::messageKey)
                    .containsExactly("join.held.overlap"));
  }

  @Test
  void aDecisionOnAPairThatChangedSinceItWasReadIsRefused() {
    UUID olivia = childOfConcern(olivia("Seen with an older man.", false));
    PossibleMatch match = onlyMatch(olivia);
    matches.keepApart(frontDoor, match.id(), match.version(), "Twins.");

    assertThatThrownBy(() -> matches.join(frontDoor, match.id(), match.version(), "Same."))
        .isInstanceOf(PossibleMatchChangedException.class);
    assertThat(children.current(olivia)).isEqualTo(olivia);
  }

  /**
   * Every column that holds a child's id is either moved by a join, or makes the join refuse: a new
   * table holding children fails here until its module says which.
   */
  @Test
  void everyColumnHoldingAChildIsMovedOrRefusesTheJoin() {
    List<String> columns =
        jdbc.queryForList(
            """
            select lower(kcu.table_name) || '.' || lower(kcu.column_name)
            from information_schema.referential_constraints rc
            join information_schema.key_column_usage kcu
              on kcu.constraint_name = rc.constraint_name
              and kcu.constraint_schema = rc.constraint_schema
            join information_schema.key_column_usage pk
              on pk.constraint_name = rc.unique_constraint_name
              and pk.constraint_schema = rc.unique_constraint_schema
            where lower(pk.table_name) = 'child'
            order by 1
            """,
            String.class);

    assertThat(Set.copyOf(columns))
        .containsExactlyInAnyOrder(
            // moved by the join
            "concern.child_id", // referral: ConcernsOnJoin
            "missing_episode.child_id", // missing: EpisodesOnJoin (refused when overlapping)
            "adult_child_link.child_id", // intelligence: IntelligenceOnJoin
            "abduction_notice_child.child_id", // intelligence: IntelligenceOnJoin
            "child_relationship.child_id", // access: Relationships.moveAll
            "panel_list_candidate.child_id", // panel: PanelOnJoin
            "child_case.child_id", // casework: CasesOnJoin (refused when both have an open case)
            "case_event.child_id", // casework: CasesOnJoin
            "network_member.child_id", // casework: CasesOnJoin
            "child_placement.child_id", // people: PlacementsOnJoin (refused when both have some)
            "child_placement_notice.child_id", // people: PlacementsOnJoin
            "partner_flag.child_id", // flags: FlagsOnJoin
            "flag_check.child_id", // flags: FlagsOnJoin
            // refuse the join (a join does not carry them over)
            "screening.child_id", // risk: ScreeningsOnJoin
            "service_referral.child_id", // risk: ScreeningsOnJoin
            "risk_level_span.child_id", // risk: made from screenings, which refuse the join
            "panel_referral.child_id", // panel: PanelOnJoin
            "panel_agenda_item.child_id",
            "panel_presentation.child_id",
            "panel_action.child_id",
            "panel_minutes_amendment.child_id",
            "panel_escalation.child_id",
            "panel_list_row.child_id",
            "strategy_meeting_child.child_id", // strategy: StrategyOnJoin
            "child_protection_conference.child_id", // strategy: StrategyOnJoin
            "child_protection_plan.child_id", // strategy: StrategyOnJoin
            // kept on the joined record on purpose
            "break_glass_grant.child_id", // an emergency grant was for that record only
            "child_alert.child_id", // an alert already sent: it leads to the joined child's file
            "child_description.placed_on", // where a description was first put: history
            "possible_match.child_id", // the pair and its decision: history
            "possible_match.candidate_id",
            "child.merged_into"); // the pointer itself
  }

  // ---------------------------------------------------------------------------------------------

  /** A teacher's concern about Olivia Twinsbury, female, born the same day as Oliver. */
  private UUID olivia(String whatHappened, boolean namingAnAdult) {
    return submission.raise(
        teacher,
        ChildChoice.described(olivia("Olivia")),
        new ConcernContent(
            whatHappened,
            LocalDate.of(2026, 11, 17),
            null,
            false,
            Set.of(RiskIndicator.SEXUAL_EXPLOITATION)),
        UUID.randomUUID().toString(),
        namingAnAdult
            ? List.of(new NamedAdult("Dean", "Farrow", null, 30, "Tall, grey car", "Bus station"))
            : List.of());
  }

  private NewChild olivia(String given) {
    return aChild(given, "Twinsbury").sex(Sex.FEMALE).born(BORN).build();
  }

  /** A police notification describing the child; the episode's id. */
  private UUID missingEpisode(String reference, NewChild child) {
    return episodes
        .recordDescribed(
            p.user(Role.POLICE),
            null,
            "test",
            child,
            new EpisodeRules.Fields(
                reference,
                "HOME",
                Instant.parse("2026-11-17T22:30:00Z"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "MEDIUM"))
        .episodeId();
  }

  private PossibleMatch onlyMatch(UUID child) {
    List<PossibleMatch> waiting = matches.waitingFor(frontDoor, child, "test");
    assertThat(waiting).hasSize(1);
    return waiting.getFirst();
  }

  private boolean mayView(CurrentUser user, UUID child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, children.ref(child)).allowed();
  }

  private UUID childOfConcern(UUID concern) {
    return jdbc.queryForObject("select child_id from concern where id = ?", UUID.class, concern);
  }

  private UUID childOfEpisode(UUID episode) {
    return jdbc.queryForObject(
        "select child_id from missing_episode where id = ?", UUID.class, episode);
  }

  /** Refusals of the role-level check, which names no child. */
  private int refusalsOf(CurrentUser user) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where user_id = ? and action = ? and outcome = ?",
        Integer.class,
        user.id(),
        AuditAction.RESOLVE_POSSIBLE_MATCH.name(),
        AuditEntry.Outcome.REFUSED.name());
  }

  private int adultLinksOf(UUID child) {
    return jdbc.queryForObject(
        "select count(*) from adult_child_link where child_id = ?", Integer.class, child);
  }

  private UUID personOf(UUID child) {
    return jdbc.queryForObject(
        "select person_id from person_record where partnership_id = ? and source = 'Lantern'"
            + " and source_id = ?",
        UUID.class,
        p.id(),
        child.toString());
  }
}
