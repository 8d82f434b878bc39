package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTests {

  @Test
  void aMatchOnARareFamilyNameCountsForMoreThanOnACommonOne() {
    List<LinkRecord> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      people.add(person("Amy", "Smith", LocalDate.of(2011, 1, 1).plusDays(i), null));
    }
    people.add(person("Jo", "Quennell", LocalDate.of(2012, 5, 5), null));
    people.add(person("Jo", "Quennell", LocalDate.of(2012, 5, 5), null));
    people.add(person("Jo", "Smith", LocalDate.of(2012, 6, 6), null));
    people.add(person("Jo", "Smith", LocalDate.of(2012, 6, 6), null));
    RecordTable table = ComparerTests.table(people.toArray(LinkRecord[]::new));
    Scorer scorer = new Scorer(table, EstimationTests.knownModel());

    float rare = scorer.weight(200, 201);
    float common = scorer.weight(202, 203);

    assertThat(rare).isGreaterThan(common);
    Explanation why = scorer.explain(200, 201);
    assertThat(why.parts().get(Comparison.FAMILY_NAME.ordinal()).termFrequency()).isPositive();
    assertThat(scorer.explain(202, 203).parts().get(1).termFrequency()).isNegative();
  }

  @Test
  void theExplanationAddsUpToTheWeight() {
    RecordTable table =
        ComparerTests.table(
            person("Bobby", "Jones", LocalDate.of(2012, 3, 4), null),
            person("Robert", "Jones", LocalDate.of(2012, 4, 3), null));
    Scorer scorer = new Scorer(table, EstimationTests.knownModel());

    Explanation why = scorer.explain(0, 1);

    double sum = why.prior() + why.parts().stream().mapToDouble(Explanation.Part::total).sum();
    assertThat(why.total()).isCloseTo(sum, within(0.001));
    assertThat(why.total()).isCloseTo(scorer.weight(0, 1), within(0.001));
    assertThat(why.parts().get(0).level()).isEqualTo("NICKNAME");
    assertThat(why.parts().get(Comparison.DATE_OF_BIRTH.ordinal()).level()).isEqualTo("TRANSPOSED");
    assertThat(why.parts().get(Comparison.POSTCODE.ordinal()).weight()).isZero();
    assertThat(why.certain()).isFalse();
  }

  @Test
  void theSameValidNhsNumberLinksWhateverElseDisagrees() {
    RecordTable table =
        ComparerTests.table(
            person("Amy", "Jones", LocalDate.of(2012, 3, 4), "9434765919"),
            person("Zara", "Patel", LocalDate.of(2009, 1, 1), "9434765919"));
    Scorer scorer = new Scorer(table, EstimationTests.knownModel());

    assertThat(scorer.weight(0, 1)).isEqualTo(MatchModel.CERTAIN);
    assertThat(scorer.explain(0, 1).certain()).isTrue();
    assertThat(scorer.explain(0, 1).probability()).isEqualTo(1.0);
  }

  @Test
  void aPairWithGivenAndFamilyNamesSwappedLinks() {
    RecordTable table =
        ComparerTests.table(
            person("Sybella", "Shepherd", LocalDate.of(2012, 3, 4), null),
            person("Shepherd", "Sybella", LocalDate.of(2012, 3, 4), null));
    Scorer scorer = new Scorer(table, MatchModel.standard(10_000));

    Explanation why = scorer.explain(0, 1);

    assertThat(why.parts().get(Comparison.GIVEN_NAME.ordinal()).level()).isEqualTo("NAMES_SWAPPED");
    assertThat(why.parts().get(Comparison.FAMILY_NAME.ordinal()).level())
        .isEqualTo("NAMES_SWAPPED");
    assertThat(scorer.weight(0, 1)).isGreaterThan(LinkageThresholds.defaults().link());
    assertThat(scorer.mayLinkAutomatically(0, 1)).isTrue();
  }

  static LinkRecord person(String given, String family, LocalDate born, String nhs) {
    return new LinkRecord(given, null, family, List.of(), born, "F", null, nhs, null);
  }
}
