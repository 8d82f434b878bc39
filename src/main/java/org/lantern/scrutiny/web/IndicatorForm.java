package org.lantern.scrutiny.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.Texts;
import org.lantern.scrutiny.Direction;
import org.lantern.scrutiny.IndicatorDefinition;
import org.lantern.scrutiny.Source;
import org.lantern.scrutiny.Unit;
import org.springframework.validation.BindingResult;

/** The indicator form: a new indicator, or a changed definition from a quarter on. */
public class IndicatorForm {

  private @Nullable String name;
  private @Nullable String definition;
  private @Nullable String unit;
  private @Nullable String direction;
  private @Nullable String source;
  private @Nullable String measure;
  private @Nullable String agencyId;
  private @Nullable String target;
  private @Nullable String greenAt;
  private @Nullable String amberAt;
  private @Nullable String min;
  private @Nullable String max;
  private @Nullable String fromQuarter;
  private boolean key;

  static IndicatorForm of(IndicatorDefinition d, FinancialQuarter from, boolean key) {
    IndicatorForm f = new IndicatorForm();
    f.name = d.name();
    f.definition = d.definition();
    f.unit = d.unit().name();
    f.direction = d.direction().name();
    f.source = d.source().name();
    f.measure = d.measure();
    f.agencyId = d.agencyId() == null ? null : d.agencyId().toString();
    f.target = plain(d.target());
    f.greenAt = plain(d.greenAt());
    f.amberAt = plain(d.amberAt());
    f.min = plain(d.min());
    f.max = plain(d.max());
    f.fromQuarter = from.code();
    f.key = key;
    return f;
  }

  private static @Nullable String plain(@Nullable BigDecimal n) {
    return n == null ? null : n.stripTrailingZeros().toPlainString();
  }

  /** The definition, or null with each problem on its field. */
  @Nullable IndicatorDefinition definition(BindingResult errors) {
    String n = Texts.clean(name);
    String def = Texts.clean(definition);
    if (n == null || n.length() > 200) {
      errors.rejectValue("name", "scrutiny.indicator.name.required");
    }
    if (def == null || def.length() > 2000) {
      errors.rejectValue("definition", "scrutiny.indicator.definition.required");
    }
    Unit u = choice(Unit.class, unit, "unit", errors, "scrutiny.indicator.unit.required");
    Direction d =
        choice(
            Direction.class,
            direction,
            "direction",
            errors,
            "scrutiny.indicator.direction.required");
    Source s = choice(Source.class, source, "source", errors, "scrutiny.indicator.source.required");
    BigDecimal t = number(target, "target", errors, false);
    BigDecimal g = number(greenAt, "greenAt", errors, true);
    BigDecimal a = number(amberAt, "amberAt", errors, true);
    BigDecimal lo = number(min, "min", errors, false);
    BigDecimal hi = number(max, "max", errors, false);
    UUID agency = null;
    if (s == Source.ENTERED) {
      try {
        agency = agencyId == null || agencyId.isBlank() ? null : UUID.fromString(agencyId);
      } catch (IllegalArgumentException e) {
        agency = null;
      }
      if (agency == null) {
        errors.rejectValue("agencyId", "scrutiny.indicator.agency.required");
      }
    } else if (s == Source.COMPUTED && Texts.clean(measure) == null) {
      errors.rejectValue("measure", "scrutiny.indicator.measure.unknown");
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new IndicatorDefinition(
        n,
        def,
        u,
        d,
        s,
        s == Source.COMPUTED ? Texts.clean(measure) : null,
        agency,
        t,
        g,
        a,
        lo,
        hi);
  }

  @Nullable FinancialQuarter quarter(BindingResult errors) {
    FinancialQuarter q = FinancialQuarter.parse(fromQuarter).orElse(null);
    if (q == null) {
      errors.rejectValue("fromQuarter", "scrutiny.quarter.invalid");
    }
    return q;
  }

  private static <E extends Enum<E>> @Nullable E choice(
      Class<E> type, @Nullable String value, String field, BindingResult errors, String code) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      errors.rejectValue(field, code);
      return null;
    }
  }

  static @Nullable BigDecimal number(
      @Nullable String text, String field, BindingResult errors, boolean required) {
    String t = Texts.clean(text);
    if (t == null) {
      if (required) {
        errors.rejectValue(field, "scrutiny.number.required");
      }
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(t.replace(",", "").replace("%", ""));
      if (n.abs().compareTo(new BigDecimal("999999999999")) > 0 || n.scale() > 2) {
        errors.rejectValue(field, "scrutiny.number.invalid");
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.rejectValue(field, "scrutiny.number.invalid");
      return null;
    }
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public @Nullable String getDefinition() {
    return definition;
  }

  public void setDefinition(@Nullable String definition) {
    this.definition = definition;
  }

  public @Nullable String getUnit() {
    return unit;
  }

  public void setUnit(@Nullable String unit) {
    this.unit = unit;
  }

  public @Nullable String getDirection() {
    return direction;
  }

  public void setDirection(@Nullable String direction) {
    this.direction = direction;
  }

  public @Nullable String getSource() {
    return source;
  }

  public void setSource(@Nullable String source) {
    this.source = source;
  }

  public @Nullable String getMeasure() {
    return measure;
  }

  public void setMeasure(@Nullable String measure) {
    this.measure = measure;
  }

  public @Nullable String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId;
  }

  public @Nullable String getTarget() {
    return target;
  }

  public void setTarget(@Nullable String target) {
    this.target = target;
  }

  public @Nullable String getGreenAt() {
    return greenAt;
  }

  public void setGreenAt(@Nullable String greenAt) {
    this.greenAt = greenAt;
  }

  public @Nullable String getAmberAt() {
    return amberAt;
  }

  public void setAmberAt(@Nullable String amberAt) {
    this.amberAt = amberAt;
  }

  public @Nullable String getMin() {
    return min;
  }

  public void setMin(@Nullable String min) {
    this.min = min;
  }

  public @Nullable String getMax() {
    return max;
  }

  public void setMax(@Nullable String max) {
    this.max = max;
  }

  public @Nullable String getFromQuarter() {
    return fromQuarter;
  }

  public void setFromQuarter(@Nullable String fromQuarter) {
    this.fromQuarter = fromQuarter;
  }

  public boolean isKey() {
    return key;
  }

  public void setKey(boolean key) {
    this.key = key;
  }
}
