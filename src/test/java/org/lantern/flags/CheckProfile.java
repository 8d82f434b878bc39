package org.lantern.flags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a check's CPU goes, for {@link FlagCheckBenchmark}: the flight recording's execution
 * samples of the timed window sorted into the parts of a check (the first part whose frames a
 * sample's stack holds, in the order below, most specific first), and the CPU PostgreSQL's backends
 * of the benchmark's database spent in the same window (from {@code /proc}, when PostgreSQL runs on
 * this machine). The JVM's samples are of Java threads only: garbage collection and the JIT's
 * compilers are not in them.
 */
final class CheckProfile {

  /** A part of a check and the frames (or thread names) that mark a sample as its. */
  private record Part(String name, List<String> marks) {}

  private static final List<Part> PARTS =
      List.of(
          part(
              "notice: its recipients, the front door's accounts",
              "Directory.usersWithRole",
              "Directory.userIdsWithRole"),
          part(
              "notice: its recipients, the child's allocations",
              "Relationships.currentOn",
              "Relationships.allocatedTeam"),
          part("notice: the open notice found, added to or added", "notify.Alerts"),
          part("audit row", "AccessPolicy.require", "AuditLog.record", "AuditEvents"),
          part(
              "group commit: check row, transaction, commit", "CheckCommits", "flag-check-commits"),
          part("facts: referral", "ReferralFlagFacts"),
          part("facts: risk", "RiskFlagFacts"),
          part("facts: panel", "PanelFlagFacts"),
          part("facts: intelligence", "NoticeFlagFacts"),
          part("facts: missing", "MissingFlagFacts"),
          part("facts: strategy", "PlanFlagFacts"),
          part("facts: every module's in one statement, run and read", "org.lantern.flags.Facts."),
          part("partner flags", "PartnerFlags.of"),
          part("responsible team", "ResponsibleTeams"),
          part("last checks", "FlagChecks.lastChecks"),
          part("the child by NHS number", "Children.summariesWithNhsNumber"),
          part("the placement", "Placements.currentOn", "ChildFlags.subject"),
          part("check otherwise: its transaction, the access policy", "FlagChecks", "ChildFlags"),
          part("FHIR resources made", "FhirFlags", "FlagResourceProvider"),
          part(
              "HAPI: the Bundle encoded",
              "BaseParser.encode",
              "ca.uhn.fhir.parser.JsonParser",
              "RestfulServerUtils.streamResponse"),
          part("HAPI: the request otherwise", "ca.uhn.fhir"),
          part(
              "Spring MVC: the static asset (DispatcherServlet, resource handler)",
              "org.springframework.web.servlet"),
          // the credentials filter wraps the rest of the chain (the gate, authorisation, the
          // observations of each filter), so these are one part
          part(
              "security and servlet filters (credentials, the gate, authorisation, observations)",
              "ApiClientAuthenticationFilter",
              "springframework.security",
              "springframework.web.filter",
              "springframework.session"),
          part("Tomcat, HTTP", "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"),
          part("the load driver", "java.net.http", "jdk.internal.net.http", "FlagCheckBenchmark"));

  private CheckProfile() {}

  private static Part part(String name, String... marks) {
    return new Part(name, List.of(marks));
  }

  /** The share of the recording's execution samples in each part, as lines of text. */
  static String breakdown(Path recording) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    PARTS.forEach(p -> counts.put(p.name(), 0));
    Map<String, Integer> others = new TreeMap<>();
    int samples = 0;
    int truncated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null) {
        continue;
      }
      samples++;
      truncated += stack.isTruncated() ? 1 : 0;
      List<String> hay = new ArrayList<>();
      for (RecordedFrame f : stack.getFrames()) {
        if (f.isJavaFrame()) {
          hay.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
      }
      RecordedThread thread = e.getThread("sampledThread");
      String threadName = thread == null ? "" : String.valueOf(thread.getJavaName());
      hay.add(threadName);
      Part found = null;
      for (Part p : PARTS) {
        if (p.marks().stream().anyMatch(m -> hay.stream().anyMatch(h -> h.contains(m)))) {
          found = p;
          break;
        }
      }
      if (found != null) {
        counts.merge(found.name(), 1, Integer::sum);
      } else {
        others.merge("other (" + threadName.replaceAll("[-0-9]+$", "") + ")", 1, Integer::sum);
      }
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                "  where the JVM's CPU went: %d execution samples (%d with stacks cut at the"
                    + " recording's depth)%n",
                samples, truncated));
    int total = Math.max(1, samples);
    counts.forEach(
        (name, n) -> out.append(String.format("  %5.1f %%  %s%n", n * 100.0 / total, name)));
    others.forEach(
        (name, n) -> out.append(String.format("  %5.1f %%  %s%n", n * 100.0 / total, name)));
    return out.toString();
  }

  /**
   * The CPU (user and system) PostgreSQL's backends connected to this database have used, in
   * nanoseconds; 0 when their processes cannot be read (PostgreSQL on another machine).
   */
  static long databaseCpuNanos(JdbcTemplate jdbc) {
    List<Integer> pids =
        jdbc.queryForList(
            "select pid from pg_stat_activity where datname = current_database()", Integer.class);
    long ticks = 0;
    for (int pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (IOException | RuntimeException e) {
        // a backend that ended, or PostgreSQL elsewhere: not counted
      }
    }
    return ticks * 10_000_000L;
  }
}
