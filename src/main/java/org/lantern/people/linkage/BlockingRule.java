package org.lantern.people.linkage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which pairs are compared at all: two records become a candidate pair when they share the key of
 * at least one rule. Each rule tolerates different errors, so that a pair missed by one (a typo in
 * the family name, a changed surname, a missing date of birth) is caught by another.
 */
public enum BlockingRule {
  /** The same NHS number. */
  NHS_NUMBER,
  /** The same unique pupil number. */
  PUPIL_NUMBER,
  /**
   * The same date of birth and the same given name or a nickname of it: catches changed surnames.
   */
  BIRTH_DATE_AND_GIVEN_ROOT,
  /** The same date of birth and family name sounding alike: catches given-name typos and swaps. */
  BIRTH_DATE_AND_FAMILY_SOUND,
  /** Family name sounding alike and given name or a nickname of it: missing or wrong dates. */
  FAMILY_SOUND_AND_GIVEN_ROOT,
  /**
   * Family name (or a previous one) sounding alike and the same given or middle name: first and
   * middle names swapped, with a wrong or missing date or a changed surname as well.
   */
  FAMILY_SOUND_AND_ANY_FORENAME,
  /** Both names sounding alike and the same birth year. */
  NAMES_SOUND_AND_BIRTH_YEAR,
  /** The same postcode and given name sound: changed surname with a wrong date. */
  POSTCODE_AND_GIVEN_SOUND,
  /** The same date of birth and given name initial: a typo in the given name and a new surname. */
  BIRTH_DATE_AND_GIVEN_INITIAL,
  /**
   * Family name sounding alike, the given name's initial and the birth year: a typo in the given
   * name and a wrong day or month. (The family sound and initial alone made 94 million pairs in a
   * million records, for under one per cent of the true ones.)
   */
  FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTH_YEAR,
  /**
   * Family name sounding alike, the given name's initial and the day and month of birth: a typo in
   * the given name and a wrong year.
   */
  FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTHDAY,
  /**
   * Family name sounding alike and the given name's initial, in small blocks only: a typo in the
   * given name and no date of birth, for the less common family names (see {@link #maxBlock()}).
   */
  FAMILY_SOUND_AND_GIVEN_INITIAL,
  /**
   * The same date of birth and postcode: any names (a replaced given name and a new surname, or
   * names too garbled for every name rule). Blocks are households' children born the same day.
   */
  BIRTH_DATE_AND_POSTCODE,
  /**
   * Given and family name sounds as an unordered pair: catches given and family names written the
   * wrong way round ("Shepherd Sybella"), which no rule keyed on the family name finds.
   */
  NAMES_SOUND_EITHER_WAY,
  /**
   * The same other identifier (a police or council reference) of the same system: the strongest
   * evidence there is after an NHS number, whatever the names and dates say.
   */
  OTHER_IDENTIFIER,
  /**
   * The same address (its normalised lines) or the same UPRN: a household. Catches a replaced or
   * reversed name with a missing or mistyped date; blocks are the people of one address.
   */
  HOUSEHOLD,
  /**
   * Family name sounding alike and the same postcode: a replaced given name with a missing or wrong
   * date of birth.
   */
  FAMILY_SOUND_AND_POSTCODE,
  /**
   * The same date of birth and any name of one record sounding like any name of the other (given,
   * middle, family or previous family name, in whatever place): names written the wrong way round,
   * or first and middle names swapped, with a slip or a new surname as well.
   */
  BIRTH_DATE_AND_ANY_NAME_SOUND;

  /**
   * The largest block this rule compares within; larger ones are skipped. Only the family sound and
   * initial rule has one of its own: its blocks for common family names are huge and yield little
   * that the dated rules do not.
   */
  public int maxBlock() {
    return this == FAMILY_SOUND_AND_GIVEN_INITIAL ? SMALL_BLOCK : Integer.MAX_VALUE;
  }

  static final int SMALL_BLOCK = 100;

  /** Whether a record has at most one key under this rule (all but the nickname-root rules). */
  public boolean oneKey() {
    return this != BIRTH_DATE_AND_GIVEN_ROOT
        && this != FAMILY_SOUND_AND_GIVEN_ROOT
        && this != FAMILY_SOUND_AND_ANY_FORENAME
        && this != OTHER_IDENTIFIER
        && this != HOUSEHOLD
        && this != BIRTH_DATE_AND_ANY_NAME_SOUND;
  }

  /**
   * The comparisons whose fields make this rule's key: within its blocks they agree by
   * construction, so they tell EM nothing when it learns from the rule's pairs.
   */
  public Set<Comparison> comparisons() {
    return switch (this) {
      case NHS_NUMBER -> EnumSet.of(Comparison.NHS_NUMBER);
      case PUPIL_NUMBER -> EnumSet.of(Comparison.PUPIL_NUMBER);
      case BIRTH_DATE_AND_GIVEN_ROOT -> EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.GIVEN_NAME);
      case BIRTH_DATE_AND_FAMILY_SOUND ->
          EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.FAMILY_NAME);
      case FAMILY_SOUND_AND_GIVEN_ROOT -> EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME);
      case FAMILY_SOUND_AND_ANY_FORENAME ->
          EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME);
      case NAMES_SOUND_AND_BIRTH_YEAR ->
          EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME, Comparison.DATE_OF_BIRTH);
      case POSTCODE_AND_GIVEN_SOUND -> EnumSet.of(Comparison.POSTCODE, Comparison.GIVEN_NAME);
      case BIRTH_DATE_AND_GIVEN_INITIAL ->
          EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.GIVEN_NAME);
      case FAMILY_SOUND_AND_GIVEN_INITIAL ->
          EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME);
      case FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTH_YEAR, FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTHDAY ->
          EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME, Comparison.DATE_OF_BIRTH);
      case BIRTH_DATE_AND_POSTCODE -> EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.POSTCODE);
      case NAMES_SOUND_EITHER_WAY -> EnumSet.of(Comparison.FAMILY_NAME, Comparison.GIVEN_NAME);
      case OTHER_IDENTIFIER -> EnumSet.of(Comparison.OTHER_ID);
      case HOUSEHOLD -> EnumSet.of(Comparison.ADDRESS);
      case FAMILY_SOUND_AND_POSTCODE -> EnumSet.of(Comparison.FAMILY_NAME, Comparison.POSTCODE);
      case BIRTH_DATE_AND_ANY_NAME_SOUND -> EnumSet.of(Comparison.DATE_OF_BIRTH);
    };
  }

  /** The most keys a record has under one rule (one per nickname root of its given name). */
  public static final int MAX_KEYS = Vocabulary.MAX_ROOTS;

  /**
   * Writes the record's keys under this rule into {@code out} and says how many: none when the
   * record lacks a part of the rule, several when its given name is a nickname of several names.
   */
  public int keys(RecordTable t, int i, long[] out) {
    return switch (this) {
      case NHS_NUMBER -> one(out, t.nhs[i] != 0, t.nhs[i]);
      case PUPIL_NUMBER -> one(out, t.upn[i] >= 0, t.upn[i]);
      case BIRTH_DATE_AND_GIVEN_ROOT ->
          t.birth[i] == 0 || t.given[i] < 0 ? 0 : roots(t, i, t.birth[i], out);
      case BIRTH_DATE_AND_FAMILY_SOUND ->
          one(out, t.birth[i] != 0 && t.family[i] >= 0, pack(t.birth[i], sound(t, t.family[i])));
      case FAMILY_SOUND_AND_GIVEN_ROOT ->
          t.family[i] < 0 || t.given[i] < 0 ? 0 : roots(t, i, sound(t, t.family[i]), out);
      case FAMILY_SOUND_AND_ANY_FORENAME -> forenames(t, i, out);
      case NAMES_SOUND_AND_BIRTH_YEAR ->
          one(
              out,
              t.family[i] >= 0 && t.given[i] >= 0 && t.birth[i] != 0,
              pack(sound(t, t.family[i]) * 31 + sound(t, t.given[i]) * 7919, t.birth[i] / 10000));
      case POSTCODE_AND_GIVEN_SOUND ->
          one(
              out,
              t.postcode[i] >= 0 && t.given[i] >= 0,
              pack(t.postcode[i], sound(t, t.given[i])));
      case BIRTH_DATE_AND_GIVEN_INITIAL ->
          one(out, t.birth[i] != 0 && t.given[i] >= 0, pack(t.birth[i], initial(t, t.given[i])));
      case FAMILY_SOUND_AND_GIVEN_INITIAL ->
          one(
              out,
              t.family[i] >= 0 && t.given[i] >= 0,
              pack(sound(t, t.family[i]), 0x10000 + initial(t, t.given[i])));
      case FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTH_YEAR ->
          one(
              out,
              t.family[i] >= 0 && t.given[i] >= 0 && t.birth[i] != 0,
              pack(
                  sound(t, t.family[i]),
                  (0x10000 + initial(t, t.given[i])) * 10000 + t.birth[i] / 10000));
      case FAMILY_SOUND_GIVEN_INITIAL_AND_BIRTHDAY ->
          one(
              out,
              t.family[i] >= 0 && t.given[i] >= 0 && t.birth[i] != 0,
              pack(
                  sound(t, t.family[i]),
                  -((0x10000 + initial(t, t.given[i])) * 10000 + t.birth[i] % 10000)));
      case BIRTH_DATE_AND_POSTCODE ->
          one(
              out,
              t.birth[i] != 0 && t.postcode[i] >= 0,
              pack(t.birth[i], 0x20000000 + t.postcode[i]));
      case NAMES_SOUND_EITHER_WAY -> {
        if (t.family[i] < 0 || t.given[i] < 0) {
          yield 0;
        }
        int g = sound(t, t.given[i]);
        int f = sound(t, t.family[i]);
        yield one(out, true, pack(Math.min(g, f) ^ 0x55555555, Math.max(g, f)));
      }
      case OTHER_IDENTIFIER -> otherIdentifiers(t, i, out);
      case HOUSEHOLD -> household(t, i, out);
      case FAMILY_SOUND_AND_POSTCODE ->
          one(
              out,
              t.family[i] >= 0 && t.postcode[i] >= 0,
              pack(sound(t, t.family[i]), 0x30000000 + t.postcode[i]));
      case BIRTH_DATE_AND_ANY_NAME_SOUND -> anyNameSound(t, i, out);
    };
  }

  /** One key per other identifier (system and value), at most {@link #MAX_KEYS}. */
  private static int otherIdentifiers(RecordTable t, int i, long[] out) {
    long[] ids = t.otherIds[i];
    if (ids == null) {
      return 0;
    }
    int count = 0;
    for (long id : ids) {
      if (count < MAX_KEYS) {
        out[count++] = id ^ 0x6A09E667F3BCC908L;
      }
    }
    return count;
  }

  /** The address's lines and its UPRN, each a key when there. */
  private static int household(RecordTable t, int i, long[] out) {
    int count = 0;
    if (t.address[i] >= 0) {
      out[count++] = pack(0x50000000, t.address[i]);
    }
    if (t.uprn[i] != 0) {
      out[count++] = t.uprn[i] ^ 0x3C6EF372FE94F82BL;
    }
    return count;
  }

  /** The date of birth with the sound of each of the record's names, each sound once. */
  private static int anyNameSound(RecordTable t, int i, long[] out) {
    if (t.birth[i] == 0) {
      return 0;
    }
    int count = 0;
    for (int name : new int[] {t.given[i], t.middle[i], t.family[i], t.previous[i]}) {
      if (name < 0) {
        continue;
      }
      long key = pack(t.birth[i] ^ 0x7F4A7C15, sound(t, name));
      boolean seen = false;
      for (int k = 0; k < count; k++) {
        seen |= out[k] == key;
      }
      if (!seen) {
        out[count++] = key;
      }
    }
    return count;
  }

  private static int one(long[] out, boolean present, long key) {
    if (!present) {
      return 0;
    }
    out[0] = key;
    return 1;
  }

  private static int roots(RecordTable t, int i, int with, long[] out) {
    int[] roots = t.names.roots(t.given[i]);
    for (int k = 0; k < roots.length; k++) {
      out[k] = pack(with, roots[k]);
    }
    return roots.length;
  }

  /** (family or previous family name sound) × (given or middle name): up to four keys. */
  private static int forenames(RecordTable t, int i, long[] out) {
    int count = 0;
    for (int family : new int[] {t.family[i], t.previous[i]}) {
      if (family < 0) {
        continue;
      }
      for (int name : new int[] {t.given[i], t.middle[i]}) {
        if (name >= 0) {
          long key = pack(sound(t, family), 0x40000000 + name);
          boolean seen = false;
          for (int k = 0; k < count; k++) {
            seen |= out[k] == key;
          }
          if (!seen) {
            out[count++] = key;
          }
        }
      }
    }
    return count;
  }

  private static int initial(RecordTable t, int token) {
    return token < 0 ? 0 : t.names.chars(token)[0];
  }

  private static int sound(RecordTable t, int token) {
    if (token < 0) {
      return 0;
    }
    int code = t.names.metaphone(token);
    return code < 0 ? -2 - token : code;
  }

  private static long pack(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }
}
