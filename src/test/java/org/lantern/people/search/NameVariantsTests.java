package org.lantern.people.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameVariantsTests {

  static final NameVariants VARIANTS = new NameVariants();

  @ParameterizedTest
  @CsvSource({
    "bobby, robert",
    "robert, bobby",
    "bob, robert",
    "alfie, alfred",
    "alfred, alfie",
    "millie, amelia",
    "amelia, millie",
    "muhammad, mohammed",
    "muhammad, mohamed",
    "mohammed, mohammad",
    "mohamed, muhammad",
    "mohammad, mohamed"
  })
  void findsNicknamesAndSpellingsBothWays(String typed, String recorded) {
    assertThat(VARIANTS.of(typed)).contains(recorded);
    assertThat(VARIANTS.areVariants(typed, recorded)).isTrue();
  }

  @Test
  void excludedPairsAreNotUsed() {
    // nicknames.csv says Robert has the nickname Bill (and, the other way round, Bill has the
    // nickname Robert); Lantern excludes the pair, so Robert leads to neither Bill nor William
    assertThat(VARIANTS.of("robert")).doesNotContain("bill", "billy", "rupert", "william", "fred");
    assertThat(VARIANTS.of("bill")).doesNotContain("robert");
    assertThat(VARIANTS.areVariants("bill", "robert")).isFalse();
    // the rest of Robert's nicknames stay
    assertThat(VARIANTS.of("robert")).contains("bob", "rob", "bobby");
  }

  @Test
  void aNameIsNotItsOwnVariantButIsTheSameName() {
    assertThat(VARIANTS.of("robert")).doesNotContain("robert");
    assertThat(VARIANTS.areVariants("robert", "robert")).isTrue();
  }

  @Test
  void unrelatedAndUnknownNamesAreNotVariants() {
    assertThat(VARIANTS.areVariants("amelia", "robert")).isFalse();
    assertThat(VARIANTS.of("zzyzx")).isEmpty();
  }

  @Test
  void aNameHasAtMostTwentyFourVariants() {
    // Lena is short for dozens of names in the list
    assertThat(VARIANTS.of("lena")).hasSize(24);
  }
}
