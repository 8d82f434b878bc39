package org.lantern.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.access.UserView;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.people.ChildDescription;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.people.DescribedChildren;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.lantern.people.KnownFact;
import org.lantern.people.KnownSource;
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's missing episodes on their file: the repeat-missing indicator (with its suggestion), a
 * section listing the episodes and interviews, and an entry on the chronology for each episode,
 * missing from education beside missing from home. Someone who sees only part of the missing
 * section sees the episodes they (or their agency) recorded or interviewed the child on.
 */
@Component
class MissingFile implements FilePartSource, ChronologySource, KnownSource {

  private final JdbcClient sql;

  private final MissingEpisodes episodes;
  private final EpisodeViews views;
  private final MissingSettings settings;
  private final MessageSource messages;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Directory directory;
  private final Clock clock;

  MissingFile(
      MissingEpisodes episodes,
      EpisodeViews views,
      MissingSettings settings,
      MessageSource messages,
      DescribedChildren described,
      AccessPolicy policy,
      Directory directory,
      Clock clock,
      JdbcClient sql) {
    this.sql = sql;
    this.directory = directory;
    this.described = described;
    this.policy = policy;
    this.episodes = episodes;
    this.views = views;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /** How many episodes began within the repeat window up to now. */
  long recentCount(List<MissingEpisodeEntity> all) {
    return recentCountOf(all.stream().map(MissingEpisodeEntity::missingAt).toList());
  }

  /** As {@link #recentCount}, of the times the episodes began. */
  long recentCountOf(List<Instant> missingAt) {
    Instant since = clock.instant().minus(settings.repeatWindow());
    return missingAt.stream().filter(at -> !at.isBefore(since)).count();
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    List<MissingEpisodeEntity> all = episodes.findByChildIdOrderByMissingAtAsc(childId);
    long recent = recentCount(all);
    if (recent >= settings.repeatThreshold()) {
      return List.of(
          new FileIndicator(
              "missing.indicator.repeat",
              List.of(recent, settings.repeatWindow().toDays()),
              true,
              "#missing-episodes"));
    }
    return List.of();
  }

  /** For the front door: how many missing episodes, the latest, and how many recently. */
  @Override
  public List<KnownFact> knownAbout(UUID childId, CurrentUser viewer) {
    List<MissingEpisodeEntity> all = episodes.findByChildIdOrderByMissingAtAsc(childId);
    if (all.isEmpty()) {
      return List.of(new KnownFact(30, "missing.known.none", List.of(), false, null));
    }
    long recent = recentCount(all);
    return List.of(
        new KnownFact(
            30,
            "missing.known.episodes",
            List.of(
                all.size(),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                    .format(all.getLast().missingAt().atZone(LanternTime.ZONE)),
                recent,
                settings.repeatWindow().toDays()),
            recent >= settings.repeatThreshold(),
            "#missing-episodes"));
  }

  @Override
  public Section section() {
    return Section.MISSING;
  }

  /** The child's episodes this viewer may see, oldest first. */
  private List<MissingEpisodeEntity> shown(UUID childId, SectionAccess access) {
    List<MissingEpisodeEntity> all = episodes.findByChildIdOrderByMissingAtAsc(childId);
    if (access.all()) {
      return all;
    }
    Map<UUID, UserView> interviewers =
        directory.users(
            all.stream()
                .map(MissingEpisodeEntity::interviewedByUserId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return all.stream()
        .filter(
            e -> {
              if (access.admits(e.recordedByUserId(), e.recordedByAgencyId())) {
                return true;
              }
              UUID by = e.interviewedByUserId();
              UserView interviewer = by == null ? null : interviewers.get(by);
              return by != null
                  && access.admits(by, interviewer == null ? null : interviewer.agencyId());
            })
        .toList();
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return section(shown(childId, access), viewer);
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return section(episodes.findByChildIdOrderByMissingAtAsc(childId), viewer);
  }

  private List<FileSection> section(List<MissingEpisodeEntity> all, CurrentUser viewer) {
    if (all.isEmpty()) {
      return List.of();
    }
    List<EpisodeView> shown = new ArrayList<>(views.of(all));
    Collections.reverse(shown);
    long recent = recentCount(all);
    Map<UUID, UUID> descriptionOf = new HashMap<>();
    for (MissingEpisodeEntity e : all) {
      if (e.descriptionId() != null) {
        descriptionOf.put(e.id(), e.descriptionId());
      }
    }
    Map<UUID, ChildDescription> byId = described.descriptions(descriptionOf.values());
    Map<UUID, ChildDescription> describedAs = new HashMap<>();
    descriptionOf.forEach((episode, d) -> describedAs.put(episode, byId.get(d)));
    return List.of(
        new FileSection(
            20,
            "missing/file",
            "section",
            Map.of(
                "describedAs",
                describedAs,
                "mayMove",
                policy.roleAllows(viewer, Permission.RESOLVE_POSSIBLE_MATCH),
                "episodes",
                shown,
                "repeat",
                recent >= settings.repeatThreshold(),
                "recent",
                recent,
                "windowDays",
                settings.repeatWindow().toDays())));
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select child_id, max(missing_at) from missing_episode where child_id in (:ids) group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return entries(shown(childId, access));
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    return entries(episodes.findByChildIdOrderByMissingAtAsc(childId));
  }

  private List<ChronologyEntry> entries(List<MissingEpisodeEntity> shown) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (EpisodeView e : views.of(shown)) {
      String from = text("missing.chronology.from" + "." + e.missingFrom().name());
      entries.add(
          new ChronologyEntry(
              e.missingAt(),
              e.missingFrom().isEducation()
                  ? "missing.chronology.education"
                  : "missing.chronology.home",
              e.agencyName(),
              messages.getMessage(
                  "missing.chronology.title", new Object[] {from, e.policeReference()}, Locale.UK),
              e.foundWith() == null
                  ? e.missingLocation()
                  : messages.getMessage(
                      "missing.chronology.foundWith", new Object[] {e.foundWith()}, Locale.UK),
              List.of(),
              text(e.interviewStatus().messageKey()),
              null));
    }
    return entries;
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
