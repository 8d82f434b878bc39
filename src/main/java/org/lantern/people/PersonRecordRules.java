package org.lantern.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.OtherId;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;

/**
 * What a partner's person record must be before Lantern keeps or links it. A field that fails its
 * check (an NHS number failing modulus 11, a day 93, a postcode that is not one) is <b>set
 * aside</b>: kept as received and marked invalid, never used for matching, and the receipt says
 * which field and why in plain words. The rest of the record is kept and linked: refusing the whole
 * record for one mistyped field would keep the child's record out of the index altogether. A record
 * is refused only when it cannot be stored (no source id) or when nothing identifying is left (no
 * usable name, NHS number or unique pupil number).
 */
public final class PersonRecordRules {

  public static final int MAX_NAME = 100;
  public static final int MAX_SOURCE_ID = 100;
  public static final int MAX_RECEIVED = 400;
  public static final int MAX_ADDRESS = 300;

  private PersonRecordRules() {}

  /**
   * A problem with one field: the field's name and a message code under "personRecord.error"; when
   * {@code setAside}, the record was kept without the field.
   */
  public record Problem(String field, String code, boolean setAside) {

    public Problem(String field, String code) {
      this(field, code, false);
    }
  }

  /** A field set aside: what was received (cut to {@link #MAX_RECEIVED}) and why. */
  public record SetAside(String field, String code, String received) {}

  /** A record kept (perhaps with fields set aside), in Lantern's forms, or the reasons refused. */
  public record Checked(
      PersonRecordInput input,
      @Nullable LinkRecord record,
      String sourceId,
      List<Problem> problems,
      List<SetAside> setAside) {

    /** Whether the record is kept. */
    public boolean valid() {
      return record != null;
    }
  }

  public static Checked check(PersonRecordInput in, DateRules dates) {
    List<Problem> refused = new ArrayList<>();
    List<SetAside> aside = new ArrayList<>();
    String sourceId = clean(in.sourceId());
    if (sourceId == null) {
      refused.add(new Problem("sourceId", "required"));
    } else if (sourceId.length() > MAX_SOURCE_ID) {
      refused.add(new Problem("sourceId", "tooLong"));
    }
    String given = name("givenName", in.givenName(), aside);
    String middle = name("middleNames", in.middleNames(), aside);
    String family = name("familyName", in.familyName(), aside);
    List<String> previous = new ArrayList<>();
    for (String p : in.previousNames() == null ? List.<String>of() : in.previousNames()) {
      String checked = name("previousNames", p, aside);
      if (checked != null) {
        previous.add(checked);
      }
    }
    LocalDate born = birthDate(in.dateOfBirth(), dates, aside);
    String sex = sex(in.sex(), aside);
    String postcode = clean(in.postcode());
    if (postcode != null) {
      if (Postcode.isValid(postcode)) {
        postcode = Postcode.parse(postcode).value();
      } else {
        aside.add(setAside("postcode", "postcode", postcode));
        postcode = null;
      }
    }
    String nhs = clean(in.nhsNumber());
    if (nhs != null) {
      if (NhsNumber.isValid(nhs)) {
        nhs = NhsNumber.compact(nhs);
      } else {
        aside.add(
            setAside(
                "nhsNumber",
                NhsNumber.compact(nhs).matches("\\d{10}") ? "nhsCheckDigit" : "nhsFormat",
                nhs));
        nhs = null;
      }
    }
    String upn = clean(in.upn());
    if (upn != null) {
      if (UniquePupilNumber.isValid(upn)) {
        upn = UniquePupilNumber.compact(upn);
      } else {
        aside.add(
            setAside(
                "upn",
                UniquePupilNumber.compact(upn).matches("[A-Z]\\d{11}[\\dA-Z]")
                    ? "upnCheckLetter"
                    : "upnFormat",
                upn));
        upn = null;
      }
    }
    List<OtherId> otherIds = otherIds(in, aside);
    String stored = OtherId.format(otherIds);
    if (stored != null && stored.length() > MAX_RECEIVED) {
      aside.add(setAside("otherIds", "tooLong", stored));
      otherIds = List.of();
    }
    String addressLines = clean(in.addressLines());
    if (addressLines != null && addressLines.length() > MAX_ADDRESS) {
      aside.add(setAside("addressLines", "tooLong", addressLines));
      addressLines = null;
    }
    String town = clean(in.town());
    if (town != null && town.length() > MAX_NAME) {
      aside.add(setAside("town", "tooLong", town));
      town = null;
    }
    String uprn = clean(in.uprn());
    if (uprn != null && !uprn.matches("\\d{1,12}")) {
      aside.add(setAside("uprn", "uprn", uprn));
      uprn = null;
    }
    if (given == null && family == null && nhs == null && upn == null) {
      refused.add(new Problem("row", "nothingIdentifying"));
    }
    List<Problem> problems = new ArrayList<>();
    boolean kept = refused.isEmpty();
    for (SetAside s : aside) {
      problems.add(new Problem(s.field(), s.code(), kept));
    }
    problems.addAll(refused);
    if (!kept) {
      return new Checked(
          in, null, sourceId == null ? "" : sourceId, List.copyOf(problems), List.of());
    }
    return new Checked(
        in,
        new LinkRecord(
            given,
            middle,
            family,
            previous,
            born,
            sex,
            postcode,
            nhs,
            upn,
            addressLines == null ? null : addressLines.replace('|', '\n'),
            town,
            uprn,
            otherIds),
        sourceId,
        List.copyOf(problems),
        List.copyOf(aside));
  }

  /**
   * Other identifiers, from the {@code system:value} text and the typed list: one without a system
   * or value, or too long, is set aside; the same identifier twice counts once.
   */
  private static List<OtherId> otherIds(PersonRecordInput in, List<SetAside> aside) {
    List<OtherId> ids = new ArrayList<>();
    String text = clean(in.otherIds());
    if (text != null) {
      for (String part : text.split(";")) {
        String p = part.strip();
        int colon = p.indexOf(':');
        if (p.isEmpty()) {
          continue;
        }
        if (colon <= 0) {
          aside.add(setAside("otherIds", "otherIdSystem", p));
          continue;
        }
        otherId(p.substring(0, colon), p.substring(colon + 1), p, ids, aside);
      }
    }
    for (PersonRecordInput.Identifier typed :
        in.identifiers() == null ? List.<PersonRecordInput.Identifier>of() : in.identifiers()) {
      if (typed == null) {
        continue;
      }
      String system = clean(typed.system());
      String value = clean(typed.value());
      String received = (system == null ? "" : system) + ":" + (value == null ? "" : value);
      if (system == null) {
        aside.add(setAside("identifiers", "otherIdSystem", received));
        continue;
      }
      otherId(system, value == null ? "" : value, received, ids, aside);
    }
    return ids;
  }

  private static void otherId(
      String system, String value, String received, List<OtherId> ids, List<SetAside> aside) {
    String s = system.strip();
    String v = value.strip();
    if (s.isEmpty()) {
      aside.add(setAside("otherIds", "otherIdSystem", received));
    } else if (v.isEmpty()) {
      aside.add(setAside("otherIds", "otherIdValue", received));
    } else if (s.length() > OtherId.MAX_SYSTEM || v.length() > OtherId.MAX_VALUE) {
      aside.add(setAside("otherIds", "tooLong", received));
    } else {
      OtherId id = new OtherId(s, v);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  private static SetAside setAside(String field, String code, String received) {
    return new SetAside(
        field,
        code,
        received.length() > MAX_RECEIVED ? received.substring(0, MAX_RECEIVED) : received);
  }

  private static @Nullable String name(String field, @Nullable String typed, List<SetAside> out) {
    String name = clean(typed);
    if (name == null) {
      return null;
    }
    if (name.length() > MAX_NAME) {
      out.add(setAside(field, "tooLong", name));
      return null;
    }
    if (name.codePoints().noneMatch(Character::isLetter)) {
      out.add(setAside(field, "noLetters", name));
      return null;
    }
    return name;
  }

  /**
   * A date of birth by the shared rules: a real calendar date, written yyyy-mm-dd or dd/mm/yyyy,
   * not in the future and no older than the oldest adult (a partner's record may be of a young
   * adult, or of a child recorded long ago).
   */
  private static @Nullable LocalDate birthDate(
      @Nullable String typed, DateRules dates, List<SetAside> out) {
    String text = clean(typed);
    if (text == null) {
      return null;
    }
    return switch (DateInput.parseWritten(text)) {
      case DateInput.Empty empty -> null;
      case DateInput.Invalid invalid -> {
        out.add(setAside("dateOfBirth", "date." + invalid.problem(), text));
        yield null;
      }
      case DateInput.Valid valid -> {
        DateRules.Problem problem = dates.adultBirth(valid.date());
        if (problem != null) {
          out.add(setAside("dateOfBirth", "date." + problem.code(), text));
          yield null;
        }
        yield valid.date();
      }
    };
  }

  private static @Nullable String sex(@Nullable String typed, List<SetAside> out) {
    String text = clean(typed);
    if (text == null) {
      return null;
    }
    return switch (text.toUpperCase(Locale.UK)) {
      case "F", "FEMALE" -> "F";
      case "M", "MALE" -> "M";
      case "U", "UNKNOWN", "NOT_KNOWN", "NOT KNOWN" -> null;
      default -> {
        out.add(setAside("sex", "sex", text));
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
