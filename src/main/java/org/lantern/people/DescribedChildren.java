package org.lantern.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.people.data.ChildEntity;
import org.lantern.people.data.ChildRecords;
import org.lantern.people.data.DescriptionRows;
import org.lantern.people.data.PossibleMatchRows;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Descriptions of children coming in — a concern (form, phone, partner system), a missing episode
 * (API, CSV) — and the one rule that decides which child each is (issue 11). A description is put
 * on a child Lantern knows only when exactly one child agrees with it by {@link DescriptionRule}:
 * the names (exactly, or a listed nickname), the date of birth, and no contradiction in sex, NHS
 * number, pupil number or middle names. Otherwise it is a new record, and the children it may be —
 * two that both agree, one that agrees but for a contradiction, one with a similar name, one with
 * the same identifier — are recorded as possible matches for the front door to join or keep apart.
 * Every description is kept as entered.
 */
@Service
public class DescribedChildren {

  /** At most this many children are offered as the one a new record may be. */
  static final int MAX_CANDIDATES = 5;

  private final ChildRecords records;
  private final Children children;
  private final DescriptionRule rule;
  private final ChildMatching matching;
  private final DescriptionRows descriptions;
  private final PossibleMatchRows possibleMatches;
  private final Clock clock;

  DescribedChildren(
      ChildRecords records,
      Children children,
      DescriptionRule rule,
      ChildMatching matching,
      DescriptionRows descriptions,
      PossibleMatchRows possibleMatches,
      Clock clock) {
    this.records = records;
    this.children = children;
    this.rule = rule;
    this.matching = matching;
    this.descriptions = descriptions;
    this.possibleMatches = possibleMatches;
    this.clock = clock;
  }

  /**
   * Where a description was put: the child, the description kept as entered, and whether it was a
   * known child, a new record, or a new record with possible matches.
   */
  public record Placed(ChildSummary child, UUID descriptionId, DescriptionOutcome outcome) {}

  /**
   * A child a description may be, and how the two compare; {@code ranked} when the search's ranking
   * weighs them as a strong or possible match.
   */
  record Candidate(ChildSummary child, ChildComparison comparison, boolean ranked) {

    /** Close enough to ask the front door about. */
    boolean near() {
      ChildComparison c = comparison;
      boolean sameDay = c.level(ComparedDetail.DATE_OF_BIRTH) == Agreement.SAME;
      Agreement given = c.level(ComparedDetail.GIVEN_NAME);
      boolean givenAgrees = given == Agreement.SAME || given == Agreement.NICKNAME;
      return c.qualifies()
          || c.level(ComparedDetail.NHS_NUMBER) == Agreement.SAME
          || c.level(ComparedDetail.UPN) == Agreement.SAME
          || (sameDay && (givenAgrees || c.level(ComparedDetail.FAMILY_NAME) == Agreement.SAME))
          // the search's ranking finds a slip in the date or the family name; a sibling who
          // shares only the family name is not asked about
          || (ranked && givenAgrees);
    }
  }

  /**
   * Puts a description on the child it is, in the caller's transaction: the one known child that
   * agrees with it, or a new record (registered and audited as such), with the children it may be
   * recorded as possible matches. The description is kept as entered either way.
   *
   * @param describedBy who described the child, as the description will say: a person's name, or a
   *     partner system's
   */
  @Transactional
  public Placed place(CurrentUser by, String describedBy, NewChild described) {
    List<Candidate> candidates = candidates(by.partnershipId(), described);
    List<Candidate> agreeing = candidates.stream().filter(c -> c.comparison().qualifies()).toList();
    UUID byUser = by.isPartnerSystem() ? null : by.id();
    if (agreeing.size() == 1) {
      ChildSummary known = agreeing.getFirst().child();
      UUID id =
          descriptions.insert(
              by.partnershipId(),
              described,
              byUser,
              describedBy,
              clock.instant(),
              known.id(),
              DescriptionOutcome.KNOWN_CHILD);
      return new Placed(known, id, DescriptionOutcome.KNOWN_CHILD);
    }
    ChildSummary created = children.register(by, described);
    List<Candidate> possible =
        candidates.stream().filter(Candidate::near).limit(MAX_CANDIDATES).toList();
    DescriptionOutcome outcome =
        possible.isEmpty()
            ? DescriptionOutcome.NEW_CHILD
            : DescriptionOutcome.NEW_CHILD_POSSIBLE_MATCH;
    UUID id =
        descriptions.insert(
            by.partnershipId(),
            described,
            byUser,
            describedBy,
            clock.instant(),
            created.id(),
            outcome);
    for (Candidate c : possible) {
      possibleMatches.insert(
          by.partnershipId(),
          created.id(),
          c.child().id(),
          id,
          c.comparison().encoded(),
          clock.instant());
    }
    return new Placed(created, id, outcome);
  }

  /**
   * Whether a notification sent again about something already recorded (a missing episode's police
   * reference) is still about the same child: it describes them by the rule, or it describes them
   * as the first notification did ({@code firstDescription}) or as the record stands — the same
   * names written the same way and nothing contradicting. A re-sent notification that never had a
   * date of birth, or gives one now, is still about the same child; other names are another
   * child's.
   */
  @Transactional(readOnly = true)
  public boolean stillDescribes(@Nullable UUID firstDescription, NewChild d, UUID childId) {
    ChildSummary child = children.summary(childId);
    if (rule.compare(d, child).qualifies() || alike(d, child)) {
      return true;
    }
    return firstDescription != null
        && descriptions
            .find(firstDescription)
            .map(
                first ->
                    alike(
                        d,
                        new ChildSummary( // the first description, read as the rule reads a child
                            first.id(),
                            child.partnershipId(),
                            first.givenName(),
                            first.middleNames(),
                            first.familyName(),
                            first.knownAs(),
                            first.sex(),
                            first.dateOfBirth(),
                            first.nhsNumber(),
                            first.upn(),
                            first.postcode(),
                            null)))
            .orElse(false);
  }

  /**
   * The same names written the same way, and nothing contradicting: no different date of birth (one
   * given now that was not before is no contradiction), sex or identifier.
   */
  private boolean alike(NewChild d, ChildSummary c) {
    ChildComparison comparison = rule.compare(d, c);
    return comparison.level(ComparedDetail.GIVEN_NAME) == Agreement.SAME
        && comparison.level(ComparedDetail.FAMILY_NAME) == Agreement.SAME
        && comparison.level(ComparedDetail.DATE_OF_BIRTH) != Agreement.DIFFERENT
        && !comparison.contradicts();
  }

  /** A description as it was entered. */
  @Transactional(readOnly = true)
  public Optional<ChildDescription> description(UUID descriptionId) {
    return descriptions.find(descriptionId);
  }

  @Transactional(readOnly = true)
  public Map<UUID, ChildDescription> descriptions(Collection<UUID> descriptionIds) {
    return descriptions.find(descriptionIds);
  }

  /**
   * The children a kept description may be, best first, leaving out one (the child it is on now):
   * for moving a concern or episode to the right child. Ids only; callers check access.
   */
  @Transactional(readOnly = true)
  public List<UUID> candidatesFor(UUID descriptionId, UUID except) {
    ChildDescription d =
        descriptions
            .find(descriptionId)
            .orElseThrow(() -> new RecordNotFoundException("description", descriptionId));
    ChildSummary on = children.summary(except);
    return candidates(on.partnershipId(), d.asNewChild(null)).stream()
        .filter(Candidate::near)
        .map(c -> c.child().id())
        .filter(id -> !id.equals(except))
        .limit(MAX_CANDIDATES)
        .toList();
  }

  /**
   * A new record made from a kept description (a concern or episode moved off the wrong child onto
   * a record of its own), in the caller's transaction, registered and audited as a new child.
   */
  @Transactional
  public ChildSummary newRecordFrom(CurrentUser by, UUID descriptionId, @Nullable UUID districtId) {
    ChildDescription d =
        descriptions
            .find(descriptionId)
            .orElseThrow(() -> new RecordNotFoundException("description", descriptionId));
    return children.register(by, d.asNewChild(districtId));
  }

  /** How a description compares with a child, detail by detail, by the rule. */
  @Transactional(readOnly = true)
  public ChildComparison compare(ChildDescription described, UUID childId) {
    return rule.compare(described.asNewChild(null), children.summary(childId));
  }

  /**
   * The partnership's children the description may be, each compared by the rule: those born on the
   * same day, those with the same NHS number or pupil number, and those the search's ranking weighs
   * as a strong or possible match (a slip in the date, a similar name). Agreeing ones first, then
   * by how much agrees. Records joined into another child are left out.
   */
  private List<Candidate> candidates(UUID partnershipId, NewChild d) {
    Map<UUID, ChildEntity> found = new LinkedHashMap<>();
    Set<UUID> ranked = new HashSet<>();
    if (d.dateOfBirth() != null) {
      records
          .findByPartnershipIdAndDateOfBirthAndMergedIntoIsNull(partnershipId, d.dateOfBirth())
          .forEach(c -> found.put(c.id(), c));
    }
    if (d.nhsNumber() != null) {
      records
          .findByPartnershipIdAndNhsNumber(partnershipId, d.nhsNumber().value())
          .forEach(c -> found.put(c.id(), c));
    }
    if (d.upn() != null) {
      records
          .findByPartnershipIdAndUpn(partnershipId, d.upn().value())
          .forEach(c -> found.put(c.id(), c));
    }
    List<UUID> weighed =
        matching
            .candidates(
                partnershipId,
                new ChildMatching.Description(
                    d.givenName(),
                    d.familyName(),
                    d.dateOfBirth(),
                    null,
                    null,
                    d.sex() == Sex.NOT_KNOWN ? null : d.sex(),
                    d.postcode()),
                MAX_CANDIDATES)
            .stream()
            .map(ChildMatching.Candidate::childId)
            .toList();
    ranked.addAll(weighed);
    List<UUID> missing = weighed.stream().filter(id -> !found.containsKey(id)).toList();
    records.findAllById(missing).forEach(c -> found.put(c.id(), c));
    List<Candidate> candidates = new ArrayList<>();
    for (ChildEntity c : found.values()) {
      if (c.mergedInto() != null || !c.partnershipId().equals(partnershipId)) {
        continue;
      }
      ChildSummary child = c.summary();
      candidates.add(new Candidate(child, rule.compare(d, child), ranked.contains(child.id())));
    }
    Function<Candidate, Integer> agreeingFirst = c -> c.comparison().qualifies() ? 0 : 1;
    candidates.sort(
        Comparator.comparing(agreeingFirst)
            .thenComparing(c -> -c.comparison().agreeing())
            .thenComparing(c -> c.child().id()));
    return candidates;
  }
}
