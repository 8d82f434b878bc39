package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rule for putting a description on a child Lantern knows: names that agree (exactly after
 * normalising, or as a known nickname), the same date of birth, and no contradiction in sex, NHS
 * number or unique pupil number; exactly one child qualifying. Anything less is a new record.
 */
@IntegrationTest
class DescribedChildRuleIntegrationTests {

  static final LocalDate BORN = LocalDate.of(2012, 6, 14);

  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired JdbcTemplate jdbc;
  @Autowired PossibleMatches matches;

  TestPartnership p;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
  }

  @Test
  void theSameNamesWrittenDifferentlyAndTheSameDateOfBirthAreTheKnownChild() {
    ChildSummary known =
        known("Zoë", "O'Brien-Smith", Sex.FEMALE, BORN, Fixtures.nhsNumber(1), null);

    assertThat(raise(described(" zoe ", "OBRIEN SMITH", Sex.NOT_KNOWN, BORN, null, null)))
        .isEqualTo(known.id());
    assertThat(raise(described("Zoe", "O Brien Smith", Sex.NOT_KNOWN, BORN, null, null)))
        .isEqualTo(known.id());
    assertThat(
            raise(described("ZOE", "o'brien-smith", Sex.FEMALE, BORN, Fixtures.nhsNumber(1), null)))
        .isEqualTo(known.id());
  }

  @Test
  void aContradictionInSexIsANewRecord() {
    ChildSummary known = known("Sam", "Pickering", Sex.FEMALE, BORN, null, null);

    UUID landed = raise(described("Sam", "Pickering", Sex.MALE, BORN, null, null));

    assertThat(landed).isNotEqualTo(known.id());
    assertThat(mayBe(landed)).containsExactly(known.id());
  }

  @Test
  void aContradictionInNhsNumberIsANewRecord() {
    ChildSummary known = known("Tia", "Ormerod", Sex.FEMALE, BORN, Fixtures.nhsNumber(2), null);

    UUID landed = raise(described("Tia", "Ormerod", Sex.FEMALE, BORN, Fixtures.nhsNumber(3), null));

    assertThat(landed).isNotEqualTo(known.id());
    assertThat(mayBe(landed)).containsExactly(known.id());
  }

  @Test
  void aContradictionInUniquePupilNumberIsANewRecord() {
    ChildSummary known = known("Kai", "Brennock", Sex.MALE, BORN, null, Fixtures.upn(4));

    UUID landed = raise(described("Kai", "Brennock", Sex.MALE, BORN, null, Fixtures.upn(5)));

    assertThat(landed).isNotEqualTo(known.id());
    assertThat(mayBe(landed)).containsExactly(known.id());
  }

  @Test
  void anIdentifierAloneWithoutTheNamesIsANewRecord() {
    ChildSummary known = known("Ruby", "Ashdown", Sex.FEMALE, BORN, Fixtures.nhsNumber(6), null);

    UUID landed =
        raise(described("Bee", "Otherwise", Sex.FEMALE, BORN, Fixtures.nhsNumber(6), null));

    assertThat(landed).isNotEqualTo(known.id());
    assertThat(mayBe(landed)).containsExactly(known.id());
  }

  @Test
  void twoChildrenQualifyingEquallyIsANewRecord() {
    ChildSummary one = known("Amy", "Hollins", Sex.FEMALE, BORN, null, null);
    ChildSummary two = known("Amy", "Hollins", Sex.NOT_KNOWN, BORN, null, null);

    UUID landed = raise(described("Amy", "Hollins", Sex.FEMALE, BORN, null, null));

    assertThat(landed).isNotIn(one.id(), two.id());
    assertThat(mayBe(landed)).containsExactlyInAnyOrder(one.id(), two.id());
  }

  @Test
  void aDifferentDateOfBirthIsANewRecord() {
    ChildSummary known = known("Ella", "Marchbank", Sex.FEMALE, BORN, null, null);

    UUID landed = raise(described("Ella", "Marchbank", Sex.FEMALE, BORN.plusYears(1), null, null));

    assertThat(landed).isNotEqualTo(known.id());
    assertThat(mayBe(landed)).containsExactly(known.id());
  }

  private ChildSummary known(
      String given,
      String family,
      Sex sex,
      LocalDate born,
      @Nullable NhsNumber nhs,
      @Nullable UniquePupilNumber upn) {
    return fixtures.child(
        p,
        aChild(given, family)
            .sex(sex)
            .born(born)
            .nhs(nhs)
            .upn(upn)
            .district(p.districtId())
            .build());
  }

  private NewChild described(
      String given,
      String family,
      Sex sex,
      LocalDate born,
      @Nullable NhsNumber nhs,
      @Nullable UniquePupilNumber upn) {
    return aChild(given, family).sex(sex).born(born).nhs(nhs).upn(upn).build();
  }

  /** The children the front door is asked whether this (new) record is. */
  private List<UUID> mayBe(UUID child) {
    return matches.waitingFor(p.user(Role.FRONT_DOOR), child, "test").stream()
        .map(m -> m.candidate().id())
        .toList();
  }

  /** A teacher's concern about the child described; the child it was put on. */
  private UUID raise(NewChild described) {
    UUID concern =
        submission.raise(
            p.user(Role.PRACTITIONER),
            ChildChoice.described(described),
            new ConcernContent(
                "Seen with older youths at the bus station.",
                LocalDate.now().minusDays(1),
                null,
                false,
                Set.of()),
            UUID.randomUUID().toString(),
            List.of());
    return jdbc.queryForObject("select child_id from concern where id = ?", UUID.class, concern);
  }
}
