package org.lantern.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sex a first name is usually given to in England and Wales (the ONS baby-names counts shipped
 * in {@code names/first-names-england-wales.csv}): a name given to one sex at least nine times in
 * ten. The nickname list joins some names usually given to boys with names usually given to girls
 * (Louis and Louise, Aaron and Erin); such a pair is not taken to be the same name without a person
 * looking.
 */
@Component
class FirstNameSexes {

  private static final double USUALLY = 0.9;

  private final Map<String, Sex> usual = new HashMap<>();

  FirstNameSexes() {
    Map<String, long[]> counts = new HashMap<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("names/first-names-england-wales.csv").getInputStream(),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.strip().split(",");
        if (parts.length != 3) {
          continue;
        }
        long[] mf = counts.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new long[2]);
        mf[parts[1].equals("M") ? 0 : 1] += Long.parseLong(parts[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts.forEach(
        (name, mf) -> {
          double all = mf[0] + mf[1];
          if (mf[0] >= USUALLY * all) {
            usual.put(name, Sex.MALE);
          } else if (mf[1] >= USUALLY * all) {
            usual.put(name, Sex.FEMALE);
          }
        });
  }

  /** The sex the (normalised, lower-case) name is usually given to, if there is one. */
  @Nullable Sex usualSex(String name) {
    return usual.get(name);
  }

  /** Whether one name is usually a boy's and the other usually a girl's. */
  boolean usuallyDiffer(String a, String b) {
    Sex one = usualSex(a);
    Sex two = usualSex(b);
    return one != null && two != null && one != two;
  }
}
