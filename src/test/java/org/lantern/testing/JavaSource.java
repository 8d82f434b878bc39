package org.lantern.testing;

import java.util.ArrayList;
import java.util.List;

/** Just enough of Java's lexical structure to find string literals and call arguments. */
public final class JavaSource {

  private JavaSource() {}

  public static String withoutComments(String source) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i) - 1;
      } else if (source.startsWith("/*", i)) {
        i = source.indexOf("*/", i + 2) + 1;
      } else if (c == '"' || c == '\'') {
        int end = endOfLiteral(source, i);
        out.append(source, i, end);
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The contents of each "..." literal (text blocks skipped), escapes left as written. */
  public static List<String> strings(String source) {
    List<String> found = new ArrayList<>();
    String code = withoutComments(source);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(code, i);
        if (c == '"' && !code.startsWith("\"\"\"", i)) {
          found.add(code.substring(i + 1, end - 1));
        }
        i = end - 1;
      }
    }
    return found;
  }

  /** The top-level arguments of a call whose "(" ends just before {@code from}. */
  public static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i) - 1;
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' && depth == 0) {
        arguments.add(code.substring(start, i).strip());
        break;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(code.substring(start, i).strip());
        start = i + 1;
      }
    }
    return arguments;
  }

  private static int endOfLiteral(String code, int start) {
    if (code.startsWith("\"\"\"", start)) {
      return code.indexOf("\"\"\"", start + 3) + 3;
    }
    char quote = code.charAt(start);
    for (int i = start + 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return code.length();
  }
}
