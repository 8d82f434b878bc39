package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingsTests {

  @ParameterizedTest
  @CsvSource({
    "sophia, sofia",
    "rhys, reece",
    "reece, reese",
    "kai, kye",
    "isabelle, isabel",
    "layla, leila",
    "abbie, abbey",
    "lily-mai, lilly-may",
    "katherine, catherine",
    "hannah, hana",
    "jayden, jaiden",
    "riley, rylee",
    "casey, kacey",
    "katie, katy",
  })
  void oneNameSpeltTwoWaysIsSaidAlike(String a, String b) {
    assertThat(Spellings.spoken(a)).isEqualTo(Spellings.spoken(b));
  }

  @ParameterizedTest
  @CsvSource({
    "jack, jake",
    "ella, ellie",
    "mia, maya",
    "eva, ava",
    "tim, tom",
    "grace, gracie",
    "millie, mollie",
    "evie, eva",
    "casey, cassie",
    "miley, millie",
    "hari, harry",
    "macy, maisie",
  })
  void twoNamesThatRhymeOrShareConsonantsAreNot(String a, String b) {
    assertThat(Spellings.spoken(a)).isNotEqualTo(Spellings.spoken(b));
  }
}
