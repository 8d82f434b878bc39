package org.lantern.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.Explanation;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.LinkageThresholds;
import org.lantern.people.linkage.MatchModel;
import org.lantern.people.linkage.QueryRanking;
import org.lantern.people.search.ChildIndex;
import org.lantern.people.search.NameVariants;
import org.springframework.stereotype.Component;

/**
 * Orders a search's candidates by the linkage engine's match weight of the query against each, with
 * the model partnerships too small to estimate their own use ({@link MatchModel#standard}) and the
 * prior for the number of children searched. The weight is put in words at the linking thresholds:
 * strong where the engine would link two records, possible where it would ask a person.
 */
@Component
class ChildRanking {

  /** A candidate's place after ranking. */
  record Ranked(
      UUID childId,
      double weight,
      MatchStrength strength,
      List<String> agreeing,
      Explanation explanation) {}

  /** The fields named in a match's words, in this order. */
  private static final List<Comparison> NAMED =
      List.of(
          Comparison.GIVEN_NAME,
          Comparison.MIDDLE_NAME,
          Comparison.FAMILY_NAME,
          Comparison.DATE_OF_BIRTH,
          Comparison.NHS_NUMBER,
          Comparison.PUPIL_NUMBER);

  private final NameVariants variants;
  private final LinkageThresholds thresholds = LinkageThresholds.defaults();

  ChildRanking(NameVariants variants) {
    this.variants = variants;
  }

  /** The model for the last number of children searched: building one takes milliseconds. */
  private record Standard(int children, MatchModel model) {}

  private volatile @Nullable Standard standard;

  private MatchModel model(int children) {
    Standard known = standard;
    if (known == null || known.children() != children) {
      known = new Standard(children, MatchModel.standard(children));
      standard = known;
    }
    return known.model();
  }

  /**
   * A child as the ranking reads them: what the search index holds, and the sex and postcode when
   * the caller has them (a list row can be weighed on them; the search index does not hold them).
   */
  record Known(
      UUID childId,
      String givenName,
      @Nullable String middleNames,
      String familyName,
      @Nullable String knownAs,
      @Nullable LocalDate dateOfBirth,
      @Nullable Sex sex,
      @Nullable String postcode,
      @Nullable String nhsNumber,
      @Nullable String upn) {

    static Known of(ChildIndex.Scored c) {
      return new Known(
          c.childId(),
          c.givenName(),
          c.middleNames(),
          c.familyName(),
          c.knownAs(),
          c.dateOfBirth(),
          null,
          null,
          c.nhsNumber(),
          c.upn());
    }

    static Known of(ChildSummary c) {
      return new Known(
          c.id(),
          c.givenName(),
          c.middleNames(),
          c.familyName(),
          c.knownAs(),
          c.dateOfBirth(),
          c.sex(),
          c.postcode(),
          c.nhsNumber(),
          c.upn());
    }
  }

  /** A search's candidates, heaviest first. */
  List<Ranked> rank(ChildQuery query, List<ChildIndex.Scored> candidates, int childrenSearched) {
    return rank(query, null, null, candidates.stream().map(Known::of).toList(), childrenSearched);
  }

  /**
   * Candidates weighed against a query that may also give the child's sex and postcode (a list
   * row), heaviest first. Without sex and postcode a query weighs exactly as the search weighs it.
   */
  List<Ranked> rank(
      ChildQuery query,
      @Nullable Sex sex,
      @Nullable Postcode postcode,
      List<Known> candidates,
      int childrenSearched) {
    QueryRanking engine = new QueryRanking(variants, model(childrenSearched));
    List<List<LinkRecord>> records = new ArrayList<>(candidates.size());
    for (Known c : candidates) {
      List<LinkRecord> forms = new ArrayList<>(2);
      forms.add(record(c, c.givenName()));
      if (c.knownAs() != null) {
        forms.add(record(c, c.knownAs()));
      }
      records.add(forms);
    }
    QueryRanking.Query wanted =
        new QueryRanking.Query(
            query.name(),
            query.dateOfBirth(),
            query.birthYear(),
            query.birthMonth(),
            sex == null ? null : code(sex),
            postcode == null ? null : postcode.value(),
            query.nhsNumber() == null ? null : query.nhsNumber().value(),
            query.upn() == null ? null : query.upn().value());
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (QueryRanking.Ranked r : engine.rank(wanted, records)) {
      ranked.add(
          new Ranked(
              candidates.get(r.candidate()).childId(),
              r.weight(),
              strength(r.explanation()),
              agreeing(r.explanation()),
              r.explanation()));
    }
    return ranked;
  }

  /**
   * Strong only where the engine would link two records without asking: at the link threshold and
   * not held back by the twins rule (given names entirely different).
   */
  private MatchStrength strength(Explanation e) {
    if (e.certain() || e.total() >= thresholds.link() && !e.needsReview()) {
      return MatchStrength.STRONG;
    }
    return e.total() >= thresholds.review() ? MatchStrength.POSSIBLE : MatchStrength.WEAK;
  }

  /** The fields that count for the match: those weighing in its favour. */
  private static List<String> agreeing(Explanation e) {
    List<String> agreeing = new ArrayList<>();
    for (Comparison c : NAMED) {
      Explanation.Part part = e.parts().get(c.ordinal());
      if (part.total() > 0) {
        agreeing.add(c.name());
      }
    }
    return agreeing;
  }

  private static LinkRecord record(Known c, String given) {
    return new LinkRecord(
        given,
        c.middleNames(),
        c.familyName(),
        List.of(),
        c.dateOfBirth(),
        c.sex() == null ? null : code(c.sex()),
        c.postcode(),
        c.nhsNumber(),
        c.upn());
  }

  /** Sex as the engine's records say it: "F", "M", or nothing when not known. */
  private static @Nullable String code(Sex sex) {
    return switch (sex) {
      case FEMALE -> "F";
      case MALE -> "M";
      case NOT_KNOWN -> null;
    };
  }
}
