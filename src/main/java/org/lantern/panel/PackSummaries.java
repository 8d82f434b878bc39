package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.intelligence.LinkedAdults;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.platform.LanternTime;
import org.lantern.risk.ScreeningDigests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one-page summary of each child in a panel pack, read through other modules' public APIs: the
 * latest screening ({@link ScreeningDigests}), the chronology's concerns, missing episodes and
 * abduction notices (each module's {@link ChronologySource}), the linked adults ({@link
 * LinkedAdults}) and the network (the invitees other modules name). Reads no child on its own: the
 * pack has checked and audited each child for the reader first, once.
 */
@Component
class PackSummaries {

  private static final Set<Section> SHOWN =
      EnumSet.of(Section.CONCERNS, Section.MISSING, Section.INTELLIGENCE);

  private final ScreeningDigests screenings;
  private final LinkedAdults adults;
  private final ObjectProvider<ChronologySource> sources;
  private final AccessPolicy policy;

  PackSummaries(
      ScreeningDigests screenings,
      LinkedAdults adults,
      ObjectProvider<ChronologySource> sources,
      AccessPolicy policy) {
    this.screenings = screenings;
    this.adults = adults;
    this.sources = sources;
    this.policy = policy;
  }

  /** The children whose summary is wanted, each with the day its "since" counts from. */
  record Wanted(UUID childId, @Nullable LocalDate since) {}

  Map<UUID, PackView.Summary> of(CurrentUser reader, List<Wanted> wanted, List<Invitee> invitees) {
    List<UUID> ids = wanted.stream().map(Wanted::childId).toList();
    Map<UUID, ScreeningDigests.Digest> digests = screenings.latest(ids);
    Map<UUID, List<String>> linked = adults.namesByChild(ids);
    boolean namesShown = policy.roleAllows(reader, Permission.VIEW_INTELLIGENCE_LINKS);
    List<ChronologySource> chronology =
        sources.orderedStream().filter(s -> SHOWN.contains(s.section())).toList();
    Map<UUID, PackView.Summary> summaries = new LinkedHashMap<>();
    for (Wanted w : wanted) {
      Instant from =
          w.since() == null ? Instant.MIN : w.since().atStartOfDay(LanternTime.ZONE).toInstant();
      List<PackView.Happening> concerns = new ArrayList<>();
      List<PackView.Happening> missing = new ArrayList<>();
      List<PackView.Happening> notices = new ArrayList<>();
      for (ChronologySource source : chronology) {
        for (ChronologyEntry e : source.entriesFor(w.childId(), reader)) {
          PackView.Happening h =
              new PackView.Happening(e.at(), e.kindKey(), e.agencyName(), e.title(), e.outcome());
          switch (source.section()) {
            case CONCERNS -> {
              if (!e.at().isBefore(from)) {
                concerns.add(h);
              }
            }
            case MISSING -> {
              if (!e.at().isBefore(from)) {
                missing.add(h);
              }
            }
            default -> notices.add(h);
          }
        }
      }
      List<String> names = linked.getOrDefault(w.childId(), List.of());
      summaries.put(
          w.childId(),
          new PackView.Summary(
              digests.get(w.childId()),
              w.since(),
              newestFirst(concerns),
              newestFirst(missing),
              newestFirst(notices),
              names.size(),
              namesShown ? names : List.of(),
              invitees.stream().filter(i -> i.childId().equals(w.childId())).toList()));
    }
    return summaries;
  }

  private static List<PackView.Happening> newestFirst(List<PackView.Happening> list) {
    return list.stream().sorted(Comparator.comparing(PackView.Happening::at).reversed()).toList();
  }
}
