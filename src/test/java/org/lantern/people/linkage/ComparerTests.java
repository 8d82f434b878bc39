package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.people.search.NameVariants;

class ComparerTests {

  static final NameVariants VARIANTS = new NameVariants();

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "Robert, -, Robert, -, EXACT",
        // Bobby is a name parents give too, not a shortening of Robert
        "Bobby, -, Robert, -, NICKNAME_OWN_NAMES",
        "Alfie, -, Alfred, -, NICKNAME",
        // a nickname that is a first name in its own right, not a shortening: twins' names too
        "Harry, -, Henry, -, NICKNAME_OWN_NAMES",
        "James, Robert, Robert, James, SWAPPED",
        // a given name of two words keeps its own middle name for the swap ("Chloe" is the middle
        // name of "Lexie-Mai Chloe", whose second word "Mai" stands as middle name)
        "Lexie-Mai, Chloe, Chloe, -, SWAPPED",
        // a given name of two words against its first word alone: two names parents give (twins
        // "Sophie-Mae" and "Sophie"), whereas a slip in the second word is one name
        "Sophie-Mae, -, Sophie, -, NICKNAME_OWN_NAMES",
        "Sophie-Mae, -, Sophia, -, NICKNAME_OWN_NAMES",
        "Sophie-Mae, -, Sophie-Mea, -, EXACT",
        "Mohammed, -, Muhammad, -, NICKNAME",
        "Katie, -, Katy, -, NICKNAME",
        "Kieran, -, Kieron, -, PHONETIC",
        "Lucas, -, Lukas, -, PHONETIC",
        "Freya, -, Freyja, -, SIMILAR",
        "Charlotte, -, Carlotta, -, SOMEWHAT_SIMILAR",
        "Oliver, -, Amelia, -, DIFFERENT",
        "Jack, -, Jake, -, DIFFERENT",
        // two common first names that are one name spelt two ways are not twins' names
        "Sophia, -, Sofia, -, PHONETIC",
        "Rhys, -, Reece, -, PHONETIC",
        "Kai, -, Kye, -, PHONETIC",
        "Isabelle, -, Isabel, -, PHONETIC",
        // but a boy's and a girl's name said alike are twins' names, as are two names that rhyme
        "Daniel, -, Danielle, -, DIFFERENT",
        "Ella, -, Ellie, -, DIFFERENT",
        // two first names one letter apart but not alike in sound, and a rare one against a
        // common one, are twins' names
        "Mason, -, Jason, -, DIFFERENT",
        "Ishaal, -, Aisha, -, DIFFERENT",
        "Catherine, -, Katherine, -, PHONETIC",
        "Daisy, -, Megan, -, DIFFERENT",
        "Megan, -, Margarita, -, NICKNAME",
        // a typing slip on top of a nickname or its formal name
        "Bobby, -, Robbert, -, NICKNAME_SLIP",
        "Robbert, -, Bobby, -, NICKNAME_SLIP",
        "Kaite, -, Katherine, -, NICKNAME_SLIP",
        "Robert, -, Bobyb, -, NICKNAME_SLIP",
        "Kathrine, -, Katie, -, NICKNAME_SLIP",
        // but a slip that lands on a real name is that name: listed as a nickname ("Meg" and
        // "Peg" of Peggy, "Tim" and "Tom" of Thomas) or given to children ("Kody" and "Jody")
        "Meg, -, Peggy, -, DIFFERENT",
        "Tim, -, Thomas, -, DIFFERENT",
        "Kody, -, Joseph, -, DIFFERENT",
        // and two nicknames of one name are not variants, slip or not
        "Daisy, -, Megn, -, DIFFERENT",
        "-, -, Amelia, -, NULL",
        "'!!', -, Amelia, -, NULL",
      })
  void givenNameLevels(
      @Nullable String given1,
      @Nullable String middle1,
      @Nullable String given2,
      @Nullable String middle2,
      String level) {
    RecordTable t =
        table(person(given1, middle1, "Smith", null), person(given2, middle2, "Smith", null));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(level);
  }

  @Test
  void aNicknameIsRecognisedWhicheverNameTheTableSawFirst() {
    RecordTable t = table(person("Robert", null, "Smith", null));
    t.add(person("Bobby", null, "Smith", null));
    t.add(person("Robbert", null, "Smith", null));
    t.resolve();

    // Robert was resolved before Bobby was seen (an index grown batch by batch)
    assertThat(level(Comparison.GIVEN_NAME, new Comparer(t).pattern(0, 1)))
        .isEqualTo("NICKNAME_OWN_NAMES");
    assertThat(level(Comparison.GIVEN_NAME, new Comparer(t).pattern(1, 0)))
        .isEqualTo("NICKNAME_OWN_NAMES");
    assertThat(level(Comparison.GIVEN_NAME, new Comparer(t).pattern(1, 2)))
        .isEqualTo("NICKNAME_SLIP");
  }

  static String level(Comparison c, int pattern) {
    return c.levels().get(c.levelOf(pattern));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "Smith, -, Smith, EXACT",
        "O'Brien, -, OBrien, EXACT",
        "Carter, Smith, Smith, PREVIOUS",
        "Phillips, -, Philips, PHONETIC",
        "Thompson, -, Thomson, SIMILAR",
        "Wojcik, -, Wojcjk, SIMILAR",
        "Patel, -, Smith, DIFFERENT",
      })
  void familyNameLevels(String family1, @Nullable String previous1, String family2, String level) {
    LinkRecord a =
        new LinkRecord(
            "Amy",
            null,
            family1,
            previous1 == null ? List.of() : List.of(previous1),
            null,
            null,
            null,
            null,
            null);
    RecordTable t = table(a, person("Amy", null, family2, null));
    assertThat(level(Comparison.FAMILY_NAME, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "ST16 2LH, ST16 2LH, EXACT",
        "ST16 2LH, ST16 2QX, SECTOR",
        "ST16 2LH, ST16 9AB, DISTRICT",
        "ST16 2LH, ST17 2LH, DIFFERENT",
        "-, ST17 2LH, NULL",
      })
  void postcodeLevels(@Nullable String postcode1, String postcode2, String level) {
    RecordTable t =
        table(person("Amy", null, "Smith", postcode1), person("Amy", null, "Smith", postcode2));
    assertThat(level(Comparison.POSTCODE, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "Amy, Lily, Lily, Amy, SWAPPED, EXACT",
        "Amy, Lily, Lily, Rose, SWAPPED, NULL",
        "Amy, Lily, Lily, Lily, SWAPPED, NULL",
        "Amy, Amy, Amy, Rose, EXACT, NULL",
        "Amy, Rose, Amy, Rose, EXACT, EXACT",
        // two given names of two words with the same second word: their own middle names decide
        "Tyler-James, Joshua, Tyler-James, Reuben, EXACT, DIFFERENT",
        "Tyler-James, Joshua, Tyler-James, Joshua, EXACT, EXACT",
        "Tyler-James, -, Tyler-James, Reuben, EXACT, EXACT",
        "Tyler-James, Joshua, Tyler, James, NICKNAME_OWN_NAMES, EXACT",
        "Tyler-James, Joshua, Tyler-James, James, EXACT, EXACT",
      })
  void aNameIsNotCountedTwice(
      String given1,
      @Nullable String middle1,
      String given2,
      @Nullable String middle2,
      String given,
      String middle) {
    RecordTable t =
        table(person(given1, middle1, "Smith", null), person(given2, middle2, "Smith", null));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(given);
    assertThat(level(Comparison.MIDDLE_NAME, t)).isEqualTo(middle);
  }

  @ParameterizedTest
  @CsvSource({
    "Sybella, Shepherd, Shepherd, Sybella, NAMES_SWAPPED, NAMES_SWAPPED",
    "Sybella, Shepherd, Shepard, Sybela, NAMES_SWAPPED, NAMES_SWAPPED",
    "Sybella, Shepherd, Shepherd, Amy, DIFFERENT, DIFFERENT",
    // a given name of two words, joined in the family name's place
    "Ava-Grace, Johnson, Johnson, Ava-Grace, NAMES_SWAPPED, NAMES_SWAPPED",
    // one slip in a reversed name
    "Elsie, Penerwell, Penerwell, Elsqe, NAMES_SWAPPED, NAMES_SWAPPED",
    // twins' names (two common first names) do not become one by a reversal
    "Jack, Hall, Hall, Jake, DIFFERENT, DIFFERENT",
    // a twin reversed: the family name crosses, the given names (both first names) differ
    "Amy, Smith, Smith, Beth, DIFFERENT, DIFFERENT",
    // a family name in the given name's place that sounds like the other's given name is not
    // enough for one name crossing ("Sai" and "Zoya" sound alike)
    "Sai, Calerlock, Hoolelfield, Zoya, DIFFERENT, DIFFERENT",
  })
  void givenAndFamilyNamesTheWrongWayRound(
      String given1, String family1, String given2, String family2, String given, String family) {
    RecordTable t = table(person(given1, null, family1, null), person(given2, null, family2, null));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(given);
    assertThat(level(Comparison.FAMILY_NAME, t)).isEqualTo(family);
  }

  /**
   * Reversed with a changed surname: the given name is in the family name's place, and the name in
   * the given name's place is no first name but some record's family name (the child's earlier
   * surname): the same given name, a different surname. A first name mistyped in the given name's
   * place ("Belssing", a twin's "Blessing") is no family name anywhere: twins, one reversed.
   */
  @Test
  void halfAReversalNeedsAFamilyNameInTheGivenNamesPlace() {
    RecordTable changed =
        table(
            person("Samuel", null, "Pringdale", null),
            person("Newsbycroft", null, "Samuel", null),
            person("Samuel", null, "Newsbycroft", null));
    assertThat(level(Comparison.GIVEN_NAME, new Comparer(changed).pattern(0, 1)))
        .isEqualTo("EXACT");
    assertThat(level(Comparison.GIVEN_NAME, new Comparer(changed).pattern(1, 0)))
        .isEqualTo("EXACT");
    assertThat(level(Comparison.FAMILY_NAME, new Comparer(changed).pattern(0, 1)))
        .isEqualTo("DIFFERENT");

    RecordTable alone =
        table(
            person("Samuel", null, "Pringdale", null), person("Newsbycroft", null, "Samuel", null));
    assertThat(level(Comparison.GIVEN_NAME, alone)).isEqualTo("DIFFERENT");

    RecordTable twins =
        table(
            person("Belssing", "Laila", "Morris", null),
            person("Morris", null, "Georgia", null),
            person("Georgia", null, "Morris", null));
    assertThat(level(Comparison.GIVEN_NAME, twins)).isEqualTo("DIFFERENT");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // names the wrong way round count with the same date of birth (or day and month
        // swapped); with a date missing or a slip, only with a home or an identifier in common
        // (below): at a million records namesakes one of whom was reversed made thousands of wrong
        // links
        "Sybella, Shepherd, Shepherd, Sybella, 2012-04-03, NAMES_SWAPPED",
        "Sybella, Shepherd, Shepherd, Sybella, -, DIFFERENT",
        "Sybella, Shepherd, Shepherd, Sybella, 2013-03-04, DIFFERENT",
        "Sybella, Shepherd, Shepherd, Sybella, 2009-07-01, DIFFERENT",
        "Thomas, Lewis, Lewis, Thomas, -, DIFFERENT",
        "Thomas, Lewis, Lewis, Thomas, 2012-03-04, NAMES_SWAPPED",
        // a nickname either way round
        "Robert, Kenley, Kenley, Bob, 2012-03-04, NAMES_SWAPPED",
      })
  void namesTheWrongWayRoundOnlyWithTheSameDateOfBirth(
      String given1,
      String family1,
      String given2,
      String family2,
      @Nullable LocalDate born2,
      String level) {
    RecordTable t =
        table(
            person(given1, null, family1, null),
            new LinkRecord(given2, null, family2, List.of(), born2, "F", null, null, null));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // a date missing or a slip apart: the same full postcode, address or identifier places
        // the two as one child
        "-, ST16 2LH, ST16 2LH, -, -, -, NAMES_SWAPPED",
        "2013-03-04, ST16 2LH, ST16 2LH, -, -, -, NAMES_SWAPPED",
        "2012-09-30, ST16 2LH, ST16 2LH, -, -, -, NAMES_SWAPPED",
        "-, -, -, 12 Mill Road, 12 Mill Rd, -, NAMES_SWAPPED",
        "-, -, -, -, -, 9434765919, NAMES_SWAPPED",
        // nothing in common, or only the district, or a date years apart: two different names
        "-, -, -, -, -, -, DIFFERENT",
        "-, ST16 2LH, ST16 9AB, -, -, -, DIFFERENT",
        "-, -, -, 12 Mill Road, 14 Mill Road, -, DIFFERENT",
        "2009-07-01, ST16 2LH, ST16 2LH, -, -, -, DIFFERENT",
        "1984-03-04, ST16 2LH, ST16 2LH, -, -, -, DIFFERENT",
      })
  void namesTheWrongWayRoundWithADateMissingOrASlipNeedAHomeOrAnIdentifierInCommon(
      @Nullable LocalDate born2,
      @Nullable String postcode1,
      @Nullable String postcode2,
      @Nullable String address1,
      @Nullable String address2,
      @Nullable String nhs,
      String level) {
    RecordTable t =
        table(
            new LinkRecord(
                "Sybella",
                null,
                "Shepherd",
                List.of(),
                LocalDate.of(2012, 3, 4),
                "F",
                postcode1,
                nhs,
                null,
                address1,
                null,
                null,
                List.of()),
            new LinkRecord(
                "Shepherd",
                null,
                "Sybella",
                List.of(),
                born2,
                "F",
                postcode2,
                nhs,
                null,
                address2,
                null,
                null,
                List.of()));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(level);
    assertThat(level(Comparison.FAMILY_NAME, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "12 Mill Road; Stafford; -; 12 Mill Rd.; Stafford; -; EXACT",
        "12 Mill Road; -; -; 12 mill road; Stafford; -; EXACT",
        "12 Mill Road; Stafford; -; 12 Mill Road; Stone; -; DIFFERENT",
        "12 Mill Road; -; -; 12 Mil Road; -; -; SIMILAR",
        "12 Mill Road; -; -; 14 Mill Road; -; -; DIFFERENT",
        "Flat 2, 12 Mill Road; -; 100031234567; 12 Mill Road; -; 100031234567; UPRN",
        "12 Mill Road; -; 100031234567; 12 Mill Road; -; 100031234568; DIFFERENT",
        "-; Stafford; -; 12 Mill Road; Stafford; -; NULL",
      })
  void addressLevels(
      @Nullable String lines1,
      @Nullable String town1,
      @Nullable String uprn1,
      @Nullable String lines2,
      @Nullable String town2,
      @Nullable String uprn2,
      String level) {
    RecordTable t =
        table(address(lines1, town1, uprn1, List.of()), address(lines2, town2, uprn2, List.of()));
    assertThat(level(Comparison.ADDRESS, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        // a move: a new address at a new postcode is counted once, by the address
        "12 Mill Road; ST16 2LH; 4 Oak Lane; SK1 2AB; DIFFERENT; NULL",
        "12 Mill Road; ST16 2LH; 12 Mill Rd; ST16 2LH; EXACT; NULL",
        // with an address on one record only, the postcode says where
        "12 Mill Road; ST16 2LH; -; ST16 2LA; NULL; SECTOR",
      })
  void aMoveIsCountedOnce(
      String lines1,
      String postcode1,
      @Nullable String lines2,
      String postcode2,
      String address,
      String postcode) {
    RecordTable t =
        table(
            new LinkRecord(
                "Amy", null, "Smith", List.of(), null, "F", postcode1, null, null, lines1, null,
                null, List.of()),
            new LinkRecord(
                "Amy", null, "Smith", List.of(), null, "F", postcode2, null, null, lines2, null,
                null, List.of()));
    assertThat(level(Comparison.ADDRESS, t)).isEqualTo(address);
    assertThat(level(Comparison.POSTCODE, t)).isEqualTo(postcode);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "police:MP-12345, police:mp12345, EXACT",
        "police:MP-12345, police:MP-12354, SIMILAR",
        "police:MP-12345, police:MP-1234, SIMILAR",
        "police:MP-12345, police:MP-99999, DIFFERENT",
        "police:MP-12345, council:MP-12345, NULL",
        "police:MP-12345;council:C-1, council:C-1;police:MP-99999, EXACT",
        "-, police:MP-12345, NULL",
      })
  void otherIdentifierLevels(@Nullable String ids1, String ids2, String level) {
    RecordTable t =
        table(
            address(null, null, null, OtherId.parse(ids1)),
            address(null, null, null, OtherId.parse(ids2)));
    assertThat(level(Comparison.OTHER_ID, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // two records of one system, each listing its own number: a duplicate has one too
        "lcs:1074781, 1074781, lcs:1185407, 1185407, NULL",
        "police:WQP6469090, WQP6469090, police:WQP6469091, WQP-6469091, NULL",
        // a reference to another system's record is a claim about the child: it may disagree
        "lcs:1279024;police:WQP6365670, 1279024, police:WQP1111111, WQP1111111, DIFFERENT",
        "lcs:1279024;police:WQP6365670, 1279024, police:WQP6365670, WQP6365670, EXACT",
        // without its own number (an import without one), a reference is compared as before
        "lcs:1074781, -, lcs:1185407, 1185407, DIFFERENT",
      })
  void aRecordsOwnNumberIsNotEvidence(
      String ids1, @Nullable String key1, String ids2, String key2, String level) {
    RecordTable t = new RecordTable(VARIANTS, 2);
    t.add(address(null, null, null, OtherId.parse(ids1)), key1);
    t.add(address(null, null, null, OtherId.parse(ids2)), key2);
    t.resolve();
    assertThat(level(Comparison.OTHER_ID, t)).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        // police write the name a child is known by in quotes after the given name: not a middle
        "GEORGINA \"GEORGIE\"; GRACE; Georgina; Grace; EXACT; EXACT",
        "Maryam \u201CMillie\u201D; -; Millie; -; NICKNAME; NULL",
        "Ioana (Anna); Maria; Anna; Maria; NICKNAME; EXACT",
        "Millie; -; Maryam \"Millie\"; -; NICKNAME; NULL",
        "Maryam \"Millie\"; -; Sumaya; -; DIFFERENT; NULL",
      })
  void aNameInQuotesIsWhatTheChildIsKnownBy(
      String given1,
      @Nullable String middle1,
      String given2,
      @Nullable String middle2,
      String given,
      String middle) {
    RecordTable t =
        table(
            person(given1, middle1, "Riaz", "WQ12 2DU"),
            person(given2, middle2, "Riaz", "WQ12 2DU"));
    assertThat(level(Comparison.GIVEN_NAME, t)).isEqualTo(given);
    assertThat(level(Comparison.MIDDLE_NAME, t)).isEqualTo(middle);
  }

  static LinkRecord address(
      @Nullable String lines, @Nullable String town, @Nullable String uprn, List<OtherId> ids) {
    return new LinkRecord(
        "Amy",
        null,
        "Smith",
        List.of(),
        LocalDate.of(2012, 3, 4),
        "F",
        null,
        null,
        null,
        lines,
        town,
        uprn,
        ids);
  }

  static String level(Comparison c, RecordTable t) {
    return c.levels().get(c.levelOf(new Comparer(t).pattern(0, 1)));
  }

  static RecordTable table(LinkRecord... records) {
    return RecordTable.of(VARIANTS, List.of(records));
  }

  static LinkRecord person(
      @Nullable String given,
      @Nullable String middle,
      @Nullable String family,
      @Nullable String postcode) {
    return new LinkRecord(
        given, middle, family, List.of(), LocalDate.of(2012, 3, 4), "F", postcode, null, null);
  }
}
