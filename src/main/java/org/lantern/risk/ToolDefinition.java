package org.lantern.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A screening tool as a partnership wrote it: sections of indicators (each with guidance and a
 * weight), free-text fields for the child's own words, the score at which each level starts, and
 * rules of the kind "any one of these means at least medium". Parsed from text by {@link
 * ToolParser}; a published version never changes.
 *
 * @param key the tool's stable id, kept across versions ("cse-screening")
 * @param name what people call it
 * @param example shipped by Lantern as an example for a partnership to replace
 * @param thresholds the lowest total score at which low, medium and high start
 */
public record ToolDefinition(
    String key,
    String name,
    boolean example,
    @Nullable String description,
    List<Section> sections,
    Map<RiskLevel, Integer> thresholds,
    List<Rule> rules) {

  public record Section(String id, String title, List<Indicator> indicators, List<Voice> voices) {}

  /** A risk indicator: answered yes, no or not known; a yes adds its weight to the score. */
  public record Indicator(String id, String text, @Nullable String guidance, int weight) {}

  /** A free-text field for the child's own words. */
  public record Voice(String id, String label, @Nullable String hint, boolean required) {}

  /**
   * When at least {@code count} of {@code indicators} are yes, the level is at least {@code level}.
   */
  public record Rule(List<String> indicators, int count, RiskLevel level) {}

  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.indicators()));
    return all;
  }

  public List<Voice> voices() {
    List<Voice> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.voices()));
    return all;
  }

  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
