package org.lantern.flags;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Flags in plain words, as the child's file and the check show them. */
@Component
public class FlagViews {

  /** One flag as shown: its type and source in words, its dates, whether it holds now. */
  public record Row(
      String code,
      String type,
      boolean current,
      @Nullable LocalDate since,
      @Nullable LocalDate until,
      String source) {}

  /** The words of each of Lantern's own types: {@code flags.type.<code>}. */
  static final String TYPE = "flags.type";

  private final MessageSource messages;
  private final FlagSettings settings;

  FlagViews(MessageSource messages, FlagSettings settings) {
    this.messages = messages;
    this.settings = settings;
  }

  public List<Row> rows(List<Flag> flags) {
    return flags.stream()
        .map(f -> new Row(f.code(), type(f.code()), f.current(), f.since(), f.until(), source(f)))
        .toList();
  }

  /** A code in plain words: Lantern's from the messages, a partner's from the settings. */
  public String type(String code) {
    return settings
        .partnerCode(code)
        .map(FlagSettings.PartnerCode::label)
        .orElseGet(() -> messages.getMessage(TYPE + "." + code, null, code, Locale.UK));
  }

  private String source(Flag f) {
    if (f.agencyName() != null) {
      return messages.getMessage("flags.source.partner", new Object[] {f.agencyName()}, Locale.UK);
    }
    return messages.getMessage(
        f.raisedBy() == null ? "flags.source.lantern" : f.raisedBy(), null, Locale.UK);
  }
}
