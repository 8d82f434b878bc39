package org.lantern.flags;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Section;
import org.lantern.people.Children;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.springframework.stereotype.Component;

/**
 * The flags section of a child's file: every flag, current and past, with its type, dates and
 * source; who is responsible and whom to call; and every check from unscheduled care. Shown to
 * those who see the file's flags ({@link Section#FLAGS}); the file has checked and audited access.
 */
@Component
class FlagsFile implements FilePartSource {

  private final ChildFlags flags;
  private final FlagViews views;
  private final ResponsibleTeams responsible;
  private final FlagChecks checks;
  private final Children children;

  FlagsFile(
      ChildFlags flags,
      FlagViews views,
      ResponsibleTeams responsible,
      FlagChecks checks,
      Children children) {
    this.flags = flags;
    this.views = views;
    this.responsible = responsible;
    this.checks = checks;
    this.children = children;
  }

  @Override
  public Section section() {
    return Section.FLAGS;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    FlagSubject child = flags.subject(children.summary(childId));
    return List.of(
        new FileSection(
            5,
            "flags/file",
            "section",
            Map.of(
                "flags",
                views.rows(flags.of(child)),
                "responsible",
                responsible.of(child),
                "checks",
                checks.all(childId))));
  }
}
