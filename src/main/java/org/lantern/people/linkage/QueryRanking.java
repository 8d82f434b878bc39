package org.lantern.people.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.people.search.NameVariants;
import org.lantern.people.search.Names;

/**
 * Ranks the candidates of a search by the engine's own match weight of what was typed against each
 * one: the same comparison levels, m and u as linking two records. What someone types is less tidy
 * than a record, so the query is read every way it can be (words as given then family name, or
 * family name first; one word as either) and each candidate by each of its names (a known-as name
 * as a given name); a candidate's weight is its best reading.
 *
 * <p>A partial date of birth (a year, or a month and year) fits several of the date's levels at
 * once: it weighs log2 of their summed m over their summed u (see {@link MatchModel#weightOfAny}).
 * No term-frequency adjustment: a query and its candidates are not a population.
 */
public final class QueryRanking {

  /** At most this many words of a name are read (more only multiply the readings). */
  static final int MAX_WORDS = 5;

  private static final int R_BIRTH = Comparison.DATE_OF_BIRTH.radix();

  /** A partial date's levels, as named in explanations. */
  public static final String SAME_MONTH = "SAME_MONTH";

  public static final String SAME_YEAR = "SAME_YEAR";

  /**
   * What was typed.
   *
   * @param birthYear a year of birth, when no full date was given
   * @param birthMonth its month (1–12), when known
   * @param sex "F", "M" or null, as in {@link LinkRecord} (a list may say it; a search does not)
   * @param postcode in standard form, or null
   */
  public record Query(
      @Nullable String name,
      @Nullable LocalDate dateOfBirth,
      @Nullable Integer birthYear,
      @Nullable Integer birthMonth,
      @Nullable String sex,
      @Nullable String postcode,
      @Nullable String nhsNumber,
      @Nullable String upn) {

    /** What a search form can say: no sex or postcode. */
    public Query(
        @Nullable String name,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer birthYear,
        @Nullable Integer birthMonth,
        @Nullable String nhsNumber,
        @Nullable String upn) {
      this(name, dateOfBirth, birthYear, birthMonth, null, null, nhsNumber, upn);
    }
  }

  /** A candidate's place in the list given, its weight and why. */
  public record Ranked(int candidate, float weight, Explanation explanation) {}

  private final NameVariants variants;
  private final MatchModel model;

  public QueryRanking(NameVariants variants, MatchModel model) {
    this.variants = variants;
    this.model = model;
  }

  /**
   * Every candidate weighed, heaviest first (ties keep the order given). Each candidate is one or
   * more records of the same child (for instance under a known-as name).
   */
  public List<Ranked> rank(Query query, List<List<LinkRecord>> candidates) {
    List<LinkRecord> readings = readings(query);
    RecordTable table = new RecordTable(variants, readings.size() + candidates.size() * 2);
    readings.forEach(table::add);
    int[][] rows = new int[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      rows[c] = candidates.get(c).stream().mapToInt(table::add).toArray();
    }
    table.resolve();
    Scorer scorer = new Scorer(table, model, false);
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (int c = 0; c < candidates.size(); c++) {
      Ranked best = null;
      for (int q = 0; q < readings.size(); q++) {
        for (int row : rows[c]) {
          Ranked r = weigh(scorer, query, q, row, c, candidates.get(c).getFirst().dateOfBirth());
          if (best == null || r.weight() > best.weight()) {
            best = r;
          }
        }
      }
      if (best != null) {
        ranked.add(best);
      }
    }
    ranked.sort(Comparator.comparingDouble(Ranked::weight).reversed());
    return ranked;
  }

  private Ranked weigh(
      Scorer scorer, Query query, int q, int row, int candidate, @Nullable LocalDate born) {
    int pattern = scorer.pattern(q, row);
    if (query.dateOfBirth() != null || query.birthYear() == null) {
      return new Ranked(candidate, scorer.weightOf(q, pattern), scorer.explainPattern(q, pattern));
    }
    int without = pattern - Comparison.DATE_OF_BIRTH.levelOf(pattern) * R_BIRTH;
    Explanation rest = scorer.explainPattern(q, without);
    if (born == null || rest.certain()) {
      return new Ranked(candidate, (float) rest.total(), rest);
    }
    Partial partial = partial(query.birthYear(), query.birthMonth(), born);
    double weight = model.weightOfAny(Comparison.DATE_OF_BIRTH, partial.levels);
    List<Explanation.Part> parts = new ArrayList<>(rest.parts());
    parts.set(
        Comparison.DATE_OF_BIRTH.ordinal(),
        new Explanation.Part(Comparison.DATE_OF_BIRTH, partial.name, weight, 0));
    float total = (float) (rest.total() + weight);
    return new Ranked(
        candidate,
        total,
        new Explanation(
            rest.prior(),
            parts,
            total,
            false,
            rest.looksLikeTwins() && !partial.name.equals("YEARS_APART"),
            false,
            partial.name.equals("YEARS_APART"),
            false,
            false));
  }

  /** The date-of-birth levels a partial date fits, and what to call the agreement. */
  private record Partial(String name, int... levels) {}

  private static final int EXACT = 1;
  private static final int TRANSPOSED = 2;
  private static final int ONE_PART = 3;
  private static final int WITHIN_YEAR = 4;
  private static final int DIFFERENT = 5;
  private static final int YEARS_APART = 6;

  private static Partial partial(int year, @Nullable Integer month, LocalDate born) {
    if (Math.abs(year - born.getYear()) > Similarity.YEARS_APART + 1) {
      return new Partial("YEARS_APART", YEARS_APART);
    }
    boolean sameYear = year == born.getYear();
    if (month == null) {
      return sameYear
          ? new Partial(SAME_YEAR, EXACT, TRANSPOSED, ONE_PART, WITHIN_YEAR)
          : new Partial("DIFFERENT", ONE_PART, WITHIN_YEAR, DIFFERENT);
    }
    boolean sameMonth = month == born.getMonthValue();
    if (sameYear && sameMonth) {
      return new Partial(SAME_MONTH, EXACT, ONE_PART);
    }
    if (sameYear) {
      return new Partial(SAME_YEAR, TRANSPOSED, ONE_PART, WITHIN_YEAR);
    }
    return sameMonth
        ? new Partial("DIFFERENT", ONE_PART, WITHIN_YEAR, DIFFERENT)
        : new Partial("DIFFERENT", WITHIN_YEAR, DIFFERENT);
  }

  /** The ways the typed name can be read, each as a record with the query's other details. */
  static List<LinkRecord> readings(Query query) {
    List<String> words = Names.tokens(query.name());
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    List<String[]> names = new ArrayList<>();
    if (words.isEmpty()) {
      names.add(new String[] {null, null, null});
    } else if (words.size() == 1) {
      names.add(new String[] {words.getFirst(), null, null});
      names.add(new String[] {null, null, words.getFirst()});
    } else {
      int n = words.size();
      for (int split = 1; split < n; split++) {
        names.add(
            new String[] {
              words.getFirst(), join(words.subList(1, split)), join(words.subList(split, n))
            });
      }
      // family name first ("Kowalski Robert"), as lists and forms often put it
      names.add(new String[] {words.get(1), join(words.subList(2, n)), words.getFirst()});
    }
    List<LinkRecord> readings = new ArrayList<>(names.size());
    for (String[] name : names) {
      readings.add(
          new LinkRecord(
              name[0],
              name[1],
              name[2],
              List.of(),
              query.dateOfBirth(),
              query.sex(),
              query.postcode(),
              query.nhsNumber(),
              query.upn()));
    }
    return readings;
  }

  private static @Nullable String join(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }
}
