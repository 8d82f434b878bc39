package org.lantern.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.AgendaCandidate;
import org.lantern.panel.AgendaCandidateSource;
import org.lantern.panel.AgendaReason;
import org.lantern.panel.PanelRounds;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts confirmed list matches on the agenda of the child's district panel: every match confirmed
 * since that panel's last meeting before this one (all of them when it has never met) and up to the
 * end of the meeting day. A match confirmed after a meeting goes to the next one.
 */
@Component
class ListMatchAgendaCandidates implements AgendaCandidateSource {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ListStore store;
  private final PanelRounds rounds;
  private final Children children;
  private final MessageSource messages;

  ListMatchAgendaCandidates(
      ListStore store, PanelRounds rounds, Children children, MessageSource messages) {
    this.store = store;
    this.rounds = rounds;
    this.children = children;
    this.messages = messages;
  }

  @Override
  public List<AgendaCandidate> candidatesFor(
      UUID districtId, LocalDate meetingDate, CurrentUser user) {
    LocalDate since =
        rounds.rounds(user.partnershipId(), districtId).stream()
            .map(PanelRounds.Round::meetingOn)
            .filter(d -> d.isBefore(meetingDate))
            .max(LocalDate::compareTo)
            .orElse(LocalDate.of(1970, 1, 1));
    Instant from = since.atStartOfDay(LanternTime.ZONE).toInstant();
    Instant to = meetingDate.plusDays(1).atStartOfDay(LanternTime.ZONE).toInstant();
    List<ListStore.Confirmed> confirmed = store.confirmedBetween(user.partnershipId(), from, to);
    Map<UUID, ChildSummary> known =
        children.summaries(confirmed.stream().map(ListStore.Confirmed::childId).toList());
    List<AgendaCandidate> candidates = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (ListStore.Confirmed c : confirmed) {
      ChildSummary child = known.get(c.childId());
      if (child != null
          && districtId.equals(child.districtId())
          && child.partnershipId().equals(user.partnershipId())
          && seen.add(c.childId())) {
        candidates.add(
            new AgendaCandidate(
                c.childId(),
                AgendaReason.LIST_MATCH,
                messages.getMessage(
                    "lists.agenda.detail",
                    new Object[] {
                      messages.getMessage(c.kind().messageKey(), null, Locale.UK),
                      DAY.format(c.listDate())
                    },
                    Locale.UK)));
      }
    }
    return candidates;
  }
}
