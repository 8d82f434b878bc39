package org.lantern.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.LanternTime;

/**
 * A child's screenings over time, oldest first, with what changed from each to the next, and the
 * points of a small chart (drawn by the page as SVG, no script).
 */
public record RiskHistory(List<Entry> entries, Chart chart) {

  /** One submitted screening and what changed since the one before. */
  public record Entry(
      UUID screeningId,
      LocalDate on,
      RiskLevel level,
      @Nullable RiskLevel previous,
      ScreeningStatus status,
      String authorName,
      List<String> added,
      List<String> removed,
      boolean first) {

    public boolean rose() {
      return previous != null && level.compareTo(previous) > 0;
    }

    public boolean fell() {
      return previous != null && level.compareTo(previous) < 0;
    }
  }

  /** A point on the chart, in the SVG's own units. */
  public record Point(int x, int y, String label, RiskLevel level) {}

  /** The chart: size, the line through the points, and where each level's gridline sits. */
  public record Chart(int width, int height, List<Point> points, String line, List<Point> grid) {}

  static final int WIDTH = 600;
  static final int HEIGHT = 200;
  private static final int LEFT = 150;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int STEP = 50;

  public Entry current() {
    return entries.getLast();
  }

  public List<Entry> newestFirst() {
    return entries.reversed();
  }

  /** Builds the history from submitted screenings (oldest first) and their answers' texts. */
  static RiskHistory of(List<Step> steps) {
    List<Entry> entries = new ArrayList<>();
    Step before = null;
    for (Step s : steps) {
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      if (before != null) {
        for (Map.Entry<String, String> yes : s.yes().entrySet()) {
          if (!before.yes().containsKey(yes.getKey())) {
            added.add(yes.getValue());
          }
        }
        for (Map.Entry<String, String> yes : before.yes().entrySet()) {
          if (!s.yes().containsKey(yes.getKey())) {
            removed.add(yes.getValue());
          }
        }
      }
      entries.add(
          new Entry(
              s.id(),
              s.on(),
              s.level(),
              before == null ? null : before.level(),
              s.status(),
              s.authorName(),
              added,
              removed,
              before == null));
      before = s;
    }
    return new RiskHistory(entries, chart(entries));
  }

  /** What the history is built from: a screening and its indicators answered yes (id to text). */
  record Step(
      UUID id,
      LocalDate on,
      RiskLevel level,
      ScreeningStatus status,
      String authorName,
      Map<String, String> yes) {}

  private static Chart chart(List<Entry> entries) {
    List<Point> points = new ArrayList<>();
    int n = entries.size();
    int span = WIDTH - LEFT - RIGHT;
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      int x = n == 1 ? LEFT + span / 2 : LEFT + i * span / (n - 1);
      points.add(new Point(x, y(e.level()), e.on().toString(), e.level()));
    }
    StringBuilder line = new StringBuilder();
    points.forEach(p -> line.append(p.x()).append(',').append(p.y()).append(' '));
    List<Point> grid = new ArrayList<>();
    for (RiskLevel level : RiskLevel.values()) {
      grid.add(new Point(LEFT - 10, y(level), level.name(), level));
    }
    return new Chart(WIDTH, HEIGHT, points, line.toString().strip(), grid);
  }

  private static int y(RiskLevel level) {
    return TOP + (RiskLevel.values().length - 1 - level.ordinal()) * STEP;
  }

  static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, LanternTime.ZONE);
  }
}
