package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.intelligence.NamedAdult;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.Chronology;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Undoing a wrong join: the front door moves a concern put on the wrong child to the right one (a
 * child Lantern knows, or a new record from the referrer's description). The access the concern
 * gave its referrer goes with it; the chronologies follow; both children's audit trails say so.
 */
@IntegrationTest
class ConcernMoveIntegrationTests {

  static final LocalDate BORN = LocalDate.of(2011, 3, 27);

  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired ConcernMoves moves;
  @Autowired Children children;
  @Autowired Chronology chronology;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;

  TestPartnership p;
  CurrentUser frontDoor;
  CurrentUser teacher;
  ChildSummary robert;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    frontDoor = p.user(Role.FRONT_DOOR);
    teacher = p.user(Role.PRACTITIONER);
    robert = known("Robert", BORN);
  }

  @Test
  void movingAConcernToANewRecordWithdrawsTheAccessItGaveOnTheWrongChild() {
    UUID concern = bobby("Seen with an older man at the bus station.", true);
    assertThat(childOf(concern)).as("Bobby for Robert: put on Robert").isEqualTo(robert.id());
    assertThat(mayView(teacher, robert.id())).isTrue();
    ConcernMoves.Options options = moves.options(frontDoor, concern);
    assertThat(options.choices().description().givenName()).isEqualTo("Bobby");
    assertThat(options.choices().mayMakeNewRecord()).isTrue();

    UUID now =
        moves.move(
            frontDoor,
            concern,
            options.concern().version(),
            null,
            "Bobby is Robert's cousin, not Robert.");

    assertThat(childOf(concern)).isEqualTo(now).isNotEqualTo(robert.id());
    ChildSummary bobby = children.summary(now);
    assertThat(bobby.fullName()).isEqualTo("Bobby Quennell");
    assertThat(bobby.dateOfBirth()).isEqualTo(BORN);
    assertThat(mayView(teacher, robert.id())).as("access to the wrong child withdrawn").isFalse();
    assertThat(mayView(teacher, now)).as("and given on the right one").isTrue();
    assertThat(adultLinksOf(robert.id())).isZero();
    assertThat(adultLinksOf(now)).isEqualTo(1);
    assertThat(chronology.of(robert.id(), frontDoor))
        .noneMatch(e -> e.link() != null && e.link().contains(concern.toString()));
    assertThat(chronology.of(now, frontDoor))
        .anyMatch(e -> e.link() != null && e.link().contains(concern.toString()));
    assertThat(audit.forChild(robert.id()))
        .extracting(e -> e.action())
        .contains(AuditAction.MOVE_TO_ANOTHER_CHILD, AuditAction.END_RELATIONSHIP);
    assertThat(audit.forChild(now))
        .filteredOn(e -> e.action() == AuditAction.MOVE_TO_ANOTHER_CHILD)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.userId()).isEqualTo(frontDoor.id());
              assertThat(e.purpose()).contains("Bobby is Robert's cousin, not Robert.");
            });
  }

  @Test
  void aReferrerWithAnotherConcernAboutTheWrongChildKeepsTheirAccessToIt() {
    fixtures.concern(teacher, robert);
    UUID concern = bobby("Seen again.", false);

    moves.move(
        frontDoor, concern, moves.options(frontDoor, concern).concern().version(), null, "Cousin.");

    assertThat(mayView(teacher, robert.id())).isTrue();
  }

  @Test
  void aConcernMovesToAChildTheDescriptionMayBe() {
    ChildSummary cousin = known("Bobby", BORN.plusDays(1));
    UUID concern = bobby("Seen with an older man.", false);
    assertThat(childOf(concern)).isEqualTo(robert.id());

    ConcernMoves.Options options = moves.options(frontDoor, concern);
    assertThat(options.choices().candidates())
        .extracting(o -> o.child().id())
        .contains(cousin.id());
    moves.move(
        p.user(Role.EXPLOITATION_COORDINATOR),
        concern,
        options.concern().version(),
        cousin.id(),
        "The school gave the wrong date of birth.");

    assertThat(childOf(concern)).isEqualTo(cousin.id());
    assertThat(mayView(teacher, cousin.id())).isTrue();
    assertThat(mayView(teacher, robert.id())).isFalse();
  }

  @Test
  void onlyThoseWhoSeeTheWholePartnershipMoveAConcernAndARefusalIsAudited() {
    UUID concern = bobby("Seen with an older man.", false);
    long version = moves.options(frontDoor, concern).concern().version();

    for (Role role : List.of(Role.PRACTITIONER, Role.SOCIAL_WORKER)) {
      assertThatThrownBy(() -> moves.move(p.user(role), concern, version, null, "Mine."))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(childOf(concern)).isEqualTo(robert.id());
    assertThat(audit.forChild(robert.id()))
        .filteredOn(e -> e.action() == AuditAction.RESOLVE_POSSIBLE_MATCH)
        .filteredOn(e -> e.userId().equals(teacher.id()))
        .isNotEmpty()
        .allMatch(e -> e.outcome() == AuditEntry.Outcome.REFUSED);
  }

  // ---------------------------------------------------------------------------------------------

  private ChildSummary known(String given, LocalDate born) {
    return fixtures.child(
        p, aChild(given, "Quennell").sex(Sex.MALE).born(born).district(p.districtId()).build());
  }

  /** The teacher describes "Bobby Quennell", male, born the same day as Robert. */
  private UUID bobby(String whatHappened, boolean namingAnAdult) {
    return submission.raise(
        teacher,
        ChildChoice.described(aChild("Bobby", "Quennell").sex(Sex.MALE).born(BORN).build()),
        new ConcernContent(
            whatHappened,
            LocalDate.now().minusDays(1),
            null,
            false,
            Set.of(RiskIndicator.SEXUAL_EXPLOITATION)),
        UUID.randomUUID().toString(),
        namingAnAdult
            ? List.of(new NamedAdult("Dean", "Farrow", null, 30, "Tall, grey car", "Bus station"))
            : List.of());
  }

  private boolean mayView(CurrentUser user, UUID child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, children.ref(child)).allowed();
  }

  private UUID childOf(UUID concern) {
    return jdbc.queryForObject("select child_id from concern where id = ?", UUID.class, concern);
  }

  private int adultLinksOf(UUID child) {
    return jdbc.queryForObject(
        "select count(*) from adult_child_link where child_id = ?", Integer.class, child);
  }
}
