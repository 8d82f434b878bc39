package org.lantern.people.personindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.people.PersonLinking;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Link;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.Explanation;
import org.lantern.people.linkage.LinkRecord;

class PairViewTests {

  private static final PairView VIEW = view("REVIEW", 0, 50, false, 0, false);

  /**
   * Twins by names different in a way no slip explains get the twins sentence; twins by a nickname
   * that is a first name in its own right ("Harry" and "Henry") get their own, which does not say
   * "no nickname explains" them.
   */
  @Test
  void twinsByANicknameInItsOwnRightAreExplainedAsSuch() {
    List<PairView.Line> nickname =
        List.of(
            new PairView.Line(
                new PairView.Key("linkage.field.GIVEN_NAME"),
                new PairView.Key("linkage.level.NICKNAME_OWN_NAMES"),
                3.7,
                0));
    List<PairView.Line> different =
        List.of(
            new PairView.Line(
                new PairView.Key("linkage.field.GIVEN_NAME"),
                new PairView.Key("linkage.level.DIFFERENT"),
                -3.3,
                0));

    PairView ownNames = twins(nickname);
    PairView otherNames = twins(different);

    assertThat(ownNames.needsPersonOwnNames()).isTrue();
    assertThat(ownNames.needsPerson()).isFalse();
    assertThat(otherNames.needsPerson()).isTrue();
    assertThat(otherNames.needsPersonOwnNames()).isFalse();
  }

  private static PairView twins(List<PairView.Line> lines) {
    return new PairView(
        UUID.randomUUID(),
        "REVIEW",
        0,
        null,
        null,
        lines,
        0,
        20,
        99,
        false,
        20,
        true,
        false,
        false,
        false,
        false,
        List.of(),
        List.of());
  }

  /**
   * Dates wholly different on a child's records (a brother or sister?) and dates years apart (a
   * parent?) are both held for a person; each gets its own sentence.
   */
  @Test
  void siblingsAndGenerationsAreExplainedApart() {
    PairView siblings = heldForDates("DIFFERENT");
    PairView generations = heldForDates("YEARS_APART");

    assertThat(siblings.needsPersonSiblings()).isTrue();
    assertThat(siblings.needsPersonYearsApart()).isFalse();
    assertThat(generations.needsPersonYearsApart()).isTrue();
    assertThat(generations.needsPersonSiblings()).isFalse();
  }

  /**
   * The engine says which pairs are look-alikes; the page gives them their own sentence and not the
   * disagreeing-identifiers one, and says the chance is the weights' alone for any pair a rule
   * holds.
   */
  @Test
  void lookAlikesAndDisagreeingIdentifiersAreToldApart() {
    PairView lookAlikes =
        held(
            List.of(line("MIDDLE_NAME", "DIFFERENT"), line("ADDRESS", "DIFFERENT")),
            false,
            true,
            true);
    PairView parentAndChild = held(List.of(line("NHS_NUMBER", "DIFFERENT")), false, true, false);
    assertThat(lookAlikes.needsPersonLookAlikes()).isTrue();
    assertThat(lookAlikes.needsPersonIdentifiers()).isFalse();
    assertThat(parentAndChild.needsPersonIdentifiers()).isTrue();
    assertThat(parentAndChild.needsPersonLookAlikes()).isFalse();
    assertThat(lookAlikes.heldByRule()).isTrue();
    assertThat(VIEW.heldByRule()).isFalse();
  }

  private static PairView.Line line(String field, String level) {
    return new PairView.Line(
        new PairView.Key("linkage.field." + field),
        new PairView.Key("linkage.level." + level),
        0,
        0);
  }

  /** A pair waiting for review with these lines, held for dates or for disagreeing identifiers. */
  private static PairView held(
      List<PairView.Line> lines, boolean yearsApart, boolean disagree, boolean lookAlikes) {
    return new PairView(
        UUID.randomUUID(),
        "REVIEW",
        0,
        null,
        null,
        lines,
        0,
        20,
        99,
        false,
        20,
        false,
        false,
        yearsApart,
        disagree,
        lookAlikes,
        List.of(),
        List.of());
  }

  private static PairView heldForDates(String level) {
    return held(List.of(line("DATE_OF_BIRTH", level)), true, false, false);
  }

  @Test
  void sexIsShownInWords() {
    assertThat(VIEW.sexOf(stored("F", null)).messageKey()).isEqualTo("sex.FEMALE");
    assertThat(VIEW.sexOf(stored("M", null)).messageKey()).isEqualTo("sex.MALE");
    assertThat(VIEW.sexOf(stored(null, null)).messageKey()).isEqualTo("sex.NOT_KNOWN");
  }

  @Test
  void anNhsNumberIsSpacedThreeThreeFour() {
    assertThat(VIEW.nhsOf(stored(null, "9434765919"))).isEqualTo("943 476 5919");
    assertThat(VIEW.nhsOf(stored(null, null))).isEmpty();
  }

  @Test
  void theWeightNowIsShownOnlyWhenItDiffersFromTheOneDecidedOn() {
    PairView same = view("LINKED", 7.04, 99, false, 7.0, false);
    PairView moved = view("LINKED", 5.2, 97, false, 7.0, false);
    PairView nhs = view("LINKED", 60, 100, true, 60, false);

    assertThat(same.weightChanged()).isFalse();
    assertThat(moved.weightChanged()).isTrue();
    assertThat(nhs.weightChanged()).isFalse();
  }

  @Test
  void thePageSaysWhenDatesYearsApartOrDisagreeingIdentifiersAreWhyAPersonMustDecide() {
    PairView disagree = flagged(false, true, false);
    PairView apart = flagged(true, false, false);
    PairView certain = flagged(true, true, true);

    assertThat(disagree.needsPersonIdentifiers()).isTrue();
    assertThat(disagree.needsPersonYearsApart()).isFalse();
    assertThat(apart.needsPersonYearsApart()).isTrue();
    assertThat(apart.needsPersonIdentifiers()).isFalse();
    // one valid NHS number links the two: nothing for a person to decide
    assertThat(certain.needsPersonIdentifiers()).isFalse();
    assertThat(certain.needsPersonYearsApart()).isFalse();
  }

  private static PairView flagged(boolean yearsApart, boolean disagree, boolean certain) {
    return new PairView(
        UUID.randomUUID(),
        "REVIEW",
        0,
        null,
        null,
        List.of(),
        0,
        12,
        99,
        certain,
        12,
        false,
        false,
        yearsApart,
        disagree,
        false,
        List.of(),
        List.of());
  }

  /**
   * A date of birth compared as missing though both records have one is a 1 January standing for
   * the year only; the page says so rather than "missing on one record".
   */
  @Test
  void aFirstOfJanuaryStandingForTheYearIsNotCalledMissing() {
    Explanation why =
        new Explanation(
            -10,
            List.of(new Explanation.Part(Comparison.DATE_OF_BIRTH, "NULL", 0, 0)),
            5,
            false,
            false,
            false,
            false,
            false,
            false);
    Stored firstOfJanuary = stored(null, null);
    Stored dated = bornOn(LocalDate.of(2011, 6, 30));
    Stored undated = bornOn(null);
    Link link =
        new Link(UUID.randomUUID(), firstOfJanuary.id(), dated.id(), 5, "REVIEW", null, null, 0);

    assertThat(levelShown(new PersonLinking.Pair(link, firstOfJanuary, dated, why, none(), none())))
        .isEqualTo("linkage.level.YEAR_ONLY");
    assertThat(
            levelShown(new PersonLinking.Pair(link, firstOfJanuary, undated, why, none(), none())))
        .isEqualTo("linkage.level.NULL");
    // held as sisters, it is the siblings sentence, not "years apart"
    Explanation held =
        new Explanation(
            -10,
            List.of(new Explanation.Part(Comparison.DATE_OF_BIRTH, "NULL", 0, 0)),
            15,
            false,
            false,
            false,
            true,
            false,
            false);
    PairView sisters =
        PairView.of(new PersonLinking.Pair(link, firstOfJanuary, dated, held, none(), none()));
    assertThat(sisters.needsPersonSiblings()).isTrue();
    assertThat(sisters.needsPersonYearsApart()).isFalse();
  }

  /**
   * A pair that waits though its weight would link it and no rule on the pair holds it is held by
   * the people its records belong to; the page says so. Not for a pair under the link threshold, a
   * pair a rule holds, or a pair already decided.
   */
  @Test
  void aHeavyPairWithNoRuleOfItsOwnIsHeldByThePeopleItWouldJoin() {
    assertThat(waiting("REVIEW", 27.4, false).heldByPeople()).isTrue();
    assertThat(waiting("REVIEW", 2.0, false).heldByPeople()).isFalse();
    assertThat(waiting("REVIEW", 27.4, true).heldByPeople()).isFalse();
    assertThat(waiting("LINKED", 27.4, false).heldByPeople()).isFalse();
  }

  private static PairView waiting(String status, double weight, boolean twins) {
    return view(status, weight, 99, false, weight, twins);
  }

  /** A pair's view with no lines and no rule but the twins one: status, weights and chance. */
  private static PairView view(
      String status, double total, int percent, boolean certain, double decided, boolean twins) {
    return new PairView(
        UUID.randomUUID(),
        status,
        0,
        null,
        null,
        List.of(),
        0,
        total,
        percent,
        certain,
        decided,
        twins,
        false,
        false,
        false,
        false,
        List.of(),
        List.of());
  }

  private static String levelShown(PersonLinking.Pair pair) {
    return PairView.of(pair).lines().getFirst().level().messageKey();
  }

  private static List<PersonRecordRows.SetAsideField> none() {
    return List.of();
  }

  private static Stored bornOn(LocalDate born) {
    return new Stored(
        UUID.randomUUID(),
        "School",
        "S1",
        new LinkRecord("Amy", null, "Carter", List.of(), born, "F", null, null, null),
        UUID.randomUUID(),
        0);
  }

  private static Stored stored(String sex, String nhs) {
    return new Stored(
        UUID.randomUUID(),
        "Police",
        "P1",
        new LinkRecord(
            "Amy", null, "Carter", List.of(), LocalDate.of(2011, 1, 1), sex, null, nhs, null),
        UUID.randomUUID(),
        0);
  }
}
