package org.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lantern.testing.JavaSource;

/**
 * Two rules of shape for main code (issue 12, docs/architecture.md "Inside a module"): a class is
 * small enough to read (at most 400 lines, the demo's generators apart), and other classes are
 * named by import, not by a fully qualified name in the code, except where two classes of one
 * simple name meet in a file.
 */
class CodeShapeTests {

  private static final Path MAIN = Path.of("src/main/java");
  private static final int MOST_LINES = 400;

  /** A qualified name in code: lower-case package parts, then a class. */
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|jakarta|org|com|ca|io|net)\\.(?:[a-z_]\\w*\\.)+([A-Z]\\w*)");

  private static final Pattern LITERALS =
      Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");

  @Test
  void noMainClassIsOverFourHundredLines() throws IOException {
    List<String> long_ = new ArrayList<>();
    for (Path file : mainSources()) {
      if (file.toString().contains("/demo/")) {
        continue;
      }
      long lines = Files.readAllLines(file).size();
      if (lines > MOST_LINES) {
        long_.add(MAIN.relativize(file) + ": " + lines + " lines");
      }
    }
    assertThat(long_)
        .as("split these (a view apart from a command, a rule apart from its use)")
        .isEmpty();
  }

  @Test
  void otherClassesAreImportedNotSpelledOut() throws IOException {
    List<String> spelled = new ArrayList<>();
    for (Path file : mainSources()) {
      String source = Files.readString(file);
      String code = LITERALS.matcher(JavaSource.withoutComments(source)).replaceAll("\"\"");
      for (String line : code.split("\n")) {
        if (line.startsWith("import ") || line.startsWith("package ")) {
          continue;
        }
        Matcher m = QUALIFIED.matcher(line);
        while (m.find()) {
          if (!clashes(source, code, m.group(), m.group(1))) {
            spelled.add(MAIN.relativize(file) + ": " + m.group());
          }
        }
      }
    }
    assertThat(spelled).as("import these").isEmpty();
  }

  /**
   * Whether the file also uses another class of the same simple name: imported from elsewhere
   * (HAPI's {@code Flag} beside Lantern's), or named plainly in the code as a class of its own
   * package or {@code java.lang}.
   */
  private static boolean clashes(String source, String code, String qualified, String simple) {
    Matcher imported = Pattern.compile("(?m)^import ([\\w.]+)\\." + simple + ";").matcher(source);
    if (imported.find()) {
      return !(imported.group(1) + "." + simple).equals(qualified);
    }
    String unqualified = QUALIFIED.matcher(code).replaceAll("");
    return Pattern.compile("(?<![\\w.])" + simple + "\\b").matcher(unqualified).find();
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
