package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.people.search.NameVariants;
import org.lantern.testing.Fixtures;

/**
 * The rule for putting a description on a known child, detail by detail: names agree exactly once
 * normalised or as a nickname the list gives directly (not a boy's name for a girl's), the same
 * date of birth, and nothing given on both sides that differs.
 */
class DescriptionRuleTests {

  static final LocalDate BORN = LocalDate.of(2013, 5, 5);
  static final DescriptionRule RULE = new DescriptionRule(new NameVariants(), new FirstNameSexes());

  static Stream<Arguments> pairs() {
    return Stream.of(
        // described given, family, sex; known given, family, sex; agrees?
        Arguments.of("Olivia", "Twinsbury", Sex.FEMALE, "Oliver", "Twinsbury", Sex.MALE, false),
        Arguments.of(
            "Olivia", "Twinsbury", Sex.NOT_KNOWN, "Oliver", "Twinsbury", Sex.NOT_KNOWN, false),
        Arguments.of(
            "Danielle",
            "Fairweather",
            Sex.NOT_KNOWN,
            "Daniel",
            "Fairweather",
            Sex.NOT_KNOWN,
            false),
        Arguments.of(
            "Louise", "Penhallow", Sex.NOT_KNOWN, "Louis", "Penhallow", Sex.NOT_KNOWN, false),
        Arguments.of(
            "Erin", "Castellan", Sex.NOT_KNOWN, "Aaron", "Castellan", Sex.NOT_KNOWN, false),
        Arguments.of("Jack", "Mortlake", Sex.MALE, "Jake", "Mortlake", Sex.MALE, false),
        Arguments.of("Jay", "Mortlake", Sex.MALE, "Jake", "Mortlake", Sex.MALE, false),
        Arguments.of("Mason", "Harrowgata", Sex.MALE, "Mason", "Harrowgate", Sex.MALE, false),
        Arguments.of("Bobby", "Quennell", Sex.MALE, "Robert", "Quennell", Sex.MALE, true),
        Arguments.of("Bobby", "Quennell", Sex.NOT_KNOWN, "Robert", "Quennell", Sex.MALE, true),
        Arguments.of("Rob", "Quennell", Sex.NOT_KNOWN, "Bobby", "Quennell", Sex.NOT_KNOWN, true),
        Arguments.of("Charlie", "Ashby", Sex.FEMALE, "Charlotte", "Ashby", Sex.FEMALE, true),
        Arguments.of("Charlie", "Ashby", Sex.NOT_KNOWN, "Charlotte", "Ashby", Sex.NOT_KNOWN, false),
        Arguments.of(
            "Zoë", "O'Brien-Smith", Sex.NOT_KNOWN, "zoe", "OBRIEN SMITH", Sex.FEMALE, true),
        Arguments.of("Mary Ann", "Lee", Sex.NOT_KNOWN, "Mary-Ann", "Lee", Sex.NOT_KNOWN, true),
        Arguments.of("Mary", "Lee", Sex.NOT_KNOWN, "Mary Ann", "Lee", Sex.NOT_KNOWN, false),
        Arguments.of("Sam", "Pickering", Sex.MALE, "Sam", "Pickering", Sex.FEMALE, false),
        Arguments.of("Sam", "Pickering", Sex.NOT_KNOWN, "Sam", "Pickering", Sex.FEMALE, true));
  }

  @ParameterizedTest(name = "{0} {1} ({2}) is {3} {4} ({5}): {6}")
  @MethodSource("pairs")
  void namesAgreeOnlyExactlyOrAsAListedNickname(
      String given,
      String family,
      Sex sex,
      String knownGiven,
      String knownFamily,
      Sex knownSex,
      boolean agrees) {
    ChildComparison c =
        RULE.compare(
            described(given, family, sex, BORN, null, null),
            known(knownGiven, null, knownFamily, knownSex, BORN, null, null));

    assertThat(c.qualifies()).isEqualTo(agrees);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contradictions")
  void anythingGivenOnBothSidesAndDifferentIsAContradiction(
      String what, NewChild described, ChildSummary known, ComparedDetail differs) {
    ChildComparison c = RULE.compare(described, known);

    assertThat(c.qualifies()).isFalse();
    assertThat(c.differing()).containsExactly(differs);
  }

  static Stream<Arguments> contradictions() {
    ChildSummary nhs = known("Tia", null, "Ormerod", Sex.FEMALE, BORN, "9434765919", null);
    ChildSummary upn =
        known("Tia", null, "Ormerod", Sex.FEMALE, BORN, null, Fixtures.upn(1).value());
    ChildSummary middle = known("Tia", "Rose", "Ormerod", Sex.FEMALE, BORN, null, null);
    return Stream.of(
        Arguments.of(
            "another NHS number",
            described("Tia", "Ormerod", Sex.FEMALE, BORN, Fixtures.nhsNumber(2).value(), null),
            nhs,
            ComparedDetail.NHS_NUMBER),
        Arguments.of(
            "another pupil number",
            described("Tia", "Ormerod", Sex.FEMALE, BORN, null, Fixtures.upn(2).value()),
            upn,
            ComparedDetail.UPN),
        Arguments.of(
            "another middle name",
            aChild("Tia", "Ormerod").middleNames("May").sex(Sex.FEMALE).born(BORN).build(),
            middle,
            ComparedDetail.MIDDLE_NAMES),
        Arguments.of(
            "another date of birth",
            described("Tia", "Ormerod", Sex.FEMALE, BORN.plusDays(1), null, null),
            middle,
            ComparedDetail.DATE_OF_BIRTH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notEnough")
  void anIdentifierOrNameWithoutTheRestIsNotEnough(String what, NewChild described) {
    ChildSummary known = known("Ruby", null, "Ashdown", Sex.FEMALE, BORN, "9434765919", null);

    assertThat(RULE.compare(described, known).qualifies()).isFalse();
  }

  static Stream<Arguments> notEnough() {
    return Stream.of(
        Arguments.of(
            "the same NHS number, other names",
            described("Bee", "Otherwise", Sex.FEMALE, BORN, "9434765919", null)),
        Arguments.of(
            "the same names, no date of birth",
            described("Ruby", "Ashdown", Sex.FEMALE, null, null, null)));
  }

  private static NewChild described(
      String given,
      String family,
      Sex sex,
      @Nullable LocalDate born,
      @Nullable String nhs,
      @Nullable String upn) {
    return aChild(given, family)
        .sex(sex)
        .born(born)
        .nhs(nhs == null ? null : new NhsNumber(nhs))
        .upn(upn == null ? null : new UniquePupilNumber(upn))
        .build();
  }

  private static ChildSummary known(
      String given,
      @Nullable String middle,
      String family,
      Sex sex,
      LocalDate born,
      @Nullable String nhs,
      @Nullable String upn) {
    return new ChildSummary(
        UUID.randomUUID(),
        UUID.randomUUID(),
        given,
        middle,
        family,
        null,
        sex,
        born,
        nhs,
        upn,
        null,
        null);
  }
}
