package org.lantern.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.referral.data.Concerns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every concern about the child, numbered in order, on the child's chronology. */
@Component
class ConcernChronology implements ChronologySource {

  private static final int SUMMARY_LENGTH = 600;

  private final Concerns concerns;
  private final ConcernViews views;
  private final MessageSource messages;

  ConcernChronology(Concerns concerns, ConcernViews views, MessageSource messages) {
    this.concerns = concerns;
    this.views = views;
    this.messages = messages;
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId) {
    List<ConcernView> all = views.of(concerns.findByChildIdOrderBySubmittedAtAscIdAsc(childId));
    List<ChronologyEntry> entries = new ArrayList<>();
    int number = 0;
    for (ConcernView c : all) {
      number++;
      String title =
          messages.getMessage(
              "chronology.concern.title",
              new Object[] {number, all.size(), c.reference()},
              Locale.UK);
      String outcome =
          c.decision() == null
              ? messages.getMessage("chronology.concern.awaiting", null, Locale.UK)
              : messages.getMessage(c.decision().messageKey(), null, Locale.UK);
      entries.add(
          new ChronologyEntry(
              c.submittedAt(),
              "chronology.concern",
              c.referrerAgencyName(),
              title,
              shorten(c.whatHappened()),
              c.indicators().stream().map(RiskIndicator::messageKey).toList(),
              outcome,
              "/concerns/" + c.id()));
    }
    return entries;
  }

  private static String shorten(String text) {
    return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "\u2026";
  }
}
