package org.lantern.intelligence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.CurrentUser;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicators notices put on children's files, past and current (seed 002 ¶101): while a notice
 * is in force (until its expiry date, inclusive) "named on a notice" on each child it names, and
 * "linked to an adult served with a notice" on every other child linked to the adult served, saying
 * how the child is linked; after it expires, the same marks stay as information ("…, expired on
 * …"), so the file keeps the history without treating it as current. A child is linked to an adult
 * when the adult's person record is linked to the child through any {@link LinkSource}: named on
 * another notice served on him, found with him at the end of a missing episode, named in a concern
 * about the child, or recorded as intelligence. The adult himself is not named on the file.
 */
@Component
class NoticeIndicators implements FilePartSource {

  private final NoticeMarks marks;
  private final MessageSource messages;

  NoticeIndicators(NoticeMarks marks, MessageSource messages) {
    this.marks = marks;
    this.messages = messages;
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    List<NoticeMarks.Mark> all = marks.on(childId);
    List<FileIndicator> indicators = new ArrayList<>();
    all.stream().filter(NoticeMarks.Mark::current).forEach(m -> indicators.add(indicator(m)));
    all.stream().filter(m -> !m.current()).forEach(m -> indicators.add(indicator(m)));
    return indicators;
  }

  private FileIndicator indicator(NoticeMarks.Mark mark) {
    String served = Dates.text(mark.servedOn());
    String expires = Dates.text(mark.expiresOn());
    return switch (mark.kind()) {
      case NAMED ->
          new FileIndicator(
              mark.current()
                  ? "intelligence.indicator.named"
                  : "intelligence.indicator.namedExpired",
              List.of(served, expires),
              mark.current(),
              null);
      case LINKED ->
          new FileIndicator(
              mark.current()
                  ? "intelligence.indicator.linked"
                  : "intelligence.indicator.linkedExpired",
              mark.current()
                  ? List.of(served, sources(mark.how()))
                  : List.of(served, sources(mark.how()), expires),
              mark.current(),
              null);
    };
  }

  /** How the child is linked to the adult, in words: "named in a concern; police intelligence". */
  private String sources(Set<LinkSource> sources) {
    return sources.stream()
        .map(s -> messages.getMessage(s.messageKey(), null, Locale.UK))
        .collect(Collectors.joining("; "));
  }

  /** Dates as indicators show them. */
  static final class Dates {
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    static String text(LocalDate date) {
      return FORMAT.format(date);
    }
  }
}
