package org.lantern.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every concern about the child, numbered in order, on the child's chronology, each as the viewer
 * may read it: the referrer of an unconfirmed phone referral is asked to confirm it, not told its
 * outcome. Someone who sees only part of the concerns section (what they referred, what their
 * agency referred) sees only those concerns, and not how many others there are.
 */
@Component
class ConcernChronology implements ChronologySource {

  private final JdbcClient sql;

  private static final int SUMMARY_LENGTH = 600;

  private final Concerns concerns;
  private final ConcernViews views;
  private final MessageSource messages;

  ConcernChronology(JdbcClient sql, Concerns concerns, ConcernViews views, MessageSource messages) {
    this.sql = sql;
    this.concerns = concerns;
    this.views = views;
    this.messages = messages;
  }

  @Override
  public Section section() {
    return Section.CONCERNS;
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select child_id, max(submitted_at) from concern where child_id in (:ids) group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    return entries(concerns.findByChildIdOrderBySubmittedAtAscIdAsc(childId), viewer, true);
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    if (access.all()) {
      return entriesFor(childId, viewer);
    }
    return entries(
        concerns.findByChildIdOrderBySubmittedAtAscIdAsc(childId).stream()
            .filter(c -> access.admits(c.referrerUserId(), c.referrerAgencyId()))
            .toList(),
        viewer,
        false);
  }

  private List<ChronologyEntry> entries(
      List<ConcernEntity> shown, CurrentUser viewer, boolean counted) {
    List<ConcernView> all = views.of(shown);
    List<ChronologyEntry> entries = new ArrayList<>();
    int number = 0;
    for (ConcernView concern : all) {
      number++;
      ConcernView c = concern.seenBy(viewer.id());
      boolean theirsToConfirm = c.awaitingConfirmationFrom(viewer.id());
      String title =
          counted
              ? messages.getMessage(
                  "chronology.concern.title",
                  new Object[] {number, all.size(), c.reference()},
                  Locale.UK)
              : messages.getMessage(
                  "chronology.concern.titleUncounted", new Object[] {c.reference()}, Locale.UK);
      String outcomeKey =
          theirsToConfirm
              ? "chronology.concern.awaitingYourConfirmation"
              : c.decision() == null ? "chronology.concern.awaiting" : c.decision().messageKey();
      entries.add(
          new ChronologyEntry(
              c.submittedAt(),
              "chronology.concern",
              c.referrerAgencyName(),
              title,
              shorten(c.whatHappened()),
              c.indicators().stream().map(RiskIndicator::messageKey).toList(),
              messages.getMessage(outcomeKey, null, Locale.UK),
              (theirsToConfirm ? "/referrals/" : "/concerns/") + c.id()));
    }
    return entries;
  }

  private static String shorten(String text) {
    return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "\u2026";
  }
}
