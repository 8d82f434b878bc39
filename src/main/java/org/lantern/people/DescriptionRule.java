package org.lantern.people;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantern.people.search.NameVariants;
import org.lantern.people.search.Names;
import org.springframework.stereotype.Component;

/**
 * The one rule for whether a description of a child is a child Lantern knows (the domain's "names,
 * date of birth and sex agree"), for every path a description comes in by. Names agree when they
 * are written the same way once case, accents, spaces, hyphens and apostrophes are set aside, or
 * when the nickname list gives one first name as a nickname or spelling of the other — and the two
 * are not usually given one to boys and the other to girls, unless both sides say the same sex.
 * Never by similarity: Olivia is not Oliver, Harrowgata is not Harrowgate.
 */
@Component
class DescriptionRule {

  private final NameVariants variants;
  private final FirstNameSexes sexes;

  DescriptionRule(NameVariants variants, FirstNameSexes sexes) {
    this.variants = variants;
    this.sexes = sexes;
  }

  ChildComparison compare(NewChild d, ChildSummary c) {
    Map<ComparedDetail, Agreement> levels = new EnumMap<>(ComparedDetail.class);
    boolean sameStatedSex = d.sex() != Sex.NOT_KNOWN && d.sex() == c.sex();
    levels.put(
        ComparedDetail.GIVEN_NAME, given(d.givenName(), c.givenName(), c.knownAs(), sameStatedSex));
    levels.put(ComparedDetail.FAMILY_NAME, exactly(d.familyName(), c.familyName()));
    levels.put(ComparedDetail.MIDDLE_NAMES, exactly(d.middleNames(), c.middleNames()));
    levels.put(ComparedDetail.DATE_OF_BIRTH, date(d.dateOfBirth(), c.dateOfBirth()));
    levels.put(
        ComparedDetail.SEX,
        d.sex() == Sex.NOT_KNOWN || c.sex() == Sex.NOT_KNOWN
            ? Agreement.NOT_GIVEN
            : d.sex() == c.sex() ? Agreement.SAME : Agreement.DIFFERENT);
    levels.put(
        ComparedDetail.NHS_NUMBER,
        identifier(d.nhsNumber() == null ? null : d.nhsNumber().value(), c.nhsNumber()));
    levels.put(ComparedDetail.UPN, identifier(d.upn() == null ? null : d.upn().value(), c.upn()));
    return new ChildComparison(levels);
  }

  /** Two records compared as if one described the other (a new record and a candidate). */
  ChildComparison compare(ChildSummary described, ChildSummary known) {
    return compare(asDescription(described), known);
  }

  static NewChild asDescription(ChildSummary c) {
    return new NewChild(
        c.givenName(),
        c.middleNames(),
        c.familyName(),
        c.knownAs(),
        c.sex(),
        c.dateOfBirth(),
        c.nhsNumber() == null ? null : new NhsNumber(c.nhsNumber()),
        c.upn() == null ? null : new UniquePupilNumber(c.upn()),
        c.postcode() == null ? null : new Postcode(c.postcode()),
        c.districtId());
  }

  private Agreement given(
      String described, String known, @Nullable String knownAs, boolean sameStatedSex) {
    String d = normal(described);
    if (d.equals(normal(known)) || (knownAs != null && d.equals(normal(knownAs)))) {
      return Agreement.SAME;
    }
    if (nickname(described, known, sameStatedSex)
        || (knownAs != null && nickname(described, knownAs, sameStatedSex))) {
      return Agreement.NICKNAME;
    }
    return Agreement.DIFFERENT;
  }

  private boolean nickname(String a, String b, boolean sameStatedSex) {
    List<String> one = Names.tokens(a);
    List<String> two = Names.tokens(b);
    if (one.size() != 1 || two.size() != 1) {
      return false;
    }
    String x = one.getFirst();
    String y = two.getFirst();
    return variants.listedTogether(x, y) && (sameStatedSex || !sexes.usuallyDiffer(x, y));
  }

  private static Agreement exactly(@Nullable String a, @Nullable String b) {
    String x = a == null ? "" : normal(a);
    String y = b == null ? "" : normal(b);
    if (x.isEmpty() || y.isEmpty()) {
      return Agreement.NOT_GIVEN;
    }
    return x.equals(y) ? Agreement.SAME : Agreement.DIFFERENT;
  }

  private static Agreement date(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null || b == null) {
      return Agreement.NOT_GIVEN;
    }
    return a.equals(b) ? Agreement.SAME : Agreement.DIFFERENT;
  }

  private static Agreement identifier(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return Agreement.NOT_GIVEN;
    }
    return Objects.equals(a, b) ? Agreement.SAME : Agreement.DIFFERENT;
  }

  /** "Zoë O'Brien-Smith" and "zoe obrien smith" alike: tokens without accents, run together. */
  static String normal(String name) {
    return String.join("", Names.tokens(name));
  }
}
