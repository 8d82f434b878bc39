package org.lantern.people.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zoë O'Brien-Smith | zoe obrien smith",
        "ZOË               | zoe",
        "José Núñez        | jose nunez",
        "Chloé  Åsa        | chloe asa",
        "D'Angelo          | dangelo",
        "O\u2019Neill      | oneill", // typographic apostrophe, as phones type it
        "O`Neill           | oneill",
        "Smith-Jones       | smith jones",
        "Mary-Jane Smith   | mary jane smith",
        "'  amy   lee  '   | amy lee",
        "Amy, Lee.         | amy lee"
      })
  void tokensAreLowerCaseWithoutAccentsOrApostrophes(String typed, String tokens) {
    assertThat(Names.tokens(typed)).containsExactly(tokens.split(" "));
  }

  @Test
  void nothingTypedGivesNoTokens() {
    assertThat(Names.tokens(null)).isEmpty();
    assertThat(Names.tokens("")).isEmpty();
    assertThat(Names.tokens(" - ' ")).isEmpty();
  }

  @Test
  void aDoubleBarrelledFamilyNameAlsoMatchesJoinedUp() {
    assertThat(Names.familyTokens("Smith-Jones")).containsExactly("smith", "jones", "smithjones");
    assertThat(Names.familyTokens("O'Brien")).containsExactly("obrien");
    assertThat(Names.familyTokens(null)).isEmpty();
  }

  @Test
  void soundAlikesShareACode() {
    for (List<String> same :
        List.of(
            List.of("smith", "smyth"),
            List.of("jessica", "jessika"),
            List.of("catherine", "kathryn"),
            List.of("stephen", "steven"))) {
      assertThat(Names.phonetic(same.get(0)))
          .as("%s sounds like %s", same.get(0), same.get(1))
          .containsAnyElementsOf(Names.phonetic(same.get(1)));
    }
    assertThat(Names.phonetic("smith")).doesNotContainAnyElementsOf(Names.phonetic("jones"));
  }
}
