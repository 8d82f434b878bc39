package org.lantern.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.people.PlacementType;
import org.lantern.people.Sex;
import org.lantern.platform.LanternTime;
import org.lantern.risk.AgeBand;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.Tracker;
import org.lantern.risk.TrackerFilter;
import org.lantern.risk.TrackerSort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tracker: filter, search, sort, a page at a time (read so from the database), export as CSV;
 * and compliance per team.
 */
@Controller
class TrackerController {

  /** Children on a page of the tracker. */
  static final int PAGE_SIZE = 50;

  private final Tracker tracker;
  private final Directory directory;
  private final Clock clock;

  TrackerController(Tracker tracker, Directory directory, Clock clock) {
    this.tracker = tracker;
    this.directory = directory;
    this.clock = clock;
  }

  /** A sortable column: its sort, whether it is the current one, and where its link goes. */
  public record Column(TrackerSort sort, String ariaSort, String href) {}

  @GetMapping("/tracker")
  String tracker(@ModelAttribute("filters") TrackerForm form, CurrentUser user, Model model) {
    TrackerFilter filter = form.filter();
    Tracker.Page found = tracker.page(user, filter, form.page(), PAGE_SIZE);
    model.addAttribute("paged", found.rows());
    model.addAttribute("overdueCount", found.overdue());
    model.addAttribute("districts", directory.districts(user.partnershipId()));
    model.addAttribute("teams", tracker.teams(user));
    model.addAttribute("levels", List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH));
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ages", AgeBand.values());
    model.addAttribute("placements", PlacementType.values());
    Map<String, String> kept = form.filters();
    model.addAttribute("columns", columns(filter, kept));
    model.addAttribute(
        "csv", link("/tracker/export.csv", kept, filter.sort(), filter.descending()));
    model.addAttribute("filtered", !kept.isEmpty());
    return "risk/tracker";
  }

  @GetMapping("/tracker/export.csv")
  void export(TrackerForm form, CurrentUser user, HttpServletResponse response) throws IOException {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"tracker-" + today + ".csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Sent only once the export's audit row is committed: nothing leaves that is not recorded.
    StringWriter csv = new StringWriter();
    tracker.export(user, form.filter(), csv);
    response.getWriter().write(csv.toString());
  }

  @GetMapping("/tracker/compliance")
  String compliance(CurrentUser user, Model model) {
    List<Tracker.Compliance> teams = tracker.compliance(user);
    model.addAttribute("teams", teams);
    int children = teams.stream().mapToInt(Tracker.Compliance::children).sum();
    int compliant = teams.stream().mapToInt(Tracker.Compliance::compliant).sum();
    model.addAttribute("total", new Tracker.Compliance(null, null, children, compliant));
    model.addAttribute("mayTrack", tracker.maySee(user));
    return "risk/compliance";
  }

  private static Map<String, Column> columns(TrackerFilter filter, Map<String, String> kept) {
    Map<String, Column> columns = new LinkedHashMap<>();
    for (TrackerSort sort : TrackerSort.values()) {
      boolean current = sort == filter.sort();
      boolean nextDescending = current ? !filter.descending() : sort == TrackerSort.LEVEL;
      String aria = !current ? "none" : filter.descending() ? "descending" : "ascending";
      columns.put(
          sort.name(), new Column(sort, aria, link("/tracker", kept, sort, nextDescending)));
    }
    return columns;
  }

  private static String link(
      String path, Map<String, String> kept, TrackerSort sort, boolean desc) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    kept.forEach(b::queryParam);
    b.queryParam("sort", sort.name()).queryParam("dir", desc ? "desc" : "asc");
    return b.encode().build().toUriString();
  }
}
