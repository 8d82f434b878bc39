package org.lantern.people.linkage;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.people.search.NameVariants;
import org.lantern.people.search.Names;

/**
 * Records normalised and encoded once, column by column in primitive arrays, so comparing a pair
 * allocates nothing and touches little memory. Record {@code i} is row {@code i}; -1 (or 0 for
 * numbers) means missing.
 */
public final class RecordTable {

  static final int MISSING = -1;

  /** A name in double quotes or brackets inside a given name: what the child is known by. */
  private static final Pattern KNOWN_AS =
      Pattern.compile("[\"\u201C(]\\s*([^\"\u201D)]+?)\\s*[\"\u201D)]");

  final Vocabulary names = new Vocabulary();
  private final Map<String, Integer> places = new HashMap<>();
  private final Map<String, Integer> pupils = new HashMap<>();
  private final NameVariants nameVariants;
  int size;
  int[] given;

  /**
   * A given name of several words joined as a family name is ("Ava-Grace" gives {@code avagrace}),
   * or the given name itself: to recognise it written in the family name's place.
   */
  int[] givenJoined;

  int[] middle;

  /**
   * The record's own first middle name when the given name has two words ("Chloe" in "Lexie-Mai
   * (Chloe)", whose {@link #middle} is "mai"), else missing: a child known by that middle name is a
   * swap of first and middle names, not a twin.
   */
  int[] ownMiddle;

  /**
   * The name the child is known by, written in quotes or brackets after the given name ({@code
   * GEORGINA "GEORGIE"}, as police systems record it), else missing. It is neither the given name
   * nor a middle name.
   */
  int[] knownAs;

  int[] family;
  int[] previous;
  int[] previous2;

  /** Date of birth as yyyymmdd, 0 when missing. */
  int[] birth;

  /** Date of birth as days since 1970, for "within a year". */
  int[] birthDay;

  int[] postcode;
  int[] sector;
  int[] district;
  byte[] sex;
  long[] nhs;
  int[] upn;

  /**
   * Whether the record's pupil number is a temporary one (its last character a letter), given until
   * the school learns the child's permanent number.
   */
  boolean[] upnTemporary;

  /**
   * The earliest year of birth a record's pupil number allows ({@link #pupilBornFrom}), 0 when it
   * says nothing.
   */
  short[] bornFrom;

  /** The address: its words, house number, street (a name token, for its characters), town. */
  int[] address;

  int[] houseNumber;
  int[] street;
  int[] town;
  long[] uprn;

  /** Other identifiers: each (system number << 32 | value number), null when none. */
  long[][] otherIds;

  /**
   * The record's own key among its other identifiers (packed as in {@link #otherIds}), -1 when it
   * carries none: a partner that lists its own record number as an identifier ("lcs:1074781" on
   * record 1074781) gives every record of its system a different one, duplicates included.
   */
  long[] ownId;

  /** The characters of each other identifier's value, by its number. */
  final List<char[]> otherValues = new ArrayList<>();

  private final Map<String, Integer> otherValueIds = new HashMap<>();
  private final Map<String, Integer> otherSystems = new HashMap<>();
  int[] givenCount = new int[1024];
  int[] familyCount = new int[1024];

  public RecordTable(NameVariants nameVariants, int capacity) {
    this.nameVariants = nameVariants;
    int c = Math.max(16, capacity);
    given = new int[c];
    givenJoined = new int[c];
    middle = new int[c];
    ownMiddle = new int[c];
    knownAs = new int[c];
    family = new int[c];
    previous = new int[c];
    previous2 = new int[c];
    birth = new int[c];
    birthDay = new int[c];
    postcode = new int[c];
    sector = new int[c];
    district = new int[c];
    sex = new byte[c];
    nhs = new long[c];
    upn = new int[c];
    upnTemporary = new boolean[c];
    bornFrom = new short[c];
    address = new int[c];
    houseNumber = new int[c];
    street = new int[c];
    town = new int[c];
    uprn = new long[c];
    otherIds = new long[c][];
    ownId = new long[c];
  }

  public static RecordTable of(NameVariants nameVariants, List<LinkRecord> records) {
    RecordTable table = new RecordTable(nameVariants, records.size());
    records.forEach(table::add);
    table.resolve();
    return table;
  }

  public int size() {
    return size;
  }

  /** Adds a record and returns its row; call {@link #resolve()} before comparing. */
  public int add(LinkRecord r) {
    return add(r, null);
  }

  /**
   * Adds a record sent under {@code ownKey} (the partner's number for it), so that an other
   * identifier of that value is known as the record's own key rather than a reference to someone.
   */
  public int add(LinkRecord r, @Nullable String ownKey) {
    if (size == given.length) {
      grow(size * 2);
    }
    int i = size++;
    String givenName = r.givenName();
    Matcher quoted = mayHoldKnownAs(givenName) ? KNOWN_AS.matcher(givenName) : null;
    List<String> knownAsTokens = List.of();
    if (quoted != null && quoted.find()) {
      knownAsTokens = Names.tokens(quoted.group(1));
      givenName = quoted.replaceFirst(" ");
    }
    knownAs[i] = knownAsTokens.isEmpty() ? MISSING : names.id(knownAsTokens.getFirst());
    List<String> givenTokens = Names.tokens(givenName);
    List<String> middleTokens = Names.tokens(r.middleNames());
    given[i] = givenTokens.isEmpty() ? MISSING : names.id(givenTokens.getFirst());
    givenJoined[i] = givenTokens.size() > 1 ? names.id(String.join("", givenTokens)) : given[i];
    String middleName =
        givenTokens.size() > 1
            ? givenTokens.get(1)
            : middleTokens.isEmpty() ? null : middleTokens.getFirst();
    middle[i] = middleName == null ? MISSING : names.id(middleName);
    if (middle[i] == given[i]) {
      // the given name written again as a middle name is not a second name to agree on
      middle[i] = MISSING;
    }
    ownMiddle[i] =
        givenTokens.size() > 1 && !middleTokens.isEmpty()
            ? names.id(middleTokens.getFirst())
            : MISSING;
    family[i] = familyId(r.familyName());
    List<String> previousNames = r.previousFamilyNames();
    previous[i] = previousNames.isEmpty() ? MISSING : familyId(previousNames.get(0));
    previous2[i] = previousNames.size() < 2 ? MISSING : familyId(previousNames.get(1));
    if (r.dateOfBirth() == null) {
      birth[i] = 0;
      birthDay[i] = 0;
    } else {
      var d = r.dateOfBirth();
      birth[i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      birthDay[i] = (int) d.toEpochDay();
    }
    String pc = r.postcode();
    if (pc == null || pc.length() < 5) {
      postcode[i] = sector[i] = district[i] = MISSING;
    } else {
      String outward = pc.substring(0, pc.length() - 3).strip();
      postcode[i] = place(pc);
      sector[i] = place(outward + " " + pc.charAt(pc.length() - 3));
      district[i] = place(outward);
    }
    sex[i] = r.sex() == null ? 0 : (byte) (r.sex().startsWith("F") ? 1 : 2);
    nhs[i] = r.nhsNumber() == null ? 0 : Long.parseLong(r.nhsNumber());
    upn[i] = r.upn() == null ? MISSING : pupils.computeIfAbsent(r.upn(), k -> pupils.size());
    upnTemporary[i] = temporaryPupilNumber(r.upn());
    bornFrom[i] = (short) pupilBornFrom(r.upn());
    Addresses.Parsed a = Addresses.parse(r.addressLines());
    address[i] = a == null ? MISSING : place("address " + a.text());
    houseNumber[i] = a == null || a.number() == null ? MISSING : place("number " + a.number());
    street[i] = a == null || a.street() == null ? MISSING : names.id(a.street());
    String townName = Addresses.town(r.town());
    town[i] = townName == null ? MISSING : place("town " + townName);
    uprn[i] = r.uprn() == null || !r.uprn().matches("\\d{1,12}") ? 0 : Long.parseLong(r.uprn());
    otherIds[i] = otherIds(r.otherIds());
    ownId[i] = ownId(r.otherIds(), otherIds[i], ownKey);
    count(given[i], true);
    count(family[i], false);
    return i;
  }

  /** Whether a given name has a quote or bracket in it (most have none: no pattern is run). */
  private static boolean mayHoldKnownAs(@Nullable String given) {
    if (given == null) {
      return false;
    }
    for (int k = 0; k < given.length(); k++) {
      char c = given.charAt(k);
      if (c == '"' || c == '\u201C' || c == '(') {
        return true;
      }
    }
    return false;
  }

  private static long ownId(List<OtherId> ids, long @Nullable [] packed, @Nullable String ownKey) {
    if (packed == null || ownKey == null) {
      return -1;
    }
    String key = OtherId.value(ownKey);
    for (int k = 0; k < packed.length; k++) {
      if (ids.get(k).value().equals(key)) {
        return packed[k];
      }
    }
    return -1;
  }

  private long @Nullable [] otherIds(List<OtherId> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    long[] out = new long[ids.size()];
    for (int k = 0; k < out.length; k++) {
      OtherId id = ids.get(k);
      int system = otherSystems.computeIfAbsent(id.system(), s -> otherSystems.size());
      int value =
          otherValueIds.computeIfAbsent(
              id.value(),
              v -> {
                otherValues.add(v.toCharArray());
                return otherValues.size() - 1;
              });
      out[k] = ((long) system << 32) | value;
    }
    return out;
  }

  /** Works out what comparisons need for tokens added since the last call. */
  public void resolve() {
    names.resolveVariants(nameVariants);
  }

  private int familyId(@Nullable String familyName) {
    List<String> tokens = Names.tokens(familyName);
    return tokens.isEmpty() ? MISSING : names.id(String.join("", tokens));
  }

  private int place(String value) {
    return places.computeIfAbsent(value, k -> places.size());
  }

  /** Whether some record of the table has this name as its family name. */
  boolean familyNameElsewhere(int token) {
    return token >= 0 && token < familyCount.length && familyCount[token] > 0;
  }

  private void count(int token, boolean isGiven) {
    if (token < 0) {
      return;
    }
    if (token >= givenCount.length) {
      int grown = Math.max(token + 1, givenCount.length * 2);
      givenCount = Arrays.copyOf(givenCount, grown);
      familyCount = Arrays.copyOf(familyCount, grown);
    }
    if (isGiven) {
      givenCount[token]++;
    } else {
      familyCount[token]++;
    }
  }

  private void grow(int capacity) {
    given = Arrays.copyOf(given, capacity);
    givenJoined = Arrays.copyOf(givenJoined, capacity);
    middle = Arrays.copyOf(middle, capacity);
    ownMiddle = Arrays.copyOf(ownMiddle, capacity);
    knownAs = Arrays.copyOf(knownAs, capacity);
    family = Arrays.copyOf(family, capacity);
    previous = Arrays.copyOf(previous, capacity);
    previous2 = Arrays.copyOf(previous2, capacity);
    birth = Arrays.copyOf(birth, capacity);
    birthDay = Arrays.copyOf(birthDay, capacity);
    postcode = Arrays.copyOf(postcode, capacity);
    sector = Arrays.copyOf(sector, capacity);
    district = Arrays.copyOf(district, capacity);
    sex = Arrays.copyOf(sex, capacity);
    nhs = Arrays.copyOf(nhs, capacity);
    upn = Arrays.copyOf(upn, capacity);
    upnTemporary = Arrays.copyOf(upnTemporary, capacity);
    bornFrom = Arrays.copyOf(bornFrom, capacity);
    address = Arrays.copyOf(address, capacity);
    houseNumber = Arrays.copyOf(houseNumber, capacity);
    street = Arrays.copyOf(street, capacity);
    town = Arrays.copyOf(town, capacity);
    uprn = Arrays.copyOf(uprn, capacity);
    otherIds = Arrays.copyOf(otherIds, capacity);
    ownId = Arrays.copyOf(ownId, capacity);
  }

  /**
   * Whether rows a and b carry two different pupil numbers, neither of them temporary: a child with
   * a temporary number on one record and the permanent one on another is one child (on a partner
   * set built outside Lantern, 44 of 47 such pairs were kept apart as two children).
   */
  boolean pupilsDiffer(int a, int b) {
    return upn[a] >= 0 && upn[b] >= 0 && upn[a] != upn[b] && !upnTemporary[a] && !upnTemporary[b];
  }

  /**
   * Whether two pupil numbers as stored are two children's: both given, different, and neither
   * temporary ({@link #pupilsDiffer}). The one rule for the engine's rows and the person index's
   * stored records.
   */
  public static boolean pupilNumbersDiffer(@Nullable String a, @Nullable String b) {
    return a != null
        && b != null
        && !a.equals(b)
        && !temporaryPupilNumber(a)
        && !temporaryPupilNumber(b);
  }

  /** A temporary pupil number: its last character a letter where a permanent one has a digit. */
  static boolean temporaryPupilNumber(@Nullable String upn) {
    return upn != null && !upn.isEmpty() && Character.isLetter(upn.charAt(upn.length() - 1));
  }

  /** The oldest a pupil is when first given a pupil number: 19, in a sixth form. */
  static final int OLDEST_NEW_PUPIL = 19;

  /**
   * The earliest year of birth of someone holding this pupil number, from the year it was allocated
   * (characters 9 and 10: "15" for 2015; pupil numbers began in 1999), less {@link
   * #OLDEST_NEW_PUPIL} and a year's grace; 0 when there is no number or the year is not one (after
   * the current year).
   */
  static int pupilBornFrom(String upn) {
    if (upn == null || upn.length() != 13) {
      return 0;
    }
    char tens = upn.charAt(8);
    char units = upn.charAt(9);
    if (!Character.isDigit(tens) || !Character.isDigit(units)) {
      return 0;
    }
    int yy = (tens - '0') * 10 + (units - '0');
    int allocated = yy == 99 ? 1999 : 2000 + yy;
    if (allocated > Year.now().getValue()) {
      return 0;
    }
    return allocated - OLDEST_NEW_PUPIL - 1;
  }

  /** The share of records with this given name (when {@code isGiven}) or family name. */
  double frequency(int token, boolean isGiven) {
    int count = token >= givenCount.length ? 0 : isGiven ? givenCount[token] : familyCount[token];
    return Math.max(1, count) / (double) Math.max(1, size);
  }
}
