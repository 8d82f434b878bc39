package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lantern.testing.JavaSource;

/**
 * Every path that turns a description into a child goes through {@link DescribedChildren#place}:
 * nothing else in Lantern's code registers a child from a description, so no path can skip the rule
 * (the demo county and imports load whole records with {@code Children.importAll}).
 */
class OneWayToPlaceADescriptionTests {

  static final Pattern REGISTERS = Pattern.compile("\\bchildren\\s*\\.\\s*register\\s*\\(");

  @Test
  void onlyDescribedChildrenRegistersAChild() throws IOException {
    List<String> callers;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      callers =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> REGISTERS.matcher(JavaSource.withoutComments(read(f))).find())
              .map(f -> f.getFileName().toString())
              .toList();
    }

    assertThat(callers).containsExactly("DescribedChildren.java");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
