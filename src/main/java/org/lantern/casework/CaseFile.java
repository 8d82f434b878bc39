package org.lantern.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.casework.data.CaseEventEntity;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCases;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.lantern.referral.ConcernReading;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's case on their file: an indicator of who holds it, a section with the case and what
 * may be done with it, and each step (routed, allocated, transferred, closed, reopened) on the
 * chronology. Called only after the access policy allowed the file.
 */
@Component
class CaseFile implements FilePartSource, ChronologySource {

  private final JdbcClient sql;

  private final ChildCases cases;
  private final CaseEvents events;
  private final CaseViews views;
  private final AccessPolicy policy;
  private final MessageSource messages;
  private final ObjectProvider<ConcernReading> concerns;

  CaseFile(
      ChildCases cases,
      CaseEvents events,
      CaseViews views,
      AccessPolicy policy,
      MessageSource messages,
      ObjectProvider<ConcernReading> concerns,
      JdbcClient sql) {
    this.sql = sql;
    this.concerns = concerns;
    this.cases = cases;
    this.events = events;
    this.views = views;
    this.policy = policy;
    this.messages = messages;
  }

  /**
   * The child's case, unless it was routed by a phone referral this viewer made and has not yet
   * confirmed: the case would tell them the outcome they are not told until they confirm. (The
   * concerns are read through a provider: reading a concern builds a chronology, which asks this.)
   */
  private Optional<CaseView> caseFor(UUID childId, CurrentUser viewer) {
    return cases
        .findFirstByChildIdOrderByRoutedAtDesc(childId)
        .filter(c -> !concerns.getObject().awaitsConfirmationFrom(viewer, c.concernId()))
        .map(views::of);
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    return caseFor(childId, viewer)
        .filter(CaseView::isOpen)
        .map(
            c ->
                c.workerName() == null
                    ? new FileIndicator(
                        "casework.indicator.waiting",
                        List.of(c.teamName() == null ? "" : c.teamName()),
                        false,
                        "#child-case")
                    : new FileIndicator(
                        "casework.indicator.allocated",
                        List.of(c.workerName(), c.teamName() == null ? "" : c.teamName()),
                        false,
                        "#child-case"))
        .map(List::of)
        .orElse(List.of());
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return caseFor(childId, viewer)
        .map(
            c ->
                List.of(
                    new FileSection(
                        5,
                        "casework/file",
                        "section",
                        Map.of(
                            "case",
                            c,
                            "mayAllocate",
                            c.awaitsAllocation()
                                && policy.roleAllows(viewer, Permission.ALLOCATE_CASE)
                                && c.teamId() != null
                                && c.teamId().equals(viewer.teamId()),
                            "mayChange",
                            c.isOpen()
                                && (policy.roleAllows(viewer, Permission.TRANSFER_CASE)
                                    || policy.roleAllows(viewer, Permission.CLOSE_CASE))))))
        .orElse(List.of());
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select child_id, max(happened_at) from case_event where child_id in (:ids) group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    List<ChronologyEntry> entries = new ArrayList<>();
    if (caseFor(childId, viewer).isEmpty()) {
      return entries;
    }
    for (CaseEventEntity e : events.findByChildIdOrderByHappenedAtAscIdAsc(childId)) {
      entries.add(
          new ChronologyEntry(
              e.happenedAt(),
              "casework.chronology.kind",
              e.agencyName(),
              text(e.kind().messageKey()),
              e.detail(),
              List.of(),
              null,
              null));
    }
    return entries;
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
