package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765919", // the NHS's own example
        // 999-range test numbers, check digits worked out by hand (weights 10 down to 2)
        "9992495235",
        "9995706652",
        "9991367586",
        "9993879266",
        "9999604374",
        "9999999999",
        // 11 - (sum mod 11) = 11 means a check digit of 0
        "9990687110",
        "9999028470"
      })
  void acceptsNumbersWhoseLastDigitIsTheModulus11CheckDigit(String number) {
    assertThat(NhsNumber.isValid(number)).isTrue();
    assertThat(new NhsNumber(number).value()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"943 476 5919", "943-476-5919", " 943 476 5919 ", "943\t476\t5919"})
  void ignoresTheSpacesAndHyphensPeopleType(String typed) {
    assertThat(NhsNumber.isValid(typed)).isTrue();
    assertThat(NhsNumber.parse(typed).value()).isEqualTo("9434765919");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
  void nineDigitsWhoseCheckDigitWouldBe10AreNeverValid(String last) {
    // 999621429: 11 - (sum mod 11) = 10, so no tenth digit can make it valid
    assertThat(NhsNumber.checkDigit("999621429")).isEqualTo(-1);
    assertThat(NhsNumber.isValid("999621429" + last)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765918", // wrong check digit
        "9434765910",
        "8434765919", // one digit mistyped
        "9434765991", // two digits swapped
        "943476591", // 9 digits
        "94347659190", // 11 digits
        "943476591A", // letters
        "A434765919",
        "943.476.5919", // other punctuation
        "",
        "   "
      })
  void refusesAnythingElse(String typed) {
    assertThat(NhsNumber.isValid(typed)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.parse(typed));
  }

  @Test
  void theConstructorChecksTheCheckDigitToo() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NhsNumber("9434765918"));
  }

  @Test
  void isWrittenThreeThreeFour() {
    assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
    assertThat(new NhsNumber("9434765919")).hasToString("9434765919");
  }
}
