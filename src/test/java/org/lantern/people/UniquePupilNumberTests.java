package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "B801200005001",
        // 207000016049 weighs 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266, and 266 mod 23 = 13 = P.
        // (School-software help pages give Q207000016049 for this, having added up to 267.)
        "P207000016049",
        // temporary UPNs: 11 digits and a letter, which counts as its position in the alphabet
        "M20700001604A",
        "Z20700001604R",
        "Y20700001604Z"
      })
  void acceptsNumbersWithTheRightCheckLetter(String upn) {
    assertThat(UniquePupilNumber.isValid(upn)).isTrue();
    assertThat(new UniquePupilNumber(upn).value()).isEqualTo(upn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"b801200005001", " B801 2000 05001 ", "m20700001604a"})
  void acceptsLowerCaseAndSpacesAndStoresTheStandardForm(String typed) {
    assertThat(UniquePupilNumber.isValid(typed)).isTrue();
    assertThat(UniquePupilNumber.parse(typed).value())
        .isEqualTo(typed.replace(" ", "").toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A801200005001", // wrong check letter
        "Q207000016049", // the help pages' arithmetic slip: P is right
        "C801200005001",
        "B801200005002", // a digit changed
        "B80120000500", // too short
        "B8012000050011", // too long
        "8801200005001", // no check letter
        "B80120000A001", // a letter in the middle
        "I801200005001", // I is never a check letter
        ""
      })
  void refusesNumbersThatDoNotCheck(String typed) {
    assertThat(UniquePupilNumber.isValid(typed)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> UniquePupilNumber.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "S"})
  void refusesATemporaryUpnEndingInIOOrS(String last) {
    // I, O and S have no value, so Y (what the sum gives if they counted as -1) must not pass
    assertThat(UniquePupilNumber.isValid("Y20700001604" + last)).isFalse();
    for (char check : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
      assertThat(UniquePupilNumber.isValid(check + "20700001604" + last)).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({
    // weighted sums 0, 7, 8 (J, as I is skipped), 13 (P, as O is skipped), 16 (T, as S is skipped)
    "000000000000, A",
    "000001000000, H",
    "400000000000, J",
    "000000000001, P",
    "800000000000, T",
    "801200005001, B",
    "207000016049, P"
  })
  void theCheckLetterSkipsIOAndS(String twelve, char letter) {
    assertThat(UniquePupilNumber.checkLetter(twelve)).isEqualTo(letter);
  }
}
