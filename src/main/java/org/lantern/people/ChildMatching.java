package org.lantern.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.data.ChildRecords;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.search.ChildIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weighs a description of a child from another agency's list (a name, perhaps a date of birth, sex
 * and postcode) against the partnership's children as the front door's search does: the search
 * index proposes candidates (tolerating typos, nicknames and swapped names, and a date with day and
 * month swapped), then {@link ChildRanking} weighs each with the linkage engine, field by field,
 * the sex and postcode too when the list gives them. Returns child ids and weights only: callers
 * ask the access policy before showing a child.
 */
@Service
public class ChildMatching {

  /** How many children the search proposes for each description before they are weighed. */
  static final int CANDIDATES = 10;

  private final ChildIndex index;
  private final ChildRecords records;
  private final ChildRanking ranking;

  ChildMatching(ChildIndex index, ChildRecords records, ChildRanking ranking) {
    this.index = index;
    this.records = records;
    this.ranking = ranking;
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
   * those below the review threshold. Weighed by the search's own ranking ({@link ChildRanking}):
   * the description without its sex and postcode weighs exactly what the same name and date typed
   * into the search weigh; sex and postcode, when the list gives them, add their own weights.
   */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(UUID partnershipId, Description description, int limit) {
    ChildQuery query = query(description);
    if (query.isEmpty()) {
      return List.of();
    }
    List<UUID> ids =
        index.search(partnershipId, query, CANDIDATES).stream()
            .map(ChildIndex.Scored::childId)
            .toList();
    Map<UUID, ChildSummary> found = new HashMap<>();
    records.findAllById(ids).forEach(c -> found.put(c.id(), c.summary()));
    List<ChildRanking.Known> children =
        ids.stream().map(found::get).filter(c -> c != null).map(ChildRanking.Known::of).toList();
    if (children.isEmpty()) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (ChildRanking.Ranked r :
        ranking.rank(
            query,
            description.sex(),
            description.postcode(),
            children,
            index.count(partnershipId))) {
      Strength strength =
          switch (r.strength()) {
            case STRONG -> Strength.LIKELY;
            case POSSIBLE -> Strength.POSSIBLE;
            case WEAK -> Strength.UNLIKELY;
          };
      if (strength == Strength.UNLIKELY) {
        continue;
      }
      List<Field> fields =
          r.explanation().parts().stream()
              .map(p -> new Field(p.comparison().name(), p.level(), p.total()))
              .toList();
      candidates.add(
          new Candidate(r.childId(), r.weight(), r.explanation().probability(), strength, fields));
    }
    return candidates.stream().limit(limit).toList();
  }

  /**
   * The description as the search would be asked it: given then family name (the ranking also reads
   * them the other way round), the date whole or in part.
   */
  static ChildQuery query(Description d) {
    String name =
        String.join(
                " ",
                d.givenName() == null ? "" : d.givenName(),
                d.familyName() == null ? "" : d.familyName())
            .strip();
    boolean whole = d.dateOfBirth() != null;
    return new ChildQuery(
        name.isEmpty() ? null : name,
        d.dateOfBirth(),
        whole ? null : d.birthYear(),
        whole || d.birthYear() == null ? null : d.birthMonth(),
        null,
        null);
  }

  /** The names of the comparisons, in the order {@link Candidate#fields()} lists them. */
  public static List<String> fieldNames() {
    return Comparison.ALL.stream().map(Enum::name).toList();
  }
}
