package org.lantern.people.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.people.ChildQuery;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.people.UniquePupilNumber;

/** The search index and its query builder together, on a temporary directory. */
class ChildIndexTests {

  static final NameVariants VARIANTS = new NameVariants();
  static final UUID PARTNERSHIP = UUID.randomUUID();
  static final UUID OTHER_PARTNERSHIP = UUID.randomUUID();

  @TempDir Path dir;
  ChildIndex index;

  @BeforeEach
  void openIndex() throws IOException {
    index = new ChildIndex(dir, new ChildQueries(VARIANTS));
  }

  @AfterEach
  void closeIndex() throws IOException {
    index.close();
  }

  @Test
  void anExactNameRanksAboveATypo() {
    ChildSummary typo = child("Jessika", "Smith", null);
    ChildSummary exact = child("Jessica", "Smith", null);
    ChildSummary other = child("Amelia", "Smith", null);
    index.index(List.of(typo, exact, other));

    // the candidates matching every word come first; those matching fewer follow
    assertThat(ids(search("Jessica Smith", null)))
        .containsExactly(exact.id(), typo.id(), other.id());
    assertThat(ids(search("Jessika Smith", null)))
        .containsExactly(typo.id(), exact.id(), other.id());
  }

  @Test
  void aMatchingDateOfBirthRanksAboveTheDateWithDayAndMonthSwappedAboveTheNameAlone() {
    LocalDate dob = LocalDate.of(2011, 3, 5);
    ChildSummary nameOnly = child("Olivia", "Brown", LocalDate.of(2009, 8, 20));
    ChildSummary swapped = child("Olivia", "Brown", LocalDate.of(2011, 5, 3));
    ChildSummary exact = child("Olivia", "Brown", dob);
    index.index(List.of(nameOnly, swapped, exact));

    assertThat(ids(search("Olivia Brown", dob)))
        .containsExactly(exact.id(), swapped.id(), nameOnly.id());
  }

  @Test
  void swappedNamesNicknamesAndSoundAlikesStillFindTheChild() {
    ChildSummary robert = child("Robert", "Jones", null);
    ChildSummary catherine = child("Catherine", "Smyth", null);
    index.index(List.of(robert, catherine));

    assertThat(ids(search("Jones Robert", null))).containsExactly(robert.id());
    assertThat(ids(search("Bobby Jones", null))).containsExactly(robert.id());
    assertThat(ids(search("Kathryn Smith", null))).containsExactly(catherine.id());
  }

  @Test
  void everyNameWordMustMatchUnlessNothingDoes() {
    ChildSummary olivia = child("Olivia", "Brown", null);
    ChildSummary amelia = child("Amelia", "Green", null);
    index.index(List.of(olivia, amelia));

    assertThat(ids(search("Olivia Green", null)))
        .containsExactlyInAnyOrder(olivia.id(), amelia.id());
    assertThat(ids(search("Olivia Brown", null))).containsExactly(olivia.id());
  }

  @Test
  void identifiersMustMatchExactly() {
    ChildSummary withNhs =
        new ChildSummary(
            UUID.randomUUID(),
            PARTNERSHIP,
            "Ava",
            null,
            "Taylor",
            null,
            Sex.FEMALE,
            null,
            "9434765919",
            "B801200005001",
            null,
            null);
    ChildSummary sameName = child("Ava", "Taylor", null);
    index.index(List.of(withNhs, sameName));

    assertThat(ids(query(new ChildQuery(null, null, null, new NhsNumber("9434765919"), null))))
        .containsExactly(withNhs.id());
    assertThat(
            ids(
                query(
                    new ChildQuery(
                        "Ava", null, null, null, new UniquePupilNumber("B801200005001")))))
        .containsExactly(withNhs.id());
    assertThat(ids(query(new ChildQuery(null, null, null, new NhsNumber("9992495235"), null))))
        .isEmpty();
  }

  @Test
  void aDateOfBirthAloneMustMatch() {
    ChildSummary born = child("Ava", "Taylor", LocalDate.of(2012, 1, 20));
    ChildSummary other = child("Ava", "Taylor", LocalDate.of(2013, 6, 1));
    index.index(List.of(born, other));

    assertThat(ids(search(null, LocalDate.of(2012, 1, 20)))).containsExactly(born.id());
  }

  @Test
  void findsOnlyChildrenOfThePartnershipAsked() {
    ChildSummary ours = child("Isla", "Walker", null);
    ChildSummary theirs =
        new ChildSummary(
            UUID.randomUUID(),
            OTHER_PARTNERSHIP,
            "Isla",
            null,
            "Walker",
            null,
            Sex.FEMALE,
            null,
            null,
            null,
            null,
            null);
    index.index(List.of(ours, theirs));

    assertThat(ids(search("Isla Walker", null))).containsExactly(ours.id());
    assertThat(
            ids(
                index.search(
                    OTHER_PARTNERSHIP, new ChildQuery("Isla Walker", null, null, null, null), 10)))
        .containsExactly(theirs.id());
  }

  @Test
  void indexingAChildAgainReplacesItsEntry() {
    UUID id = UUID.randomUUID();
    index.index(List.of(child(id, "Poppy", "Hall")));
    index.index(List.of(child(id, "Poppy", "Hill")));

    assertThat(index.size()).isEqualTo(1);
    assertThat(ids(search("Poppy Hill", null))).containsExactly(id);
  }

  private List<ChildIndex.Scored> search(@Nullable String name, @Nullable LocalDate dob) {
    return query(new ChildQuery(name, dob, null, null, null));
  }

  private List<ChildIndex.Scored> query(ChildQuery query) {
    return index.search(PARTNERSHIP, query, 10);
  }

  private static List<UUID> ids(List<ChildIndex.Scored> found) {
    return found.stream().map(ChildIndex.Scored::childId).toList();
  }

  private static ChildSummary child(String given, String family, @Nullable LocalDate dob) {
    return new ChildSummary(
        UUID.randomUUID(),
        PARTNERSHIP,
        given,
        null,
        family,
        null,
        Sex.FEMALE,
        dob,
        null,
        null,
        null,
        null);
  }

  private static ChildSummary child(UUID id, String given, String family) {
    return new ChildSummary(
        id, PARTNERSHIP, given, null, family, null, Sex.FEMALE, null, null, null, null, null);
  }
}
