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

  /** First names at least this common in England and Wales are "common first names". */
  static final int COMMON_FIRST_NAME = 300;

  private static final Set<String> COMMON_FIRST_NAMES = commonFirstNames();

  private static Set<String> commonFirstNames() {
    Set<String> names = new HashSet<>();
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
        if (parts.length == 3 && Long.parseLong(parts[2].strip()) >= COMMON_FIRST_NAME) {
          names.add(parts[0].strip().toLowerCase(Locale.UK));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private boolean[] common = new boolean[1024];

  /** Whether the token is a common first name in England and Wales ("jack", "jake"). */
  boolean commonFirstName(int id) {
    return common[id];
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
    }
    int next = size++;
    ids.put(token, next);
    tokens[next] = token;
    chars[next] = token.toCharArray();
    metaphone[next] = code(METAPHONE.doubleMetaphone(token));
    metaphoneAlternate[next] = code(METAPHONE.doubleMetaphone(token, true));
    common[next] = COMMON_FIRST_NAMES.contains(token);
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
    for (int t = from; t < size; t++) {
      // one step only: a nickname and its formal name, or two the list gives together; two
      // nicknames of one name are not variants of each other (Daisy and Megan, both Margaret)
      Set<String> of = nameVariants.direct(tokens[t]);
      int[] known = of.stream().mapToInt(this::find).filter(i -> i >= 0).sorted().toArray();
      variants[t] = known;
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

  boolean nicknames(int a, int b) {
    int[] of = variants[a];
    return of.length > 0 && Arrays.binarySearch(of, b) >= 0;
  }

  /**
   * Numbers for the name itself and the formal names it is a nickname of: a name and its nickname
   * share at least one ("bobby" has robert's, and robert has its own).
   */
  int[] roots(int id) {
    return roots[id];
  }
}
