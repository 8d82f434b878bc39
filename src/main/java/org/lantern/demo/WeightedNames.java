package org.lantern.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.springframework.core.io.ClassPathResource;

/** Names drawn at random with the frequencies real children's names have. */
final class WeightedNames {

  private final List<String> names = new ArrayList<>();
  private long[] cumulative = new long[0];
  private long total;

  private WeightedNames() {}

  /** First names for one sex (M or F) from the ONS counts, the most common {@code limit}. */
  static WeightedNames firstNames(String sex, int limit) {
    return read("names/first-names-england-wales.csv", row -> row[1].equals(sex), 2, limit);
  }

  static WeightedNames surnames() {
    return read("names/surnames.csv", row -> true, 1, Integer.MAX_VALUE);
  }

  String pick(Random random) {
    long r = (long) (random.nextDouble() * total);
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > r) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return names.get(low);
  }

  private static WeightedNames read(
      String resource, Predicate<String[]> keep, int weightColumn, int limit) {
    WeightedNames w = new WeightedNames();
    List<Long> weights = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null && w.names.size() < limit) {
        String[] row = line.split(",");
        if (keep.test(row)) {
          w.names.add(row[0]);
          weights.add(Long.parseLong(row[weightColumn].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.cumulative = new long[weights.size()];
    for (int i = 0; i < weights.size(); i++) {
      w.total += weights.get(i);
      w.cumulative[i] = w.total;
    }
    return w;
  }
}
