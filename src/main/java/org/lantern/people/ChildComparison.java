package org.lantern.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a description of a child compares with a child Lantern knows, detail by detail, by the rule
 * for putting a description on a known child ({@link DescriptionRule}): the names agree (exactly
 * once written the same way, or as a known nickname), the date of birth is the same, and nothing
 * contradicts — a sex, an NHS number, a unique pupil number or middle names given on both sides and
 * different. "Not given" on either side is no contradiction.
 */
public record ChildComparison(Map<ComparedDetail, Agreement> levels) {

  /** One detail and how it compares, for a table. */
  public record Detail(ComparedDetail field, Agreement level) {}

  public ChildComparison {
    levels = new EnumMap<>(levels);
    for (ComparedDetail f : ComparedDetail.values()) {
      levels.putIfAbsent(f, Agreement.NOT_GIVEN);
    }
  }

  public Agreement level(ComparedDetail field) {
    return levels.get(field);
  }

  /** How one detail compares, by its name: for templates. */
  public Agreement levelOf(String field) {
    return levels.get(ComparedDetail.valueOf(field));
  }

  public List<Detail> details() {
    List<Detail> details = new ArrayList<>();
    for (ComparedDetail f : ComparedDetail.values()) {
      details.add(new Detail(f, levels.get(f)));
    }
    return details;
  }

  /** The details given on both sides that differ, in the order they are shown. */
  public List<ComparedDetail> differing() {
    List<ComparedDetail> differ = new ArrayList<>();
    for (ComparedDetail f : ComparedDetail.values()) {
      if (levels.get(f) == Agreement.DIFFERENT) {
        differ.add(f);
      }
    }
    return differ;
  }

  /**
   * Whether the description may be put on this child without asking anyone: both names agree, the
   * same date of birth, and no contradiction.
   */
  public boolean qualifies() {
    Agreement given = level(ComparedDetail.GIVEN_NAME);
    return (given == Agreement.SAME || given == Agreement.NICKNAME)
        && level(ComparedDetail.FAMILY_NAME) == Agreement.SAME
        && level(ComparedDetail.DATE_OF_BIRTH) == Agreement.SAME
        && !contradicts();
  }

  /** Whether a detail given on both sides differs: sex, NHS number, pupil number, middle names. */
  public boolean contradicts() {
    return level(ComparedDetail.SEX) == Agreement.DIFFERENT
        || level(ComparedDetail.NHS_NUMBER) == Agreement.DIFFERENT
        || level(ComparedDetail.UPN) == Agreement.DIFFERENT
        || level(ComparedDetail.MIDDLE_NAMES) == Agreement.DIFFERENT;
  }

  /** How many of the names, date of birth and identifiers agree: for ordering candidates. */
  public int agreeing() {
    int n = 0;
    for (Agreement l : levels.values()) {
      if (l == Agreement.SAME || l == Agreement.NICKNAME) {
        n++;
      }
    }
    return n;
  }

  /** As stored: {@code GIVEN_NAME:DIFFERENT;FAMILY_NAME:SAME;...}. */
  public String encoded() {
    return levels.entrySet().stream()
        .map(e -> e.getKey().name() + ":" + e.getValue().name())
        .collect(Collectors.joining(";"));
  }

  public static ChildComparison decode(String encoded) {
    Map<ComparedDetail, Agreement> levels = new EnumMap<>(ComparedDetail.class);
    for (String part : encoded.split(";")) {
      String[] kv = part.split(":");
      if (kv.length == 2) {
        levels.put(ComparedDetail.valueOf(kv[0]), Agreement.valueOf(kv[1]));
      }
    }
    return new ChildComparison(levels);
  }
}
