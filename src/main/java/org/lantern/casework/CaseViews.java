package org.lantern.casework;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.springframework.stereotype.Component;

/** Turns cases into what pages show: child, team and people named. Reads nothing it audits. */
@Component
class CaseViews {

  private final Directory directory;
  private final Children children;

  CaseViews(Directory directory, Children children) {
    this.directory = directory;
    this.children = children;
  }

  CaseView of(ChildCaseEntity c) {
    return of(List.of(c)).getFirst();
  }

  List<CaseView> of(Collection<ChildCaseEntity> cases) {
    Set<UUID> teams = new HashSet<>();
    Set<UUID> people = new HashSet<>();
    for (ChildCaseEntity c : cases) {
      if (c.teamId() != null) {
        teams.add(c.teamId());
      }
      Stream.of(c.workerUserId(), c.allocatedByUserId())
          .filter(Objects::nonNull)
          .forEach(people::add);
    }
    Map<UUID, String> teamNames = directory.teamNames(teams);
    Map<UUID, UserView> users = directory.users(people);
    Map<UUID, ChildSummary> kids =
        children.summaries(cases.stream().map(ChildCaseEntity::childId).toList());
    return cases.stream()
        .map(
            c ->
                new CaseView(
                    c.id(),
                    c.childId(),
                    kids.containsKey(c.childId()) ? kids.get(c.childId()).name() : "",
                    c.status(),
                    c.decision(),
                    c.decisionReasons(),
                    c.concernId(),
                    c.teamId(),
                    c.teamId() == null ? null : teamNames.get(c.teamId()),
                    c.workerUserId(),
                    name(users, c.workerUserId()),
                    c.routedAt(),
                    c.allocatedAt(),
                    name(users, c.allocatedByUserId()),
                    c.councilReference(),
                    c.otherAuthority(),
                    c.closedAt(),
                    c.closeReason(),
                    c.reopenedAt(),
                    c.version()))
        .toList();
  }

  private static @Nullable String name(Map<UUID, UserView> users, @Nullable UUID id) {
    return id == null || !users.containsKey(id) ? null : users.get(id).displayName();
  }
}
