package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingTests {

  final RecordTable table =
      ComparerTests.table(
          // 0 and 1: same person, nickname and changed surname, same date of birth
          record("Bobby", "Jones", LocalDate.of(2012, 3, 4), null),
          record("Robert", "Carter", LocalDate.of(2012, 3, 4), null),
          // 2 and 3: same person, date missing on one side, family name misspelt
          record("Amelia", "Thompson", LocalDate.of(2010, 7, 8), "SK1 2AB"),
          record("Amelia", "Tompson", null, null),
          // 4: nobody else
          record("Zara", "Quennell", LocalDate.of(2009, 1, 1), "ST16 2LH"));

  @Test
  void everyCandidatePairOnceAndNoOthers() {
    List<Set<List<Integer>>> seen = new ArrayList<>();
    List<Integer> duplicates = new ArrayList<>();
    Blocking blocking = Blocking.standard();

    blocking.run(
        table,
        () -> {
          Set<List<Integer>> mine = new HashSet<>();
          synchronized (seen) {
            seen.add(mine);
          }
          return (a, b) -> {
            if (!mine.add(List.of(Math.min(a, b), Math.max(a, b)))) {
              duplicates.add(a);
            }
          };
        },
        2);

    Set<List<Integer>> all = new HashSet<>();
    seen.forEach(all::addAll);
    assertThat(all).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    assertThat(duplicates).isEmpty();
    assertThat(blocking.candidatesOf(table, 4)).isEmpty();
    assertThat(blocking.candidatesOf(table, 3)).containsExactly(2);
  }

  @Test
  void aBlockTooLargeIsSkippedAndCounted() {
    List<LinkRecord> same = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      same.add(record("Xanthe", "Smith", LocalDate.of(2012, 1, 1), null));
    }
    RecordTable t = ComparerTests.table(same.toArray(LinkRecord[]::new));
    Blocking small = new Blocking(List.of(BlockingRule.BIRTH_DATE_AND_GIVEN_ROOT), 4);
    List<Integer> pairs = new ArrayList<>();

    small.run(t, () -> (a, b) -> pairs.add(a), 1);

    assertThat(pairs).isEmpty();
    assertThat(small.skippedPairs()).isEqualTo(10);
  }

  @Test
  void namesWrittenTheWrongWayRoundAndTheSameBirthDateAndPostcodeAreProposed() {
    RecordTable t =
        ComparerTests.table(
            // 0 and 1: given and family names swapped, and no date on one
            record("Sybella", "Shepherd", LocalDate.of(2012, 3, 4), null),
            record("Shepherd", "Sybella", null, "ST16 2LH"),
            // 2 and 3: a replaced given name and a new surname, same birth date and postcode
            record("Amelia", "Thompson", LocalDate.of(2010, 7, 8), "SK1 2AB"),
            record("Millie", "Quennell", LocalDate.of(2010, 7, 8), "SK1 2AB"));
    Blocking blocking = Blocking.standard();

    assertThat(blocking.candidatesOf(t, 0)).containsExactly(1);
    assertThat(blocking.candidatesOf(t, 2)).containsExactly(3);
    assertThat(new Blocking(List.of(BlockingRule.NAMES_SOUND_EITHER_WAY), 100).isCandidate(t, 0, 1))
        .isTrue();
    assertThat(
            new Blocking(List.of(BlockingRule.BIRTH_DATE_AND_POSTCODE), 100).isCandidate(t, 2, 3))
        .isTrue();
  }

  @Test
  void aSharedReferenceAHouseholdASurnameAtAPostcodeOrANameInAnyPlaceOnOneBirthDateIsProposed() {
    RecordTable t =
        ComparerTests.table(
            // 0 and 1: the same police reference, nothing else in common
            withIds("Amelia", "Thompson", null, null, null, List.of(new OtherId("police", "MP1"))),
            withIds("Millie", "Quennell", null, null, null, List.of(new OtherId("police", "MP1"))),
            // 2 and 3: one address (a replaced given name, a new surname, a date missing)
            withIds("Oliver", "Ashton", null, null, "12 Mill Road", List.of()),
            withIds("Harry", "Bradley", null, null, "12 Mill Rd", List.of()),
            // 4 and 5: a replaced given name, no date, one family name at one postcode
            withIds("Sophie", "Whitworth", null, "ST16 2LH", null, List.of()),
            withIds("Grace", "Whitworth", null, "ST16 2LH", null, List.of()),
            // 6 and 7: names reversed with a slip, a nickname and a new postcode, same birth date
            withIds("Robert", "Kenley", LocalDate.of(2011, 5, 6), "SK1 2AB", null, List.of()),
            withIds("Kenly", "Bob", LocalDate.of(2011, 5, 6), "M1 1AA", null, List.of()));

    assertThat(rule(BlockingRule.OTHER_IDENTIFIER).isCandidate(t, 0, 1)).isTrue();
    assertThat(rule(BlockingRule.HOUSEHOLD).isCandidate(t, 2, 3)).isTrue();
    assertThat(rule(BlockingRule.FAMILY_SOUND_AND_POSTCODE).isCandidate(t, 4, 5)).isTrue();
    assertThat(rule(BlockingRule.BIRTH_DATE_AND_ANY_NAME_SOUND).isCandidate(t, 6, 7)).isTrue();
    for (int i = 0; i < t.size(); i += 2) {
      assertThat(Blocking.standard().candidatesOf(t, i)).containsExactly(i + 1);
    }
  }

  private static Blocking rule(BlockingRule rule) {
    return new Blocking(List.of(rule), 100);
  }

  static LinkRecord withIds(
      String given,
      String family,
      LocalDate born,
      String postcode,
      String address,
      List<OtherId> ids) {
    return new LinkRecord(
        given,
        null,
        family,
        List.of(),
        born,
        "M",
        postcode,
        null,
        null,
        address,
        address == null ? null : "Stafford",
        null,
        ids);
  }

  static LinkRecord record(String given, String family, LocalDate born, String postcode) {
    return new LinkRecord(given, null, family, List.of(), born, "M", postcode, null, null);
  }
}
