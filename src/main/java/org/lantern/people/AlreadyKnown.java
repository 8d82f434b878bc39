package org.lantern.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.springframework.stereotype.Service;

/**
 * Everything already known about a child, for the front door beside a new concern: the file's
 * indicators (flags, notices, panel, repeat missing), whether the child is allocated and to whom,
 * and what each module adds ({@link KnownSource}: screening level and date, panel status, missing
 * episodes). The caller must have checked (and audited) that the viewer sees the whole file.
 */
@Service
public class AlreadyKnown {

  private final List<FilePartSource> parts;
  private final List<KnownSource> sources;
  private final Relationships relationships;
  private final Directory directory;

  AlreadyKnown(
      List<FilePartSource> parts,
      List<KnownSource> sources,
      Relationships relationships,
      Directory directory) {
    this.parts = parts;
    this.sources = sources;
    this.relationships = relationships;
    this.directory = directory;
  }

  /** What is known, in a fixed order: allocation first, then each module's facts. */
  public List<KnownFact> about(UUID childId, CurrentUser viewer) {
    List<KnownFact> facts = new ArrayList<>();
    facts.add(allocation(childId, viewer));
    sources.forEach(s -> facts.addAll(s.knownAbout(childId, viewer)));
    facts.sort(Comparator.comparingInt(KnownFact::order));
    return facts;
  }

  /** The file's indicators, most serious first. */
  public List<FileIndicator> indicators(UUID childId, CurrentUser viewer) {
    return parts.stream()
        .flatMap(p -> p.indicatorsFor(childId, viewer).stream())
        .sorted(Comparator.comparing(FileIndicator::serious).reversed())
        .toList();
  }

  private KnownFact allocation(UUID childId, CurrentUser viewer) {
    List<Relationships.Held> held = relationships.currentOn(childId);
    List<UUID> workers =
        held.stream()
            .filter(h -> h.kind() == RelationshipKind.ALLOCATED_WORKER)
            .map(Relationships.Held::userId)
            .filter(Objects::nonNull)
            .toList();
    List<UUID> teams =
        held.stream()
            .filter(h -> h.kind() == RelationshipKind.ALLOCATED_TEAM)
            .map(Relationships.Held::teamId)
            .filter(Objects::nonNull)
            .toList();
    if (workers.isEmpty() && teams.isEmpty()) {
      return new KnownFact(0, "record.known.allocation.none", List.of(), false, null);
    }
    Map<UUID, UserView> people = directory.users(workers);
    String who =
        String.join(
            ", ",
            workers.stream()
                .map(people::get)
                .filter(Objects::nonNull)
                .map(w -> w.displayName() + " (" + w.agencyName() + ")")
                .toList());
    Map<UUID, String> teamNames = directory.teamNames(teams);
    String team =
        String.join(", ", teams.stream().map(teamNames::get).filter(Objects::nonNull).toList());
    if (workers.isEmpty()) {
      return new KnownFact(0, "record.known.allocation.team", List.of(team), false, null);
    }
    return team.isEmpty()
        ? new KnownFact(0, "record.known.allocation.worker", List.of(who), false, null)
        : new KnownFact(
            0, "record.known.allocation.workerAndTeam", List.of(who, team), false, null);
  }
}
