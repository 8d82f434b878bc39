package org.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are named {@code V<yyyyMMddHHmmss>__<lower_snake_case>.sql}, each version is used once
 * in what a database runs (the common folder plus its vendor's folder), and every vendor folder
 * holds the same versions, so PostgreSQL and H2 end with the same schema.
 */
class MigrationNamesTests {

  static final Path DB = Path.of("src/main/resources/db");
  static final Path COMMON = DB.resolve("migration");
  static final Path VENDORS = DB.resolve("vendor");
  static final Pattern NAME = Pattern.compile("V(\\d{14})__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  @Test
  void everyMigrationIsNamedByTimestampAndLowerSnakeCase() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : allMigrationFiles()) {
      String name = file.getFileName().toString();
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        wrong.add(DB.relativize(file) + ": not V<yyyyMMddHHmmss>__<lower_snake_case>.sql");
        continue;
      }
      try {
        LocalDateTime.parse(m.group(1), TIMESTAMP);
      } catch (DateTimeParseException e) {
        wrong.add(DB.relativize(file) + ": " + m.group(1) + " is not a real date and time");
      }
    }
    assertThat(allMigrationFiles()).isNotEmpty();
    assertThat(wrong).isEmpty();
  }

  @Test
  void eachDatabaseRunsEachVersionOnce() throws IOException {
    for (Path vendor : vendors()) {
      List<String> versions = new ArrayList<>();
      for (Path file : concat(files(COMMON), files(vendor))) {
        versions.add(version(file));
      }
      Set<String> duplicated =
          versions.stream()
              .filter(v -> versions.indexOf(v) != versions.lastIndexOf(v))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(duplicated).as("versions used twice for %s", vendor.getFileName()).isEmpty();
    }
  }

  @Test
  void everyVendorFolderHoldsTheSameVersions() throws IOException {
    Map<String, Set<String>> byVendor = new TreeMap<>();
    for (Path vendor : vendors()) {
      byVendor.put(
          vendor.getFileName().toString(),
          files(vendor).stream()
              .map(MigrationNamesTests::version)
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    try (Stream<Path> entries = Files.list(VENDORS)) {
      assertThat(entries.filter(e -> !Files.isDirectory(e)))
          .as("files in db/vendor outside a vendor folder, which no database runs")
          .isEmpty();
    }
    assertThat(byVendor).containsKeys("postgresql", "h2");
    Set<String> postgresql = byVendor.get("postgresql");
    assertThat(byVendor)
        .allSatisfy((vendor, versions) -> assertThat(versions).isEqualTo(postgresql));
  }

  private static String version(Path file) {
    String name = file.getFileName().toString();
    int end = name.indexOf("__");
    return end < 0 ? name : name.substring(0, end);
  }

  private static List<Path> allMigrationFiles() throws IOException {
    List<Path> all = new ArrayList<>(files(COMMON));
    for (Path vendor : vendors()) {
      all.addAll(files(vendor));
    }
    return all;
  }

  private static List<Path> vendors() throws IOException {
    try (Stream<Path> dirs = Files.list(VENDORS)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Everything in the folder, sub-folders included: Flyway reads them all. */
  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
