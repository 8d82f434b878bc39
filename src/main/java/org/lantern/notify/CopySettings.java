package org.lantern.notify;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lantern.access.Role;
import org.lantern.referral.RiskIndicator;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is copied into a concern by the indicators it names (seed 002 ¶99: "every referral naming CSE
 * copies in the coordinator and the specialist safeguarding manager"). A partnership changes a row
 * with {@code lantern.copies.rules.<INDICATOR>=<target>,<target>} (each a {@link CopyTarget}: a
 * role, {@code @Team name}, or {@code ROLE@Team name}); an empty value switches the row off. An
 * indicator not written keeps its default ({@link #DEFAULTS}).
 *
 * @param rules the partnership's rows, by indicator, each target as text
 */
@ConfigurationProperties("lantern.copies")
public record CopySettings(Map<RiskIndicator, List<String>> rules) {

  /** The name of the specialist safeguarding service's team, whose managers the source copies. */
  public static final String SPECIALIST_SAFEGUARDING_TEAM = "Specialist Safeguarding Service";

  /**
   * The source's rule: sexual exploitation copies in the exploitation coordinator and the
   * specialist safeguarding manager; criminal exploitation, as Lantern has always done, the
   * coordinator.
   */
  public static final Map<RiskIndicator, List<CopyTarget>> DEFAULTS =
      Map.of(
          RiskIndicator.SEXUAL_EXPLOITATION,
          List.of(
              new CopyTarget(Role.EXPLOITATION_COORDINATOR, null),
              new CopyTarget(Role.TEAM_MANAGER, SPECIALIST_SAFEGUARDING_TEAM)),
          RiskIndicator.CRIMINAL_EXPLOITATION,
          List.of(new CopyTarget(Role.EXPLOITATION_COORDINATOR, null)));

  public CopySettings {
    rules = rules == null ? Map.of() : Map.copyOf(rules);
    // Read every target now, so a mistyped role stops the application at start, not at a referral.
    rules
        .values()
        .forEach(targets -> targets.stream().filter(t -> !t.isBlank()).forEach(CopyTarget::parse));
  }

  /** Who each indicator copies in: the partnership's rows over the defaults. */
  public Map<RiskIndicator, List<CopyTarget>> table() {
    Map<RiskIndicator, List<CopyTarget>> table = new EnumMap<>(RiskIndicator.class);
    table.putAll(DEFAULTS);
    rules.forEach(
        (indicator, targets) ->
            table.put(
                indicator,
                targets.stream().filter(t -> !t.isBlank()).map(CopyTarget::parse).toList()));
    return table;
  }

  /** The targets a concern naming these indicators is copied to, each once. */
  public Set<CopyTarget> targetsFor(Set<RiskIndicator> indicators) {
    Map<RiskIndicator, List<CopyTarget>> table = table();
    return indicators.stream()
        .flatMap(i -> table.getOrDefault(i, List.of()).stream())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
