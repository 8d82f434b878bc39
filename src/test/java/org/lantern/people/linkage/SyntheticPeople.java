package org.lantern.people.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.lantern.people.NhsNumber;
import org.lantern.people.UniquePupilNumber;
import org.lantern.people.search.NameVariants;

/**
 * A synthetic population with its ground truth: children, each known to one to four agencies
 * (council, police, NHS, schools), whose records carry the errors real ones do — typing slips,
 * nicknames, first and middle names swapped, changed surnames, transposed or missing dates, moved
 * addresses — and twins, who are two people however alike they look. Names are drawn with the
 * frequencies of England and Wales (first names from ONS; family names from a common list plus a
 * long tail of rarer ones). Synthetic only: no real person.
 */
public final class SyntheticPeople {

  /** The error rates of the default mix, per record. */
  public record Errors(
      double givenTypo,
      double nickname,
      double swappedNames,
      double familyTypo,
      double changedSurname,
      double missingMiddle,
      double missingBirthDate,
      double transposedBirthDate,
      double birthDateTypo,
      double missingPostcode,
      double moved,
      double missingSex,
      double twins,
      double invalidNhs,
      double impossibleBirthDate,
      double namesReversed,
      double replacedGiven,
      double parentRecorded,
      double missingAddress,
      double otherIdTypo) {

    /**
     * The default mix: issue 16's error classes added — invalid NHS numbers and impossible dates
     * (the field set aside on import, so missing here), given and family names the wrong way round,
     * replaced given names, 3 % of children with a twin in the same household, a parent recorded at
     * the same address with a similar name, addresses that moved, identifiers with typos.
     */
    public static Errors defaults() {
      return new Errors(
          0.05, 0.08, 0.03, 0.04, 0.03, 0.30, 0.05, 0.02, 0.03, 0.10, 0.15, 0.03, 0.03, 0.01, 0.01,
          0.03, 0.02, 0.05, 0.30, 0.03);
    }
  }

  /** How a generated person is related to another: not, a twin of, or a parent of. */
  public enum Relation {
    NONE,
    TWIN,
    PARENT
  }

  /**
   * One generated record: which person it really is, which agency holds it, the record, and the
   * person it is the twin or parent of ({@code relative}, -1 when none).
   */
  public record Generated(
      int person, String source, LinkRecord record, Relation relation, int relative, int errors) {

    public Generated(
        int person, String source, LinkRecord record, Relation relation, int relative) {
      this(person, source, record, relation, relative, 0);
    }

    /** The error classes applied to this record, in words (for the benchmark's diagnosis). */
    public String errorNames() {
      StringBuilder out = new StringBuilder();
      for (ErrorKind kind : ErrorKind.values()) {
        if ((errors & (1 << kind.ordinal())) != 0) {
          out.append(out.isEmpty() ? "" : "+").append(kind);
        }
      }
      return out.isEmpty() ? "clean" : out.toString();
    }
  }

  /** The error classes a record may carry, as bits of {@link Generated#errors()}. */
  public enum ErrorKind {
    FIRST_MIDDLE_SWAP,
    NICKNAME,
    REPLACED_GIVEN,
    GIVEN_TYPO,
    CHANGED_SURNAME,
    FAMILY_TYPO,
    NAMES_REVERSED,
    NO_BIRTH_DATE,
    BIRTH_TRANSPOSED,
    BIRTH_SLIP,
    NO_POSTCODE,
    MOVED,
    OTHER_ID_TYPO,
    NHS_SET_ASIDE
  }

  private int flags;

  private void flag(ErrorKind kind) {
    flags |= 1 << kind.ordinal();
  }

  static final List<String> SOURCES = List.of("council", "police", "nhs", "school");
  private static final String[] TAIL_START = {
    "Ash", "Brad", "Hol", "Ken", "Mar", "Pen", "Ravens", "Stan", "Thorn", "Whit", "Al", "Bur",
    "Cal", "Dun", "Fair", "Gold", "Hart", "Kirk", "Lang", "Mill", "New", "Oak", "Pr", "Rud",
    "Shel", "Sut", "Wal", "Wes", "Bel", "Cor", "Dal", "El", "Fen", "Gar", "Hal", "Ing"
  };
  private static final String[] TAIL_MIDDLE = {"", "", "er", "in", "ing", "el", "an", "ow", "en"};
  private static final String[] TAIL_END = {
    "ton", "ley", "worth", "field", "ham", "more", "by", "wood", "well", "ridge", "son", "man",
    "stead", "thorpe", "cote", "hurst", "dale", "ford", "bury", "croft", "sby", "lock", "ett",
    "ings"
  };
  private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final SplittableRandom random;
  private final Errors errors;
  private final NameVariants variants;
  private final Weighted girls = Weighted.read("names/first-names-england-wales.csv", "F");
  private final Weighted boys = Weighted.read("names/first-names-england-wales.csv", "M");
  private final Weighted surnames = Weighted.read("names/surnames.csv", null);

  public SyntheticPeople(long seed, Errors errors, NameVariants variants) {
    this.random = new SplittableRandom(seed);
    this.errors = errors;
    this.variants = variants;
  }

  /** About {@code records} records (a person's records are never split), in random order. */
  public List<Generated> generate(int records) {
    List<Generated> out = new ArrayList<>(records + 8);
    int person = 0;
    while (out.size() < records) {
      Person p = person(person++);
      addRecords(out, p, Relation.NONE, -1);
      if (random.nextDouble() < errors.twins()) {
        addRecords(out, twinOf(p, person++), Relation.TWIN, p.id());
      }
      if (random.nextDouble() < errors.parentRecorded()) {
        addRecords(out, parentOf(p, person++), Relation.PARENT, p.id());
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Generated swap = out.get(i);
      out.set(i, out.get(j));
      out.set(j, swap);
    }
    return out;
  }

  private record Person(
      int id,
      String sex,
      String given,
      @Nullable String middle,
      String family,
      LocalDate born,
      String postcode,
      String nhs,
      @Nullable String upn,
      @Nullable String knownAs,
      String address,
      String town,
      String uprn,
      String policeRef) {}

  private Person person(int id) {
    String sex = random.nextBoolean() ? "F" : "M";
    Weighted names = sex.equals("F") ? girls : boys;
    String given = names.pick(random);
    String middle = random.nextDouble() < 0.6 ? names.pick(random) : null;
    LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365));
    boolean atSchool = born.isBefore(LocalDate.of(2021, 9, 1));
    return new Person(
        id,
        sex,
        given,
        middle,
        familyName(),
        born,
        postcode(null),
        nhsNumber(),
        atSchool ? upn(born) : null,
        knownAs(given),
        address(),
        "Marlton",
        uprn(),
        policeRef());
  }

  /**
   * A parent at the same address: the same family name, born 18 to 40 years before, a given name
   * like the child's (the same in a quarter, as "Sarah" and "Sarah"; otherwise one sharing its
   * first three letters where the list has one, as "Charles" and "Charlotte").
   */
  private Person parentOf(Person child, int id) {
    String sex = random.nextBoolean() ? "F" : "M";
    Weighted names = sex.equals("F") ? girls : boys;
    String given = names.pick(random);
    if (random.nextDouble() < 0.25 && sex.equals(child.sex())) {
      given = child.given();
    } else {
      for (int tries = 0; tries < 200; tries++) {
        String candidate = names.pick(random);
        if (candidate.length() >= 3
            && child.given().length() >= 3
            && candidate.regionMatches(true, 0, child.given(), 0, 3)) {
          given = candidate;
          break;
        }
      }
    }
    LocalDate born =
        child.born().minusYears(18 + random.nextInt(23)).minusDays(random.nextInt(365));
    return new Person(
        id,
        sex,
        given,
        random.nextDouble() < 0.6 ? names.pick(random) : null,
        child.family(),
        born,
        child.postcode(),
        nhsNumber(),
        null,
        null,
        child.address(),
        child.town(),
        child.uprn(),
        policeRef());
  }

  /** The one nickname a child is known by, when the list gives one (a third of children). */
  private @Nullable String knownAs(String given) {
    var of = variants.direct(given.toLowerCase(java.util.Locale.UK));
    if (of.isEmpty() || random.nextDouble() < 0.66) {
      return null;
    }
    int pick = random.nextInt(of.size());
    String chosen = of.stream().skip(pick).findFirst().orElseThrow();
    return Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1);
  }

  private static final String[] STREETS = {
    "Mill",
    "Church",
    "Station",
    "High",
    "Park",
    "Victoria",
    "Green",
    "Manor",
    "Kings",
    "Queens",
    "Grange",
    "School",
    "North",
    "New",
    "Chapel",
    "Springfield",
    "Albert",
    "York",
    "Windsor",
    "Highfield",
    "Orchard",
    "Meadow",
    "Beech",
    "Oak",
    "Elm",
    "Willow",
    "Ash",
    "Cedar",
    "Holly",
    "Hawthorn"
  };
  private static final String[] STREET_TYPES = {
    "Road", "Street", "Lane", "Close", "Avenue", "Drive"
  };

  private String address() {
    return (1 + random.nextInt(180))
        + " "
        + STREETS[random.nextInt(STREETS.length)]
        + " "
        + STREETS[random.nextInt(STREETS.length)].charAt(0)
        + (char) ('a' + random.nextInt(26))
        + (char) ('a' + random.nextInt(26))
        + " "
        + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
  }

  private String uprn() {
    return String.valueOf(100_000_000_000L + random.nextLong(900_000_000_000L));
  }

  private String policeRef() {
    return "MP" + (100_000 + random.nextInt(900_000));
  }

  private Person twinOf(Person p, int id) {
    String sex = random.nextBoolean() ? p.sex() : p.sex().equals("F") ? "M" : "F";
    String given;
    do {
      given = (sex.equals("F") ? girls : boys).pick(random);
    } while (given.equals(p.given()));
    return new Person(
        id,
        sex,
        given,
        null,
        p.family(),
        p.born(),
        p.postcode(),
        nhsNumber(),
        p.upn() == null ? null : upn(p.born()),
        knownAs(given),
        p.address(),
        p.town(),
        p.uprn(),
        policeRef());
  }

  private void addRecords(List<Generated> out, Person p, Relation relation, int relative) {
    double r = random.nextDouble();
    int count = r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
    for (int k = 0; k < count; k++) {
      String source = SOURCES.get(random.nextInt(SOURCES.size()));
      flags = 0;
      LinkRecord record = recordOf(p, source);
      out.add(new Generated(p.id(), source, record, relation, relative, flags));
    }
  }

  private LinkRecord recordOf(Person p, String source) {
    String given = p.given();
    String middle = p.middle();
    if (middle != null && random.nextDouble() < errors.swappedNames()) {
      String swap = given;
      given = middle;
      middle = swap;
      flag(ErrorKind.FIRST_MIDDLE_SWAP);
    } else if (p.knownAs() != null && random.nextDouble() < errors.nickname() * 3) {
      given = p.knownAs();
      flag(ErrorKind.NICKNAME);
    } else if (random.nextDouble() < errors.replacedGiven()) {
      given = (p.sex().equals("F") ? girls : boys).pick(random);
      flag(ErrorKind.REPLACED_GIVEN);
    }
    if (random.nextDouble() < errors.givenTypo()) {
      given = typo(given);
      flag(ErrorKind.GIVEN_TYPO);
    }
    if (random.nextDouble() < errors.missingMiddle()) {
      middle = null;
    }
    String family = p.family();
    List<String> previous = List.of();
    if (random.nextDouble() < errors.changedSurname()) {
      family = familyName();
      previous = random.nextBoolean() ? List.of(p.family()) : List.of();
      flag(ErrorKind.CHANGED_SURNAME);
    }
    if (random.nextDouble() < errors.familyTypo()) {
      family = typo(family);
      flag(ErrorKind.FAMILY_TYPO);
    }
    if (random.nextDouble() < errors.namesReversed()) {
      String swap = given;
      given = family;
      family = swap;
      flag(ErrorKind.NAMES_REVERSED);
    }
    LocalDate born = p.born();
    double d = random.nextDouble();
    if (d < errors.missingBirthDate() + errors.impossibleBirthDate()) {
      born = null;
      flag(ErrorKind.NO_BIRTH_DATE);
    } else if (d < errors.missingBirthDate() + errors.transposedBirthDate()
        && born.getDayOfMonth() <= 12
        && born.getDayOfMonth() != born.getMonthValue()) {
      born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
      flag(ErrorKind.BIRTH_TRANSPOSED);
    } else if (d
        < errors.missingBirthDate() + errors.transposedBirthDate() + errors.birthDateTypo()) {
      born = random.nextBoolean() ? born.plusDays(1 + random.nextInt(9)) : born.plusYears(1);
      flag(ErrorKind.BIRTH_SLIP);
    }
    String postcode = p.postcode();
    String address = random.nextDouble() < errors.missingAddress() ? null : p.address();
    String town = address == null ? null : p.town();
    double m = random.nextDouble();
    if (m < errors.missingPostcode()) {
      postcode = null;
      flag(ErrorKind.NO_POSTCODE);
    } else if (m < errors.missingPostcode() + errors.moved()) {
      postcode = postcode(random.nextBoolean() ? p.postcode() : null);
      address = address == null ? null : address();
      flag(ErrorKind.MOVED);
    }
    String uprn =
        source.equals("council")
                && address != null
                && address.equals(p.address())
                && random.nextBoolean()
            ? p.uprn()
            : null;
    List<OtherId> otherIds = new ArrayList<>();
    if (source.equals("police") || (source.equals("council") && random.nextDouble() < 0.3)) {
      String ref = p.policeRef();
      if (random.nextDouble() < errors.otherIdTypo()) {
        ref = typo(ref);
        flag(ErrorKind.OTHER_ID_TYPO);
      }
      otherIds.add(new OtherId("police", ref));
    }
    String sex = random.nextDouble() < errors.missingSex() ? null : p.sex();
    boolean hasNhs =
        random.nextDouble()
            < switch (source) {
              case "nhs" -> 0.95;
              case "council" -> 0.4;
              case "school" -> 0.1;
              default -> 0.05;
            };
    boolean hasUpn =
        p.upn() != null
            && random.nextDouble()
                < switch (source) {
                  case "school" -> 0.95;
                  case "council" -> 0.3;
                  default -> 0.0;
                };
    if (hasNhs && random.nextDouble() < errors.invalidNhs()) {
      // a mistyped NHS number fails its check digit and is set aside on import
      hasNhs = false;
      flag(ErrorKind.NHS_SET_ASIDE);
    }
    return new LinkRecord(
        given,
        middle,
        family,
        previous,
        born,
        sex,
        postcode,
        hasNhs ? p.nhs() : null,
        hasUpn ? p.upn() : null,
        address,
        town,
        uprn,
        otherIds);
  }

  /** One typing slip: a letter changed, dropped, doubled or two swapped. */
  private String typo(String name) {
    if (name.length() < 3) {
      return name;
    }
    int at = 1 + random.nextInt(name.length() - 2);
    char[] c = name.toCharArray();
    return switch (random.nextInt(4)) {
      case 0 -> {
        c[at] = (char) ('a' + random.nextInt(26));
        yield new String(c);
      }
      case 1 -> name.substring(0, at) + name.substring(at + 1);
      case 2 -> name.substring(0, at) + c[at] + name.substring(at);
      default -> {
        char swap = c[at];
        c[at] = c[at + 1 < c.length ? at + 1 : at - 1];
        c[at + 1 < c.length ? at + 1 : at - 1] = swap;
        yield new String(c);
      }
    };
  }

  /** A third from the common list, the rest from a long tail of rarer names. */
  private String familyName() {
    if (random.nextDouble() < 0.3) {
      return surnames.pick(random);
    }
    return TAIL_START[random.nextInt(TAIL_START.length)]
        + TAIL_MIDDLE[random.nextInt(TAIL_MIDDLE.length)]
        + TAIL_END[random.nextInt(TAIL_END.length)]
        + (random.nextDouble() < 0.5 ? "" : TAIL_END[random.nextInt(TAIL_END.length)]);
  }

  /** A postcode in a made-up area; a move within the same district keeps the outward code. */
  private String postcode(@Nullable String near) {
    String outward =
        near != null ? near.substring(0, near.indexOf(' ')) : "MR" + (1 + random.nextInt(60));
    return outward
        + " "
        + random.nextInt(10)
        + LETTERS.charAt(random.nextInt(LETTERS.length()))
        + LETTERS.charAt(random.nextInt(LETTERS.length()));
  }

  private String nhsNumber() {
    while (true) {
      String nine = String.format("%09d", 400_000_000 + random.nextInt(500_000_000));
      int check = NhsNumber.checkDigit(nine);
      if (check >= 0) {
        return nine + check;
      }
    }
  }

  /**
   * A pupil number allocated when the child started school: the year of allocation (characters 9
   * and 10) is the school year the child turned 4 or 5, as real numbers carry it. (The random draw
   * the year once came from is still made, so the rest of the population is as before.)
   */
  private String upn(LocalDate born) {
    int la = 800 + random.nextInt(100);
    int establishment = 2000 + random.nextInt(8000);
    random.nextInt(100);
    int allocated = born.plusYears(4).plusMonths(4).getYear() % 100;
    String twelve =
        String.format("%03d%04d%02d%03d", la, establishment, allocated, random.nextInt(1000));
    return UniquePupilNumber.checkLetter(twelve) + twelve;
  }

  /** Names with weights, picked by binary search over cumulative weights. */
  private record Weighted(String[] names, long[] cumulative) {

    String pick(SplittableRandom random) {
      long x = random.nextLong(cumulative[cumulative.length - 1]);
      int i = java.util.Arrays.binarySearch(cumulative, x + 1);
      return names[i >= 0 ? i : -i - 1];
    }

    static Weighted read(String resource, @Nullable String sex) {
      List<String> names = new ArrayList<>();
      List<Long> weights = new ArrayList<>();
      try (var reader =
          new BufferedReader(
              new InputStreamReader(
                  Objects.requireNonNull(
                      SyntheticPeople.class.getClassLoader().getResourceAsStream(resource)),
                  StandardCharsets.UTF_8))) {
        reader.readLine();
        String line;
        while ((line = reader.readLine()) != null) {
          String[] parts = line.split(",");
          if (sex == null) {
            names.add(parts[0]);
            weights.add(Long.parseLong(parts[1].strip()));
          } else if (parts[1].equals(sex)) {
            names.add(parts[0]);
            weights.add(Long.parseLong(parts[2].strip()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long[] cumulative = new long[weights.size()];
      long sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted(names.toArray(String[]::new), cumulative);
    }
  }
}
