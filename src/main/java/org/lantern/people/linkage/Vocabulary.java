package org.lantern.people.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.lantern.people.search.NameVariants;

/**
 * Every distinct name token of a set of records, numbered, with what comparisons need worked out
 * once per token rather than once per pair: its characters, Double Metaphone codes, nickname
 * variants and a nickname root for blocking.
 */
final class Vocabulary {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  static final int MAX_ROOTS = 6;

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> codes = new HashMap<>();
  private final Map<String, Integer> rootIds = new HashMap<>();
  private String[] tokens = new String[1024];
  private char[][] chars = new char[1024][];
  private int[] metaphone = new int[1024];
  private int[] metaphoneAlternate = new int[1024];
  private int size;
  private int[][] variants = new int[0][];
  private int[][] roots = new int[0][];

  /**
   * The names the list gives as a nickname or spelling of each token, or the token of them (one
   * step, as {@link #nicknames}), whether or not they are among the tokens seen; empty for most.
   */
  private char[][][] nicknameGroup = new char[0][][];

  /** Whether a token may be a slip of another name: it is no name given to children or listed. */
  private boolean[] unknownName = new boolean[0];

  private static final char[][] NO_NAMES = new char[0][];

  /** First names at least this common in England and Wales are "common first names". */
  static final int COMMON_FIRST_NAME = 300;

  private static final Set<String> COMMON_FIRST_NAMES = new HashSet<>();

  /** Common first names given to boys, and to girls (some to both). */
  private static final Set<String> COMMON_BOYS = new HashSet<>();

  private static final Set<String> COMMON_GIRLS = new HashSet<>();

  /** Every first name in the list (given to at least 15 babies over five years), however rare. */
  private static final Set<String> FIRST_NAMES = new HashSet<>();

  static {
    readFirstNames();
  }

  private static void readFirstNames() {
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    Vocabulary.class
                        .getClassLoader()
                        .getResourceAsStream("names/first-names-england-wales.csv")),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split(",");
        if (parts.length != 3) {
          continue;
        }
        String name = parts[0].strip().toLowerCase(Locale.UK);
        FIRST_NAMES.add(name);
        if (Long.parseLong(parts[2].strip()) >= COMMON_FIRST_NAME) {
          COMMON_FIRST_NAMES.add(name);
          (parts[1].strip().equals("M") ? COMMON_BOYS : COMMON_GIRLS).add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean[] common = new boolean[1024];

  /** Each common first name's {@link Spellings#spoken} form, numbered; -1 for other tokens. */
  private int[] spoken = new int[1024];

  private final Map<String, Integer> spokenIds = new HashMap<>();

  /**
   * Whether the token is a first name: in the list of first names given to children (however
   * rarely) or in the nickname list.
   */
  boolean firstName(int id) {
    return id >= 0 && !unknownName[id];
  }

  /** Whether the token is a common first name in England and Wales ("jack", "jake"). */
  boolean commonFirstName(int id) {
    return common[id];
  }

  /**
   * Whether two different first names are two names, not one name mistyped or spelt another way:
   * two common first names more than one slip apart, even when they sound alike ("Jack" and "Jake",
   * "Maisie" and "Daisy"), unless they are one name spelt two ways ({@link #oneNameSpeltTwoWays}:
   * "Sophia" and "Sofia", which on a partner set built outside Lantern held 23 records of one child
   * apart as twins'); or two first names, however rare, that do not sound alike and begin with
   * different letters ("Mason" and "Jason", "Ishaal" and "Aisha"). Twins are often given such
   * names, and a slip rarely changes a name's first letter. Spellings of one name that sound alike
   * ("Catherine" and "Katherine") or share the first letter ("Charlotte" and "Carlotta") are left
   * to the similarity levels.
   */
  boolean twinsNames(int a, int b) {
    if (commonFirstName(a)
        && commonFirstName(b)
        && !Similarity.oneSlip(chars(a), chars(b))
        && !oneNameSpeltTwoWays(a, b)) {
      return true;
    }
    return firstName(a) && firstName(b) && chars(a)[0] != chars(b)[0] && !soundAlike(a, b);
  }

  /**
   * Whether two common first names are one name spelt two ways: said alike ({@link
   * Spellings#spoken}: "Sophia" and "Sofia", "Rhys" and "Reece") and not one a boy's name and the
   * other a girl's ("Daniel" and "Danielle", which parents give to twins).
   */
  boolean oneNameSpeltTwoWays(int a, int b) {
    if (spoken[a] < 0 || spoken[a] != spoken[b]) {
      return false;
    }
    String x = tokens[a];
    String y = tokens[b];
    boolean boyAndGirl =
        (COMMON_BOYS.contains(x) && !COMMON_GIRLS.contains(x))
                && (COMMON_GIRLS.contains(y) && !COMMON_BOYS.contains(y))
            || (COMMON_GIRLS.contains(x) && !COMMON_BOYS.contains(x))
                && (COMMON_BOYS.contains(y) && !COMMON_GIRLS.contains(y));
    return !boyAndGirl;
  }

  /**
   * Whether a nickname pair is two names in their own right: both common first names, and the one
   * not a shortening of the other (their first two letters differ): "Harry" and "Henry", "Jack" and
   * "John", which parents give to two children, twins among them; not "Alfie" and "Alfred", "Ollie"
   * and "Oliver", plainly one name; nor two spellings that sound alike ("Mohammed" and "Muhammad").
   */
  boolean ownNames(int a, int b) {
    char[] ca = chars(a);
    char[] cb = chars(b);
    return commonFirstName(a)
        && commonFirstName(b)
        && (ca.length < 2 || cb.length < 2 || ca[0] != cb[0] || ca[1] != cb[1])
        && !soundAlike(a, b);
  }

  /** The token's number, adding it if new. */
  int id(String token) {
    Integer id = ids.get(token);
    if (id != null) {
      return id;
    }
    if (size == tokens.length) {
      int grown = size * 2;
      tokens = Arrays.copyOf(tokens, grown);
      chars = Arrays.copyOf(chars, grown);
      metaphone = Arrays.copyOf(metaphone, grown);
      metaphoneAlternate = Arrays.copyOf(metaphoneAlternate, grown);
      common = Arrays.copyOf(common, grown);
      spoken = Arrays.copyOf(spoken, grown);
    }
    int next = size++;
    ids.put(token, next);
    tokens[next] = token;
    chars[next] = token.toCharArray();
    metaphone[next] = code(METAPHONE.doubleMetaphone(token));
    metaphoneAlternate[next] = code(METAPHONE.doubleMetaphone(token, true));
    common[next] = COMMON_FIRST_NAMES.contains(token);
    spoken[next] =
        common[next]
            ? spokenIds.computeIfAbsent(Spellings.spoken(token), k -> spokenIds.size())
            : -1;
    return next;
  }

  /** The number of a token already seen, or -1. */
  int find(String token) {
    Integer id = ids.get(token);
    return id == null ? -1 : id;
  }

  private int code(String code) {
    if (code == null || code.isEmpty()) {
      return -1;
    }
    return codes.computeIfAbsent(code, k -> codes.size());
  }

  /**
   * Works out nickname variants and roots among the tokens seen; call after the last {@link #id}.
   */
  void resolveVariants(NameVariants nameVariants) {
    int from = variants.length;
    variants = Arrays.copyOf(variants, size);
    roots = Arrays.copyOf(roots, size);
    nicknameGroup = Arrays.copyOf(nicknameGroup, size);
    unknownName = Arrays.copyOf(unknownName, size);
    for (int t = from; t < size; t++) {
      // one step only: a nickname and its formal name, or two the list gives together; two
      // nicknames of one name are not variants of each other (Daisy and Megan, both Margaret)
      Set<String> of = nameVariants.direct(tokens[t]);
      int[] known = of.stream().mapToInt(this::find).filter(i -> i >= 0).sorted().toArray();
      variants[t] = known;
      nicknameGroup[t] =
          of.isEmpty() ? NO_NAMES : of.stream().map(String::toCharArray).toArray(char[][]::new);
      unknownName[t] = of.isEmpty() && !FIRST_NAMES.contains(tokens[t]);
      Set<String> formals = nameVariants.formalsOf(tokens[t]);
      roots[t] =
          Stream.concat(Stream.of(tokens[t]), formals.stream())
              .limit(MAX_ROOTS)
              .mapToInt(name -> rootIds.computeIfAbsent(name, k -> rootIds.size()))
              .sorted()
              .distinct()
              .toArray();
    }
  }

  int size() {
    return size;
  }

  String token(int id) {
    return tokens[id];
  }

  char[] chars(int id) {
    return chars[id];
  }

  boolean soundAlike(int a, int b) {
    int pa = metaphone[a];
    int pb = metaphone[b];
    if (pa < 0 || pb < 0) {
      return false;
    }
    return pa == pb || pa == metaphoneAlternate[b] || metaphoneAlternate[a] == pb;
  }

  int metaphone(int id) {
    return metaphone[id];
  }

  /**
   * Whether the list gives one as a nickname or spelling of the other. Asked both ways: a name
   * resolved before the other was seen (an earlier batch of an index grown by {@link
   * RecordTable#add}) does not hold it among its variants, but the later one holds the earlier.
   */
  boolean nicknames(int a, int b) {
    return listed(variants[a], b) || listed(variants[b], a);
  }

  private static boolean listed(int[] of, int name) {
    return of.length > 0 && Arrays.binarySearch(of, name) >= 0;
  }

  /**
   * Whether one of the two is a typing slip of a nickname or formal name of the other ("Robbert"
   * and "Bobby", "Kaite" and "Katherine"): one character changed, added or dropped, or two swapped
   * ({@link Similarity#oneSlip}), from a name the list gives together with the other, one step only
   * (not a sibling nickname: "Daisy" and "Megan" stay apart). The slipped one must be no name at
   * all: not in the list of first names given to children, nor in the nickname list. A slip that
   * lands on a real name ("Tim" for "Tom", "Meg" for "Peg") is read as that name, as twins may be
   * given two such names.
   */
  boolean nicknameSlip(int a, int b) {
    return (unknownName[a] && slipOfAny(chars[a], nicknameGroup[b]))
        || (unknownName[b] && slipOfAny(chars[b], nicknameGroup[a]));
  }

  private static boolean slipOfAny(char[] name, char[][] group) {
    for (char[] other : group) {
      if (Similarity.oneSlip(name, other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers for the name itself and the formal names it is a nickname of: a name and its nickname
   * share at least one ("bobby" has robert's, and robert has its own).
   */
  int[] roots(int id) {
    return roots[id];
  }
}
