package org.lantern.risk;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.ToolDefinition.Indicator;
import org.lantern.risk.ToolDefinition.Rule;
import org.lantern.risk.ToolDefinition.Section;
import org.lantern.risk.ToolDefinition.Voice;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a tool definition written in YAML (see docs/screening-tools.md), checking everything a
 * published tool must hold: every problem is reported with its line and field, none is guessed
 * past. Only plain YAML is read: no tags, no objects, no aliases.
 */
public final class ToolParser {

  /** Longest definition accepted, in characters. */
  public static final int MAX_LENGTH = 200_000;

  static final int MAX_WEIGHT = 100;
  static final int MAX_TEXT = 2000;
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final List<RiskLevel> LEVELS =
      List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);

  private final List<ToolProblem> problems = new ArrayList<>();

  private ToolParser() {}

  /** The definition, or {@link InvalidToolException} listing every problem found. */
  public static ToolDefinition parse(String text) {
    ToolParser parser = new ToolParser();
    ToolDefinition definition = parser.read(text);
    if (!parser.problems.isEmpty() || definition == null) {
      List<ToolProblem> found = new ArrayList<>(parser.problems);
      found.sort(Comparator.comparingInt(ToolProblem::line));
      throw new InvalidToolException(found);
    }
    return definition;
  }

  private @Nullable ToolDefinition read(String text) {
    if (text.length() > MAX_LENGTH) {
      problem(1, "", "toolProblem.tooLong", MAX_LENGTH);
      return null;
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowRecursiveKeys(false);
      options.setMaxAliasesForCollections(0);
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problem(
          mark == null ? 1 : mark.getLine() + 1,
          "",
          "toolProblem.syntax",
          String.valueOf(e.getProblem()));
      return null;
    } catch (YAMLException e) {
      problem(1, "", "toolProblem.syntax", String.valueOf(e.getMessage()));
      return null;
    }
    if (!(root instanceof MappingNode top)) {
      problem(root == null ? 1 : line(root), "", "toolProblem.notMapping");
      return null;
    }
    Map<String, Node> fields =
        fields(
            top, "", Set.of("id", "name", "example", "description", "levels", "sections", "rules"));
    String key = id(fields, "id", "", top);
    String name = text(fields, "name", "", top, true);
    boolean example = bool(fields.get("example"), "example");
    String description = text(fields, "description", "", top, false);
    Map<RiskLevel, Integer> thresholds = thresholds(fields.get("levels"), top);
    List<Section> sections = sections(fields.get("sections"), top);
    Set<String> ids = new HashSet<>();
    sections.forEach(s -> s.indicators().forEach(i -> ids.add(i.id())));
    List<Rule> rules = rules(fields.get("rules"), ids);
    if (key == null || name == null || thresholds == null) {
      return null;
    }
    return new ToolDefinition(key, name, example, description, sections, thresholds, rules);
  }

  private @Nullable Map<RiskLevel, Integer> thresholds(@Nullable Node node, Node parent) {
    if (node == null) {
      problem(line(parent), "levels", "toolProblem.required");
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(line(node), "levels", "toolProblem.notMapping");
      return null;
    }
    Map<String, Node> fields = fields(mapping, "levels", Set.of("low", "medium", "high"));
    Map<RiskLevel, Integer> thresholds = new EnumMap<>(RiskLevel.class);
    int previous = 0;
    RiskLevel previousLevel = null;
    for (RiskLevel level : LEVELS) {
      String field = "levels." + level.name().toLowerCase();
      Node value = fields.get(level.name().toLowerCase());
      if (value == null) {
        problem(line(mapping), field, "toolProblem.required");
        return null;
      }
      Integer score = integer(value, field, 1, 10_000);
      if (score == null) {
        return null;
      }
      if (score <= previous && previousLevel != null) {
        problem(
            line(value),
            field,
            "toolProblem.levelsOutOfOrder",
            score,
            previousLevel.name().toLowerCase(),
            previous);
        return null;
      }
      thresholds.put(level, score);
      previous = score;
      previousLevel = level;
    }
    return thresholds;
  }

  private List<Section> sections(@Nullable Node node, Node parent) {
    List<Section> sections = new ArrayList<>();
    if (node == null) {
      problem(line(parent), "sections", "toolProblem.required");
      return sections;
    }
    if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
      problem(line(node), "sections", "toolProblem.notList");
      return sections;
    }
    Set<String> seen = new HashSet<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (int s = 0; s < list.getValue().size(); s++) {
      Node item = list.getValue().get(s);
      String path = "sections[" + (s + 1) + "]";
      if (!(item instanceof MappingNode mapping)) {
        problem(line(item), path, "toolProblem.notMapping");
        continue;
      }
      Map<String, Node> fields =
          fields(mapping, path, Set.of("id", "title", "indicators", "own-words"));
      String id = id(fields, "id", path, mapping);
      String title = text(fields, "title", path, mapping, true);
      List<Indicator> indicators = new ArrayList<>();
      List<Voice> voices = new ArrayList<>();
      Node indicatorList = fields.get("indicators");
      if (indicatorList != null) {
        for (Node[] entry : entries(indicatorList, path + ".indicators")) {
          MappingNode m = (MappingNode) entry[0];
          String at = path + ".indicators[" + (indicators.size() + 1) + "]";
          Map<String, Node> f = fields(m, at, Set.of("id", "text", "guidance", "weight"));
          String iid = id(f, "id", at, m);
          String text = text(f, "text", at, m, true);
          String guidance = text(f, "guidance", at, m, false);
          Integer weight =
              f.get("weight") == null
                  ? Integer.valueOf(1)
                  : integer(f.get("weight"), at + ".weight", 0, MAX_WEIGHT);
          if (iid != null && !unique(seen, firstLine, iid, f.get("id"), at + ".id")) {
            iid = null;
          }
          if (iid != null && text != null && weight != null) {
            indicators.add(new Indicator(iid, text, guidance, weight));
          } else {
            indicators.add(new Indicator("", "", null, 0));
          }
        }
      }
      Node voiceList = fields.get("own-words");
      if (voiceList != null) {
        for (Node[] entry : entries(voiceList, path + ".own-words")) {
          MappingNode m = (MappingNode) entry[0];
          String at = path + ".own-words[" + (voices.size() + 1) + "]";
          Map<String, Node> f = fields(m, at, Set.of("id", "label", "hint", "required"));
          String vid = id(f, "id", at, m);
          String label = text(f, "label", at, m, true);
          String hint = text(f, "hint", at, m, false);
          boolean required = bool(f.get("required"), at + ".required");
          if (vid != null && !unique(seen, firstLine, vid, f.get("id"), at + ".id")) {
            vid = null;
          }
          voices.add(new Voice(vid == null ? "" : vid, label == null ? "" : label, hint, required));
        }
      }
      if (indicators.isEmpty() && voices.isEmpty()) {
        problem(line(mapping), path, "toolProblem.emptySection");
      }
      if (id != null && title != null) {
        sections.add(new Section(id, title, indicators, voices));
      }
    }
    return sections;
  }

  private List<Rule> rules(@Nullable Node node, Set<String> indicatorIds) {
    List<Rule> rules = new ArrayList<>();
    if (node == null) {
      return rules;
    }
    int n = 0;
    for (Node[] entry : entries(node, "rules")) {
      n++;
      MappingNode m = (MappingNode) entry[0];
      String path = "rules[" + n + "]";
      Map<String, Node> f = fields(m, path, Set.of("any-of", "count", "at-least"));
      Node anyOf = f.get("any-of");
      List<String> named = new ArrayList<>();
      if (anyOf == null) {
        problem(line(m), path + ".any-of", "toolProblem.required");
      } else if (!(anyOf instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
        problem(line(anyOf), path + ".any-of", "toolProblem.notList");
      } else {
        for (Node item : seq.getValue()) {
          String id = item instanceof ScalarNode s ? s.getValue() : null;
          if (id == null || !indicatorIds.contains(id)) {
            problem(
                line(item), path + ".any-of", "toolProblem.unknownIndicator", String.valueOf(id));
          } else {
            named.add(id);
          }
        }
      }
      Integer count =
          f.get("count") == null
              ? Integer.valueOf(1)
              : integer(f.get("count"), path + ".count", 1, 1000);
      int listed = anyOf instanceof SequenceNode seq ? seq.getValue().size() : -1;
      if (count != null && listed > 0 && count > listed) {
        problem(line(f.get("count")), path + ".count", "toolProblem.countTooHigh", count, listed);
      }
      RiskLevel level = level(f.get("at-least"), path + ".at-least", m);
      if (level != null && count != null && listed > 0 && named.size() == listed) {
        rules.add(new Rule(List.copyOf(named), count, level));
      }
    }
    return rules;
  }

  private @Nullable RiskLevel level(@Nullable Node node, String field, Node parent) {
    if (node == null) {
      problem(line(parent), field, "toolProblem.required");
      return null;
    }
    String value = node instanceof ScalarNode s ? s.getValue() : "";
    for (RiskLevel level : LEVELS) {
      if (level.name().equalsIgnoreCase(value)) {
        return level;
      }
    }
    problem(line(node), field, "toolProblem.badLevel", value);
    return null;
  }

  /** The mappings of a list, each with its node; anything else in it is a problem. */
  private List<Node[]> entries(Node node, String field) {
    List<Node[]> entries = new ArrayList<>();
    if (!(node instanceof SequenceNode list)) {
      problem(line(node), field, "toolProblem.notList");
      return entries;
    }
    for (int i = 0; i < list.getValue().size(); i++) {
      Node item = list.getValue().get(i);
      if (item instanceof MappingNode) {
        entries.add(new Node[] {item});
      } else {
        problem(line(item), field + "[" + (i + 1) + "]", "toolProblem.notMapping");
      }
    }
    return entries;
  }

  private boolean unique(
      Set<String> seen, Map<String, Integer> firstLine, String id, Node node, String field) {
    if (seen.add(id)) {
      firstLine.put(id, line(node));
      return true;
    }
    problem(line(node), field, "toolProblem.duplicateId", id, firstLine.get(id));
    return false;
  }

  private Map<String, Node> fields(MappingNode mapping, String path, Set<String> allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode s ? s.getValue() : "?";
      String field = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        problem(
            line(keyNode),
            field,
            "toolProblem.unknownField",
            String.join(", ", allowed.stream().sorted().toList()));
      } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
        problem(line(keyNode), field, "toolProblem.repeatedField");
      }
    }
    return fields;
  }

  private @Nullable String id(Map<String, Node> fields, String key, String path, Node parent) {
    String value = text(fields, key, path, parent, true);
    String field = path.isEmpty() ? key : path + "." + key;
    if (value != null && (value.length() > 100 || !ID.matcher(value).matches())) {
      problem(line(fields.get(key)), field, "toolProblem.badId", value);
      return null;
    }
    return value;
  }

  private @Nullable String text(
      Map<String, Node> fields, String key, String path, Node parent, boolean required) {
    String field = path.isEmpty() ? key : path + "." + key;
    Node node = fields.get(key);
    if (node == null) {
      if (required) {
        problem(line(parent), field, "toolProblem.required");
      }
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      problem(line(node), field, "toolProblem.notText");
      return null;
    }
    String value = scalar.getValue().strip();
    if (value.isEmpty()) {
      if (required) {
        problem(line(node), field, "toolProblem.required");
      }
      return null;
    }
    if (value.length() > MAX_TEXT) {
      problem(line(node), field, "toolProblem.textTooLong", MAX_TEXT);
      return null;
    }
    return value;
  }

  private @Nullable Integer integer(Node node, String field, int min, int max) {
    String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(line(node), field, "toolProblem.badNumber", value, min, max);
    return null;
  }

  private boolean bool(@Nullable Node node, String field) {
    if (node == null) {
      return false;
    }
    String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
    if (value.equals("true") || value.equals("false")) {
      return value.equals("true");
    }
    problem(line(node), field, "toolProblem.badBoolean", value);
    return false;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private void problem(int line, String field, String key, Object... arguments) {
    problems.add(new ToolProblem(line, field, key, List.of(arguments)));
  }
}
