package org.lantern.scrutiny;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator is, as the strategic lead writes it: one version of it. Build with {@link
 * #computed} or {@link #entered}, then {@link #rated} and (optionally) {@link #within}.
 *
 * @param target the figure aimed for (shown beside the figures; the bands decide the rating)
 * @param greenAt green from here (at or above; at or below when lower is better)
 * @param amberAt amber from here; red beyond
 * @param min the lowest figure an agency may enter (beyond what the unit allows), if any
 * @param max the highest, if any
 * @param measure the computed measure's key (computed only)
 * @param agencyId the agency that enters it each quarter (entered only)
 */
public record IndicatorDefinition(
    String name,
    String definition,
    Unit unit,
    Direction direction,
    Source source,
    @Nullable String measure,
    @Nullable UUID agencyId,
    @Nullable BigDecimal target,
    BigDecimal greenAt,
    BigDecimal amberAt,
    @Nullable BigDecimal min,
    @Nullable BigDecimal max) {

  public static IndicatorDefinition computed(
      String name, String definition, Unit unit, Direction direction, String measure) {
    return new IndicatorDefinition(
        name,
        definition,
        unit,
        direction,
        Source.COMPUTED,
        measure,
        null,
        null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null);
  }

  public static IndicatorDefinition entered(
      String name, String definition, Unit unit, Direction direction, UUID agencyId) {
    return new IndicatorDefinition(
        name,
        definition,
        unit,
        direction,
        Source.ENTERED,
        null,
        agencyId,
        null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null);
  }

  /** With its target and bands. */
  public IndicatorDefinition rated(
      @Nullable BigDecimal target, BigDecimal greenAt, BigDecimal amberAt) {
    return new IndicatorDefinition(
        name,
        definition,
        unit,
        direction,
        source,
        measure,
        agencyId,
        target,
        greenAt,
        amberAt,
        min,
        max);
  }

  /** With the range an entered figure must fall in. */
  public IndicatorDefinition within(@Nullable BigDecimal min, @Nullable BigDecimal max) {
    return new IndicatorDefinition(
        name,
        definition,
        unit,
        direction,
        source,
        measure,
        agencyId,
        target,
        greenAt,
        amberAt,
        min,
        max);
  }

  public Rag rate(@Nullable BigDecimal figure) {
    return Rag.of(figure, direction, greenAt, amberAt);
  }
}
