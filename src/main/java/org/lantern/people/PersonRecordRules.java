package org.lantern.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.people.linkage.LinkRecord;

/**
 * What a partner's person record must be before Lantern keeps or links it. A record with any
 * problem is reported, field by field, and neither saved nor linked: linking on a wrong NHS number
 * or an impossible date would join two children's histories.
 */
public final class PersonRecordRules {

  public static final int MAX_NAME = 100;
  public static final int MAX_SOURCE_ID = 100;
  public static final int OLDEST_AGE = 120;

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter BRITISH =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private PersonRecordRules() {}

  /** A problem with one field: the field's name and a message code under "personRecord.error". */
  public record Problem(String field, String code) {}

  /** A record that passed, in Lantern's forms, or the problems that stopped it. */
  public record Checked(
      PersonRecordInput input,
      @Nullable LinkRecord record,
      String sourceId,
      List<Problem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static Checked check(PersonRecordInput in, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    String sourceId = clean(in.sourceId());
    if (sourceId == null) {
      problems.add(new Problem("sourceId", "required"));
    } else if (sourceId.length() > MAX_SOURCE_ID) {
      problems.add(new Problem("sourceId", "tooLong"));
    }
    String given = name("givenName", in.givenName(), problems);
    String middle = name("middleNames", in.middleNames(), problems);
    String family = name("familyName", in.familyName(), problems);
    List<String> previous = new ArrayList<>();
    for (String p : in.previousNames() == null ? List.<String>of() : in.previousNames()) {
      String checked = name("previousNames", p, problems);
      if (checked != null) {
        previous.add(checked);
      }
    }
    if (given == null && family == null && problems.isEmpty()) {
      problems.add(new Problem("familyName", "noName"));
    }
    LocalDate born = birthDate(in.dateOfBirth(), today, problems);
    String sex = sex(in.sex(), problems);
    String postcode = clean(in.postcode());
    if (postcode != null) {
      if (Postcode.isValid(postcode)) {
        postcode = Postcode.parse(postcode).value();
      } else {
        problems.add(new Problem("postcode", "invalid"));
      }
    }
    String nhs = clean(in.nhsNumber());
    if (nhs != null) {
      if (NhsNumber.isValid(nhs)) {
        nhs = NhsNumber.compact(nhs);
      } else {
        problems.add(new Problem("nhsNumber", "invalid"));
      }
    }
    String upn = clean(in.upn());
    if (upn != null) {
      if (UniquePupilNumber.isValid(upn)) {
        upn = UniquePupilNumber.compact(upn);
      } else {
        problems.add(new Problem("upn", "invalid"));
      }
    }
    String otherIds = clean(in.otherIds());
    if (otherIds != null && otherIds.length() > 400) {
      problems.add(new Problem("otherIds", "tooLong"));
    }
    if (!problems.isEmpty()) {
      return new Checked(in, null, sourceId == null ? "" : sourceId, List.copyOf(problems));
    }
    return new Checked(
        in,
        new LinkRecord(given, middle, family, previous, born, sex, postcode, nhs, upn),
        sourceId,
        List.of());
  }

  private static @Nullable String name(String field, @Nullable String typed, List<Problem> out) {
    String name = clean(typed);
    if (name == null) {
      return null;
    }
    if (name.length() > MAX_NAME) {
      out.add(new Problem(field, "tooLong"));
      return null;
    }
    if (name.codePoints().noneMatch(Character::isLetter)) {
      out.add(new Problem(field, "noLetters"));
      return null;
    }
    return name;
  }

  private static @Nullable LocalDate birthDate(
      @Nullable String typed, LocalDate today, List<Problem> out) {
    String text = clean(typed);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text, text.contains("/") ? BRITISH : ISO);
    } catch (DateTimeParseException e) {
      out.add(new Problem("dateOfBirth", "unparseable"));
      return null;
    }
    if (date.isAfter(today) || date.isBefore(today.minusYears(OLDEST_AGE))) {
      out.add(new Problem("dateOfBirth", "impossibleAge"));
      return null;
    }
    return date;
  }

  private static @Nullable String sex(@Nullable String typed, List<Problem> out) {
    String text = clean(typed);
    if (text == null) {
      return null;
    }
    return switch (text.toUpperCase(Locale.UK)) {
      case "F", "FEMALE" -> "F";
      case "M", "MALE" -> "M";
      case "U", "UNKNOWN", "NOT_KNOWN", "NOT KNOWN" -> null;
      default -> {
        out.add(new Problem("sex", "invalid"));
        yield null;
      }
    };
  }

  private static @Nullable String clean(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
