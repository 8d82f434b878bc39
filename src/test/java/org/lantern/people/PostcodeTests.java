package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // typed         | standard  | outward
        "ST16 2LH        | ST16 2LH  | ST16",
        "st162lh         | ST16 2LH  | ST16",
        "'  st16   2lh ' | ST16 2LH  | ST16",
        "M1 1AE          | M1 1AE    | M1",
        "m11ae           | M1 1AE    | M1",
        "B33 8TH         | B33 8TH   | B33",
        "CR2 6XH         | CR2 6XH   | CR2",
        "DN55 1PT        | DN55 1PT  | DN55",
        "W1A 0AX         | W1A 0AX   | W1A",
        "EC1A 1BB        | EC1A 1BB  | EC1A",
        "sw1a2aa         | SW1A 2AA  | SW1A"
      })
  void acceptsEachUkFormatAndKeepsTheStandardForm(String typed, String standard, String outward) {
    assertThat(Postcode.isValid(typed)).isTrue();
    Postcode postcode = Postcode.parse(typed);
    assertThat(postcode.value()).isEqualTo(standard);
    assertThat(postcode.outward()).isEqualTo(outward);
    assertThat(postcode).hasToString(standard);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "ST16", // outward part only
        "2LH",
        "ST16 2L", // inward part too short
        "ST16 2LHX",
        "STT16 2LH", // three area letters
        "ST16-2LH", // hyphen
        "ST16 LH2",
        "1T16 2LH",
        "ST 2LH"
      })
  void refusesWhatIsNotAPostcode(String typed) {
    assertThat(Postcode.isValid(typed)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Postcode.parse(typed));
  }

  @Test
  void theConstructorTakesOnlyUpperCase() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Postcode("st16 2lh"));
  }

  @Test
  void theOutwardPartOfAPostcodeWrittenWithoutItsSpace() {
    assertThat(new Postcode("ST162LH").outward()).isEqualTo("ST16");
    assertThat(new Postcode("M11AE").outward()).isEqualTo("M1");
  }
}
