package org.lantern.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.data.ChildRecords;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.Explanation;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.LinkageThresholds;
import org.lantern.people.linkage.MatchModel;
import org.lantern.people.linkage.RecordTable;
import org.lantern.people.linkage.Scorer;
import org.lantern.people.search.ChildIndex;
import org.lantern.people.search.NameVariants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weighs a description of a child from another agency's list (a name, perhaps a date of birth, sex
 * and postcode) against the partnership's children with the person index's engine: the search index
 * proposes candidates (tolerating typos, nicknames and swapped names, and a date with day and month
 * swapped), then the linkage model weighs each, field by field, as the person index weighs a pair.
 * Returns child ids and weights only: callers ask the access policy before showing a child.
 */
@Service
public class ChildMatching {

  /** How many children the search proposes for each description before they are weighed. */
  static final int CANDIDATES = 10;

  private final ChildIndex index;
  private final ChildRecords records;
  private final NameVariants variants;
  private final LinkageThresholds thresholds = LinkageThresholds.defaults();

  ChildMatching(ChildIndex index, ChildRecords records, NameVariants variants) {
    this.index = index;
    this.records = records;
    this.variants = variants;
  }

  /**
   * What a list says about a child.
   *
   * @param dateOfBirth the full date, when the list has it
   * @param birthYear the year, when only part of the date is known (or with the full date)
   * @param birthMonth the month, when known with the year but without the day
   */
  public record Description(
      @Nullable String givenName,
      @Nullable String familyName,
      @Nullable LocalDate dateOfBirth,
      @Nullable Integer birthYear,
      @Nullable Integer birthMonth,
      @Nullable Sex sex,
      @Nullable Postcode postcode) {}

  /** How strongly a child matches, by the person index's thresholds. */
  public enum Strength {
    /** At or above the weight at which the person index links two records without asking. */
    LIKELY,
    /** In the band the person index sends to a reviewer. */
    POSSIBLE,
    /** Below it: not shown as a match. */
    UNLIKELY
  }

  /** One field's comparison: e.g. GIVEN_NAME, NICKNAME, +5.2. */
  public record Field(String field, String level, double weight) {}

  /** A child the description may mean, with the match weight, its probability and why. */
  public record Candidate(
      UUID childId, double weight, double probability, Strength strength, List<Field> fields) {}

  /**
   * The children this description may mean, heaviest first, at most {@code limit}, leaving out
   * those below the review threshold.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(UUID partnershipId, Description description, int limit) {
    String name =
        String.join(
                " ",
                description.givenName() == null ? "" : description.givenName(),
                description.familyName() == null ? "" : description.familyName())
            .strip();
    ChildQuery query =
        new ChildQuery(
            name.isEmpty() ? null : name,
            description.dateOfBirth(),
            description.dateOfBirth() == null ? description.birthYear() : null,
            null,
            null);
    if (query.isEmpty()) {
      return List.of();
    }
    List<UUID> ids =
        index.search(partnershipId, query, CANDIDATES).stream()
            .map(ChildIndex.Scored::childId)
            .toList();
    Map<UUID, ChildSummary> found = new java.util.HashMap<>();
    records.findAllById(ids).forEach(c -> found.put(c.id(), c.summary()));
    List<ChildSummary> children = ids.stream().map(found::get).filter(c -> c != null).toList();
    if (children.isEmpty()) {
      return List.of();
    }
    RecordTable table = new RecordTable(variants, children.size() * 2);
    List<int[]> pairs = new ArrayList<>();
    for (ChildSummary child : children) {
      int listed = table.add(record(description, child));
      int known = table.add(record(child));
      pairs.add(new int[] {listed, known});
    }
    table.resolve();
    int size = (int) Math.min(Integer.MAX_VALUE, records.countByPartnershipId(partnershipId));
    Scorer scorer = new Scorer(table, MatchModel.standard(size));
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < children.size(); k++) {
      int[] pair = pairs.get(k);
      Explanation why = scorer.explain(pair[0], pair[1]);
      if (why.total() < thresholds.review()) {
        continue;
      }
      Strength strength =
          why.total() >= thresholds.link() && scorer.mayLinkAutomatically(pair[0], pair[1])
              ? Strength.LIKELY
              : Strength.POSSIBLE;
      List<Field> fields =
          why.parts().stream()
              .map(p -> new Field(p.comparison().name(), p.level(), p.total()))
              .toList();
      candidates.add(
          new Candidate(children.get(k).id(), why.total(), why.probability(), strength, fields));
    }
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::weight).reversed())
        .limit(limit)
        .toList();
  }

  /** The names of the comparisons, in the order {@link Candidate#fields()} lists them. */
  public static List<String> fieldNames() {
    return Comparison.ALL.stream().map(Enum::name).toList();
  }

  private static LinkRecord record(ChildSummary child) {
    return new LinkRecord(
        child.givenName(),
        child.middleNames(),
        child.familyName(),
        List.of(),
        child.dateOfBirth(),
        sex(child.sex()),
        child.postcode(),
        null,
        null);
  }

  /**
   * The listed child as the engine sees them, beside one candidate. A part date counts only against
   * a child whose date disagrees with it: when the known parts agree it is left out (weighs
   * nothing, as a missing date does); when they disagree the list's parts stand, with the first of
   * the month or year for what is missing, so the engine sees a different date.
   */
  private static LinkRecord record(Description d, ChildSummary beside) {
    LocalDate date = d.dateOfBirth();
    if (date == null && d.birthYear() != null) {
      LocalDate known = beside.dateOfBirth();
      boolean agrees =
          known != null
              && known.getYear() == d.birthYear()
              && (d.birthMonth() == null || known.getMonthValue() == d.birthMonth());
      date =
          agrees
              ? null
              : LocalDate.of(d.birthYear(), d.birthMonth() == null ? 1 : d.birthMonth(), 1);
    }
    return new LinkRecord(
        d.givenName(),
        null,
        d.familyName(),
        List.of(),
        date,
        d.sex() == null ? null : sex(d.sex()),
        d.postcode() == null ? null : d.postcode().value(),
        null,
        null);
  }

  private static @Nullable String sex(Sex sex) {
    return switch (sex) {
      case FEMALE -> "F";
      case MALE -> "M";
      case NOT_KNOWN -> null;
    };
  }
}
