package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lantern.people.search.NameVariants;

class QueryRankingTests {

  private static final NameVariants VARIANTS = new NameVariants();
  private static final QueryRanking RANKING =
      new QueryRanking(VARIANTS, MatchModel.standard(10_000));

  @Test
  void namesTheWrongWayRoundWeighTheSameAsTheRightWay() {
    List<List<LinkRecord>> one = List.of(List.of(child("Robert", "Kowalski", null)));

    float right = RANKING.rank(query("Robert Kowalski", null, null), one).getFirst().weight();
    float wrong = RANKING.rank(query("Kowalski Robert", null, null), one).getFirst().weight();

    assertThat(wrong).isEqualTo(right);
  }

  @Test
  void aYearOfBirthCountsForTheChildBornThatYearAndAgainstTheOthers() {
    LinkRecord born2011 = child("Amy", "Carter", LocalDate.of(2011, 3, 5));
    LinkRecord born2013 = child("Amy", "Carter", LocalDate.of(2013, 3, 5));
    LinkRecord noDate = child("Amy", "Carter", null);

    List<QueryRanking.Ranked> ranked =
        RANKING.rank(
            query("Amy Carter", 2011, null),
            List.of(List.of(born2013), List.of(noDate), List.of(born2011)));

    assertThat(ranked).extracting(QueryRanking.Ranked::candidate).containsExactly(2, 1, 0);
    assertThat(ranked.getFirst().explanation().parts().get(Comparison.DATE_OF_BIRTH.ordinal()))
        .satisfies(
            p -> {
              assertThat(p.level()).isEqualTo(QueryRanking.SAME_YEAR);
              assertThat(p.weight()).isPositive();
            });
  }

  @Test
  void aMonthAndYearCountsMoreThanTheYearAlone() {
    LinkRecord march = child("Amy", "Carter", LocalDate.of(2011, 3, 5));
    LinkRecord july = child("Amy", "Carter", LocalDate.of(2011, 7, 5));

    List<QueryRanking.Ranked> ranked =
        RANKING.rank(query("Amy Carter", 2011, 3), List.of(List.of(july), List.of(march)));

    assertThat(ranked).extracting(QueryRanking.Ranked::candidate).containsExactly(1, 0);
    float yearOnly =
        RANKING.rank(query("Amy Carter", 2011, null), List.of(List.of(march))).getFirst().weight();
    assertThat(ranked.getFirst().weight()).isGreaterThan(yearOnly);
  }

  @Test
  void aKnownAsNameIsWeighedAsTheGivenName() {
    List<List<LinkRecord>> candidates =
        List.of(
            List.of(child("Zebedee", "Okafor", null)),
            List.of(child("Maximilian", "Okafor", null), child("Zed", "Okafor", null)));

    assertThat(RANKING.rank(query("Zed Okafor", null, null), candidates).getFirst().candidate())
        .isEqualTo(1);
  }

  @Test
  void sexAndPostcodeWhenGivenAreComparedAtTheEnginesLevels() {
    LinkRecord known =
        new LinkRecord("Amy", null, "Carter", List.of(), null, "F", "ST16 2LH", null, null);
    LinkRecord moved =
        new LinkRecord("Amy", null, "Carter", List.of(), null, "M", "ST17 4AB", null, null);
    QueryRanking.Query listed =
        new QueryRanking.Query("Amy Carter", null, null, null, "F", "ST16 2LH", null, null);

    List<QueryRanking.Ranked> ranked =
        RANKING.rank(listed, List.of(List.of(moved), List.of(known)));

    assertThat(ranked).extracting(QueryRanking.Ranked::candidate).containsExactly(1, 0);
    Explanation why = ranked.getFirst().explanation();
    assertThat(why.parts().get(Comparison.SEX.ordinal()).level()).isEqualTo("EXACT");
    assertThat(why.parts().get(Comparison.POSTCODE.ordinal()).level()).isEqualTo("EXACT");
    float nameOnly =
        RANKING.rank(query("Amy Carter", null, null), List.of(List.of(known))).getFirst().weight();
    assertThat(ranked.getFirst().weight()).isGreaterThan(nameOnly);
    assertThat(ranked.getLast().explanation().parts().get(Comparison.SEX.ordinal()).level())
        .isEqualTo("DIFFERENT");
  }

  private static QueryRanking.Query query(
      String name, @Nullable Integer year, @Nullable Integer month) {
    return new QueryRanking.Query(name, null, year, month, null, null);
  }

  private static LinkRecord child(String given, String family, @Nullable LocalDate born) {
    return new LinkRecord(given, null, family, List.of(), born, null, null, null, null);
  }
}
