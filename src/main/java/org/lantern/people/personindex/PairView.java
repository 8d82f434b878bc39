package org.lantern.people.personindex;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.people.NhsNumber;
import org.lantern.people.PersonLinking;
import org.lantern.people.Sex;
import org.lantern.people.data.PersonRecordRows.SetAsideField;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.Explanation;
import org.lantern.people.linkage.LinkageThresholds;

/** A pair of person records as the pages show it, the engine's codes turned into message keys. */
public record PairView(
    UUID id,
    String status,
    long version,
    Stored a,
    Stored b,
    List<Line> lines,
    double prior,
    double total,
    int percent,
    boolean certain,
    double decidedWeight,
    boolean twins,
    boolean clash,
    boolean yearsApart,
    boolean disagree,
    boolean lookAlikes,
    List<SetAsideField> setAsideA,
    List<SetAsideField> setAsideB) {

  /** A field of the explanation: which field, what was found, and its weight. */
  public record Line(Key field, Key level, double weight, double termFrequency) {

    public double total() {
      return weight + termFrequency;
    }
  }

  /** A message key, named so for the messages test. */
  public record Key(String messageKey) {}

  static final String FIELD = "linkage.field";
  static final String LEVEL = "linkage.level";
  static final String STATUS = "linkage.status";

  private static String levelShown(Explanation.Part p, boolean addressCompared, boolean bothDated) {
    if (!p.level().equals("NULL")) {
      return p.level();
    }
    if (addressCompared && p.comparison() == Comparison.POSTCODE) {
      return "IN_ADDRESS";
    }
    return bothDated && p.comparison() == Comparison.DATE_OF_BIRTH ? "YEAR_ONLY" : "NULL";
  }

  static PairView of(PersonLinking.Pair pair) {
    Explanation why = pair.explanation();
    // where both records have an address the postcode is weighed with it (Comparer), not missing
    boolean addressCompared =
        why.parts().stream()
            .anyMatch(p -> p.comparison() == Comparison.ADDRESS && !p.level().equals("NULL"));
    // both dates given yet compared as missing: one is a 1 January standing for the year only
    boolean bothDated =
        pair.a().record().dateOfBirth() != null && pair.b().record().dateOfBirth() != null;
    List<Line> lines =
        why.parts().stream()
            .map(
                p ->
                    new Line(
                        new Key(FIELD + "." + p.comparison().name()),
                        new Key(LEVEL + "." + levelShown(p, addressCompared, bothDated)),
                        p.weight(),
                        p.termFrequency()))
            .toList();
    return new PairView(
        pair.link().id(),
        pair.link().status(),
        pair.link().version(),
        pair.a(),
        pair.b(),
        lines,
        why.prior(),
        why.total(),
        (int) Math.floor(why.probability() * 100),
        why.certain(),
        pair.link().weight(),
        why.looksLikeTwins(),
        why.identifierClash(),
        why.yearsApart(),
        why.identifiersDisagree(),
        why.lookAlikes(),
        pair.setAsideA(),
        pair.setAsideB());
  }

  public Key statusKey() {
    return new Key(STATUS + "." + status);
  }

  public boolean awaitingReview() {
    return status.equals(PersonLinking.Status.REVIEW.name());
  }

  /**
   * Whether a rule, not the weight, keeps the pair for a person (twins, a clash, dates apart,
   * disagreeing identifiers, look-alikes): the chance the weight gives is then only half the story,
   * and the page says so before it says why.
   */
  public boolean heldByRule() {
    return !certain && (twins || clash || yearsApart || disagree);
  }

  /**
   * Whether the pair waits for a person though its weight alone would link it and no rule on the
   * pair itself holds it: it is the records' people that stop it ({@code JoinRules}) — one of the
   * records matches another child nearly as well, or joining would put into one child records that
   * contradict each other. The page then says so, instead of a bare "99 in 100" with no reason.
   */
  public boolean heldByPeople() {
    return awaitingReview()
        && !certain
        && !heldByRule()
        && !lookAlikes
        && decidedWeight >= LinkageThresholds.defaults().link();
  }

  /** Whether only a person may link these, however heavy: they look like twins. */
  public boolean needsPerson() {
    return !certain && twins && !ownNames();
  }

  /**
   * Whether only a person may link these because they look like twins named with one name and its
   * nickname, both first names in their own right ("Harry" and "Henry").
   */
  public boolean needsPersonOwnNames() {
    return !certain && twins && ownNames();
  }

  private boolean ownNames() {
    return lines.stream()
        .anyMatch(l -> l.level().messageKey().equals(LEVEL + ".NICKNAME_OWN_NAMES"));
  }

  /**
   * Whether only a person may link these because their dates of birth are years apart (a parent and
   * a child of one name, most often).
   */
  public boolean needsPersonYearsApart() {
    return !certain && yearsApart && !datesDifferent();
  }

  /**
   * Whether only a person may link these because a child's two dates of birth are wholly different
   * but not years apart (or within a year, with different given names), and nothing joins them:
   * most often a brother and sister at one address.
   */
  public boolean needsPersonSiblings() {
    return !certain && yearsApart && datesDifferent();
  }

  private boolean datesDifferent() {
    return lines.stream()
        .anyMatch(
            l ->
                l.field().messageKey().equals(FIELD + ".DATE_OF_BIRTH")
                    && (l.level().messageKey().equals(LEVEL + ".DIFFERENT")
                        || l.level().messageKey().equals(LEVEL + ".WITHIN_YEAR")
                        || l.level().messageKey().equals(LEVEL + ".YEAR_ONLY")));
  }

  /**
   * Whether only a person may link these because their identifiers (NHS numbers, pupil numbers,
   * other references) or middle names disagree and no date of birth vouches for them.
   */
  public boolean needsPersonIdentifiers() {
    return !certain && disagree && !lookAlikes;
  }

  /**
   * Whether only a person may link these because they look like two people of one name: different
   * middle names, different homes, and no identifier joining them (the engine's {@code
   * OneChildOrTwo.lookAlikes}).
   */
  public boolean needsPersonLookAlikes() {
    return !certain && lookAlikes;
  }

  /**
   * Whether the weight now (today's model and records) differs, as shown to one decimal place, from
   * the weight the pair was decided on when Lantern weighed it: then both are shown, labelled.
   */
  public boolean weightChanged() {
    return !certain && Math.round(decidedWeight * 10) != Math.round(total * 10);
  }

  /** The record's sex in words: "F" and "M" as sent, anything else not known. */
  public Key sexOf(Stored record) {
    String sex = record.record().sex();
    Sex words = "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : Sex.NOT_KNOWN;
    return new Key(words.messageKey());
  }

  /** The record's NHS number spaced 3 3 4, as NHS numbers are written; empty when none. */
  public String nhsOf(Stored record) {
    String nhs = record.record().nhsNumber();
    return nhs == null || !NhsNumber.isValid(nhs)
        ? (nhs == null ? "" : nhs)
        : new NhsNumber(nhs).formatted();
  }

  /** The record's address on one line: its lines, town and UPRN; empty when none. */
  public String addressOf(Stored record) {
    var r = record.record();
    List<String> parts = new ArrayList<>();
    if (r.addressLines() != null) {
      parts.add(r.addressLines().replace('\n', ',').replace(",", ", ").replaceAll("\\s+", " "));
    }
    if (r.town() != null) {
      parts.add(r.town());
    }
    if (r.uprn() != null) {
      parts.add("UPRN " + r.uprn());
    }
    return String.join(", ", parts);
  }

  /** The record's other identifiers, each "system: value"; empty when none. */
  public String otherIdsOf(Stored record) {
    return String.join(
        "; ",
        record.record().otherIds().stream().map(id -> id.system() + ": " + id.value()).toList());
  }

  /** Whether either record had a field set aside on import (kept as sent, not compared). */
  public boolean anySetAside() {
    return !setAsideA.isEmpty() || !setAsideB.isEmpty();
  }

  /** The message key of why a field was set aside. */
  public Key reasonOf(SetAsideField field) {
    return new Key("personRecord.error." + field.code());
  }

  public boolean joined() {
    return status.equals(PersonLinking.Status.LINKED.name())
        || status.equals(PersonLinking.Status.CONFIRMED.name());
  }
}
