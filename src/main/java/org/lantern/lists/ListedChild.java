package org.lantern.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildMatching;
import org.lantern.people.Postcode;
import org.lantern.people.Sex;

/**
 * One row of a list as read: a child as another agency describes them. The date of birth may be
 * whole, a month and year, a year, or missing.
 */
public record ListedChild(
    String givenName,
    String familyName,
    @Nullable LocalDate dateOfBirth,
    @Nullable Integer birthYear,
    @Nullable Integer birthMonth,
    Sex sex,
    @Nullable Postcode postcode,
    @Nullable String otherId) {

  /** What the matching engine is given. */
  ChildMatching.Description description() {
    return new ChildMatching.Description(
        givenName,
        familyName,
        dateOfBirth,
        dateOfBirth == null ? birthYear : Integer.valueOf(dateOfBirth.getYear()),
        dateOfBirth == null ? birthMonth : Integer.valueOf(dateOfBirth.getMonthValue()),
        sex == Sex.NOT_KNOWN ? null : sex,
        postcode);
  }

  /** The date as the list gave it: "2011-04-03", "04/2011" or "2011", or empty. */
  public String dateShown() {
    if (dateOfBirth != null) {
      return dateOfBirth.toString();
    }
    if (birthYear == null) {
      return "";
    }
    return birthMonth == null ? birthYear.toString() : "%02d/%d".formatted(birthMonth, birthYear);
  }

  /** The date of birth as the page shows it: "3 April 2011", "April 2011", "2011" or "". */
  public String dateInWords() {
    if (dateOfBirth != null) {
      return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(dateOfBirth);
    }
    if (birthYear == null) {
      return "";
    }
    return birthMonth == null
        ? birthYear.toString()
        : DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
            .format(YearMonth.of(birthYear, birthMonth));
  }

  /**
   * Identifies the row on its list whatever its line or letter case, so the same row uploaded again
   * is recognised.
   */
  String key() {
    String joined =
        Stream.of(
                givenName,
                familyName,
                dateShown(),
                sex.name(),
                postcode == null ? "" : postcode.value(),
                otherId == null ? "" : otherId)
            .map(s -> s.toLowerCase(Locale.ROOT).strip())
            .collect(Collectors.joining("\u001f"));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
