package org.lantern.flags;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Role;
import org.lantern.risk.ScreeningTools;
import org.lantern.testing.Fixtures;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FHIR flag check under load on PostgreSQL, and the machine's own ceiling in the same run: not
 * part of {@code ./mvnw verify}. Run with {@code ./mvnw -Pbench test -Dtest=FlagCheckBenchmark
 * -Dbench.children=1000000 -Dlantern.test.db.url=...} (docs/performance.md, "Flag checks").
 *
 * <p>Writes N children of one partnership straight into PostgreSQL, nine in ten with a valid NHS
 * number; one in ten screened at high risk and one in twenty with a partner's flag. Then a load
 * driver in this JVM (HTTP/1.1, one virtual thread per client, each sending its next request as
 * soon as the last is answered) calls {@code GET /fhir/Flag?patient:identifier=...} as the trust's
 * system over localhost: a random generated child, one in ten an NHS number nobody carries. Each
 * check is the real one: credentials, sharing-agreement gate, flags from every module's facts,
 * audit row, check row and the notice to whoever holds the child, each committed durably. For each
 * number of clients: a warm-up ({@code bench.warmup} s, 10 by default), then a timed window; checks
 * a second, latency percentiles, the CPU this JVM and PostgreSQL's backends of this database used
 * per check, and where the JVM's went ({@link CheckProfile}, from the window's flight recording;
 * give the JVM {@code -XX:FlightRecorderOptions:stackdepth=256} through {@code -DargLine} so that
 * deep stacks are not cut before the part they belong to). Then {@code pgbench}: single-row
 * inserts, each its own durable commit, with as many clients — what this machine's PostgreSQL can
 * commit at most.
 */
@Tag("benchmark")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // the search index would otherwise spend the timed windows indexing the generated children,
      // which a flag check never reads
      "lantern.search.sync-interval=6h",
      // the test profile lets commits skip the disk; a measured check must wait for it, as in
      // production
      "spring.datasource.hikari.connection-init-sql=SET synchronous_commit = on",
      // HAPI logs every request it refuses (a line at WARN): the window of malformed numbers
      // measures the stack, not the console
      "logging.level.ca.uhn.fhir.rest.server.interceptor.ExceptionHandlingInterceptor=error"
    })
@ActiveProfiles("test")
@Import(TestSupport.class)
class FlagCheckBenchmark {

  static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  static final String TOOL = TestScreeningTools.simple("bench-screening", "Bench screening");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired PartnershipStructure structure;
  @Autowired ScreeningTools tools;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired CheckCommits checkCommits;

  private final LoadDriver driver = new LoadDriver();
  private final List<Window> windows = new ArrayList<>();

  @Value("${spring.datasource.url}")
  String databaseUrl;

  @Test
  void checksAgainstAMillionChildren() throws Exception {
    int n = Integer.getInteger("bench.children", 1_000_000);
    int seconds = Integer.getInteger("bench.seconds", 30);
    List<Integer> clients =
        Arrays.stream(System.getProperty("bench.clients", "8,32").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    TestPartnership p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    transaction.executeWithoutResult(
        tx -> structure.contacts(p.councilId(), "01632 960001", "01632 960999"));
    ApiClientCredentials ed =
        directory.createApiClient(p.trustId(), "bench-ed-" + p.suffix(), "Bench ED", "Bench ED");

    long t0 = System.nanoTime();
    generate(p, n);
    double generated = (System.nanoTime() - t0) / 1e9;
    List<String> numbers =
        jdbc.queryForList(
            "select nhs_number from child where partnership_id = ? and nhs_number is not null",
            String.class,
            p.id());

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "children=%d (with an NHS number: %d) generated in %.0f s; flagged by screening: %d;"
                + " partner flags: %d%n",
            n,
            numbers.size(),
            generated,
            count("select count(*) from screening where partnership_id = ?", p),
            count("select count(*) from partner_flag where partnership_id = ?", p)));
    out.append(machine());
    Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    Duration warmupOthers =
        Duration.ofSeconds(Integer.getInteger("bench.warmup.others", Math.min(10, seconds)));
    List<LoadDriver.Requests> kinds = kinds(ed, numbers);
    for (int c : clients) {
      for (LoadDriver.Requests kind : kinds) {
        out.append(load(kind, c, seconds, kind == kinds.getFirst() ? warmup : warmupOthers).text())
            .append(System.lineSeparator());
      }
      out.append(pgbench(Math.min(c, 8), Math.min(seconds, 20))).append(System.lineSeparator());
    }
    out.append(
            "| request | clients | a second | p50 / p99 ms | JVM CPU a request | PostgreSQL CPU a"
                + " request | commits a request |")
        .append(System.lineSeparator())
        .append("|---|---|---|---|---|---|---|")
        .append(System.lineSeparator());
    windows.forEach(w -> out.append(w.row()));
    out.append(
        String.format(
            "rows written in the run: audit_event %d, flag_check %d, child_alert %d%n",
            count("select count(*) from audit_event where partnership_id = ?", p),
            count("select count(*) from flag_check where partnership_id = ?", p),
            count(
                "select count(*) from child_alert a join child c on c.id = a.child_id"
                    + " where c.partnership_id = ?",
                p)));
    out.append(machine());
    System.out.println(out);
    Files.writeString(Path.of("target/flag-check-benchmark.txt"), out.toString());
  }

  /**
   * The kinds of request each number of clients is timed with, in this order: the real check; then
   * the same partner system's request through the same HTTP server, security chain (credentials,
   * the sharing-agreement gate, authorisation) and HAPI FHIR server, refused by the Flag provider
   * for a malformed NHS number before it checks anything (an OperationOutcome, 400): what the
   * decided stack costs a check before Lantern's own work; then a static asset (Tomcat, Spring
   * MVC's resource handler and the assets' own short security chain: no credentials, no session, no
   * HAPI): the cheapest request Lantern's own configuration serves; last, a request Tomcat refuses
   * as it parses it (an encoded slash in the path), before any filter: what the HTTP server alone
   * costs a request on this machine.
   */
  private List<LoadDriver.Requests> kinds(ApiClientCredentials ed, List<String> numbers) {
    String base = "http://localhost:" + port;
    Function<String, HttpRequest> flag =
        number ->
            HttpRequest.newBuilder(
                    URI.create(base + "/fhir/Flag?patient:identifier=" + NHS + "%7C" + number))
                .header("Authorization", "Bearer " + ed.bearerToken())
                .header("Accept", "application/fhir+json")
                .GET()
                .build();
    HttpRequest asset = HttpRequest.newBuilder(URI.create(base + ASSET)).GET().build();
    // Tomcat rejects an encoded slash in the path as it parses the request, before any filter or
    // servlet: what the HTTP server alone costs a request
    HttpRequest refused =
        HttpRequest.newBuilder(URI.create(base + "/static/images%2Flantern.svg")).GET().build();
    return List.of(
        new LoadDriver.Requests(
            "FHIR check",
            random ->
                flag.apply(
                    random.nextInt(10) == 0
                        ? Fixtures.nhsNumber(random.nextInt(1_000_000)).value()
                        : numbers.get(random.nextInt(numbers.size()))),
            200),
        new LoadDriver.Requests(
            "FHIR refused: malformed NHS number (the stack alone)",
            random -> flag.apply(malformed(numbers.get(random.nextInt(numbers.size())))),
            400),
        new LoadDriver.Requests(
            "static asset " + ASSET + " (no credentials, no HAPI)", random -> asset, 200),
        new LoadDriver.Requests(
            "Tomcat alone: a path Tomcat refuses itself (an encoded slash, 400)",
            random -> refused,
            400));
  }

  /** The asset the last kind asks for: the smallest Lantern serves. */
  static final String ASSET = "/static/images/lantern.svg";

  /** A real number with its check digit changed: the same length, never valid. */
  static String malformed(String number) {
    char last = number.charAt(number.length() - 1);
    return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  /**
   * Runs {@code clients} clients of one kind: a warm-up, then {@code seconds} timed, with a flight
   * recording of the timed window alone.
   */
  private Window load(LoadDriver.Requests kind, int clients, int seconds, Duration warmup)
      throws Exception {
    driver.run(kind, clients, warmup);
    // a flight recording of the timed window alone: where the CPU goes (jfr view hot-methods)
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.start();
    long cpu0 = cpuNanos();
    long database0 = CheckProfile.databaseCpuNanos(jdbc);
    long commits0 = commits();
    long audit0 = auditRows();
    long[] grouped0 = checkCommits.committed();
    long start = System.nanoTime();
    LoadDriver.Result result = driver.run(kind, clients, Duration.ofSeconds(seconds));
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    // backends that ended in the window take their CPU with them: never below nothing
    double databaseCpu = Math.max(0, CheckProfile.databaseCpuNanos(jdbc) - database0) / 1e9;
    long commits = commits() - commits0;
    long audited = auditRows() - audit0;
    long[] grouped = checkCommits.committed();
    long groups = grouped[0] - grouped0[0];
    double perGroup = groups == 0 ? 0 : (double) (grouped[1] - grouped0[1]) / groups;
    recording.stop();
    Path recorded = Path.of("target/flag-check-" + clients + "-" + slug(kind.name()) + ".jfr");
    recording.dump(recorded);
    recording.close();
    int n = Math.max(1, result.latencies().length);
    Window w =
        new Window(
            kind.name(),
            clients,
            result.latencies().length / wall,
            result.ms(0.50),
            result.ms(0.99),
            cpu * 1000 / n,
            databaseCpu * 1000 / n,
            (double) commits / n);
    String text =
        String.format(
            "%s, %d clients, %d s: %d requests (%d with flags, %d not answered as expected) ="
                + " %.0f a second; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f; JVM CPU %.3f"
                + " ms a request (app and driver together); PostgreSQL's backends' CPU %.3f ms a"
                + " request; %d database commits, %.3f a request (read-only ones too); audit rows"
                + " written %d; the checks' writes in %d group commits, %.1f checks each%n%s",
            kind.name(),
            clients,
            seconds,
            result.latencies().length,
            result.flagged(),
            result.errors(),
            w.perSecond(),
            result.ms(0.50),
            result.ms(0.90),
            result.ms(0.99),
            result.maxMs(),
            w.jvmMs(),
            w.databaseMs(),
            commits,
            w.commits(),
            audited,
            groups,
            perGroup,
            CheckProfile.breakdown(recorded));
    windows.add(w);
    return w.withText(text);
  }

  /** One timed window, for the table at the end. */
  record Window(
      String kind,
      int clients,
      double perSecond,
      double p50,
      double p99,
      double jvmMs,
      double databaseMs,
      double commits,
      String text) {

    Window(
        String kind,
        int clients,
        double perSecond,
        double p50,
        double p99,
        double jvmMs,
        double databaseMs,
        double commits) {
      this(kind, clients, perSecond, p50, p99, jvmMs, databaseMs, commits, "");
    }

    Window withText(String text) {
      return new Window(kind, clients, perSecond, p50, p99, jvmMs, databaseMs, commits, text);
    }

    String row() {
      return String.format(
          "| %s | %d | %.0f | %.1f / %.1f | %.3f ms | %.3f ms | %.2f |%n",
          kind, clients, perSecond, p50, p99, jvmMs, databaseMs, commits);
    }
  }

  private static String slug(String name) {
    String first = name.split("[:(,]")[0].strip();
    return first.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
  }

  private long auditRows() {
    Long n = jdbc.queryForObject("select count(*) from audit_event", Long.class);
    return n == null ? 0 : n;
  }

  /** Transactions committed in this database so far (PostgreSQL's statistics, read and write). */
  private long commits() {
    jdbc.execute("select pg_stat_clear_snapshot()");
    Long n =
        jdbc.queryForObject(
            "select xact_commit from pg_stat_database where datname = current_database()",
            Long.class);
    return n == null ? 0 : n;
  }

  /** pgbench on the test database: single-row inserts, each committed on its own, durably. */
  private String pgbench(int clients, int seconds) throws Exception {
    jdbc.execute(
        "create table if not exists bench_ceiling (id bigserial primary key,"
            + " at timestamp with time zone not null, payload varchar(200) not null)");
    Path script = Files.createTempFile("ceiling", ".sql");
    Files.writeString(
        script, "insert into bench_ceiling (at, payload) values (now(), 'one audited check');\n");
    String url = databaseUrl;
    Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(url);
    if (!m.find()) {
      return "pgbench: cannot read the database from " + url;
    }
    String sync = jdbc.queryForObject("show synchronous_commit", String.class);
    String fsync = jdbc.queryForObject("show fsync", String.class);
    Process pg =
        new ProcessBuilder(
                "pgbench",
                "-n",
                "-h",
                m.group(1),
                "-p",
                m.group(2) == null ? "5432" : m.group(2),
                "-U",
                System.getProperty("lantern.test.db.username", "postgres"),
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                m.group(3))
            .redirectErrorStream(true)
            .start();
    String said = new String(pg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    pg.waitFor();
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(said);
    Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(said);
    jdbc.execute("drop table bench_ceiling");
    return String.format(
        "pgbench ceiling, %d clients, %d s (synchronous_commit=%s, fsync=%s): %s inserts/s,"
            + " latency average %s ms",
        clients,
        seconds,
        sync,
        fsync,
        tps.find() ? tps.group(1) : "? (" + said.strip() + ")",
        latency.find() ? latency.group(1) : "?");
  }

  private void generate(TestPartnership p, int n) {
    String pid = p.id().toString();
    String tool =
        jdbc.queryForObject(
            "select v.id from screening_tool_version v join screening_tool t on t.id = v.tool_id"
                + " where t.partnership_id = ? limit 1",
            String.class,
            p.id());
    String author = p.user(Role.SOCIAL_WORKER).id().toString();
    String child = "md5('" + pid + "' || n)::uuid";
    // a nine-digit base from the child's number (8 then 8 digits: apart from the tests' 999
    // range), its modulus 11 check digit; a base whose check digit would be 10 gets no number
    StringBuilder sum = new StringBuilder("0");
    for (int i = 1; i <= 9; i++) {
      sum.append(" + cast(substr(b, ").append(i).append(", 1) as int) * ").append(11 - i);
    }
    jdbc.execute(
        """
        insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,
          nhs_number, district_id, created_at, updated_at, version)
        select @CHILD@, '@PID@', 'Bench', 'Child' || n,
          case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
          date '2008-01-01' + cast((cast(n as bigint) * 7919) % 5000 as int),
          case when c = 10 then null when c = 11 then b || '0' else b || c end,
          '@DISTRICT@', now(), now(), 0
        from (select n, b, 11 - ((@SUM@) % 11) as c
              from (select n, '8' || lpad(cast(n as varchar), 8, '0') as b
                    from generate_series(1, @N@) n) x) y
        """
            .replace("@CHILD@", child)
            .replace("@PID@", pid)
            .replace("@DISTRICT@", p.districtId().toString())
            .replace("@SUM@", sum)
            .replace("@N@", Integer.toString(n)));
    jdbc.execute(
        """
        insert into screening (id, partnership_id, child_id, tool_version_id, status,
          author_user_id, started_at, updated_at, submitted_at, risk_level, version)
        select gen_random_uuid(), '@PID@', @CHILD@, '@TOOL@', 'SIGNED_OFF', '@AUTHOR@',
          now() - interval '30 days', now() - interval '30 days', now() - interval '30 days',
          'HIGH', 0
        from generate_series(1, @N@) n where n % 10 = 3
        """
            .replace("@CHILD@", child)
            .replace("@PID@", pid)
            .replace("@TOOL@", tool)
            .replace("@AUTHOR@", author)
            .replace("@N@", Integer.toString(n)));
    jdbc.execute(
        """
        insert into partner_flag (id, partnership_id, child_id, nhs_number, code, agency_id,
          source_system, identifier_system, identifier_value, starts_on, status, created_at,
          updated_at, version)
        select gen_random_uuid(), c.partnership_id, c.id, c.nhs_number, 'SARC_ATTENDANCE',
          '@TRUST@', 'Bench ED', 'https://bench.example/flags', cast(c.id as varchar),
          current_date - 20, 'active', now(), now(), 0
        from child c where c.partnership_id = '@PID@' and c.nhs_number is not null
          and cast(substr(c.nhs_number, 8, 2) as int) % 20 = 7
        """
            .replace("@PID@", pid)
            .replace("@TRUST@", p.trustId().toString()));
    jdbc.execute("analyze child");
    jdbc.execute("analyze screening");
    jdbc.execute("analyze partner_flag");
  }

  private long count(String sql, TestPartnership p) {
    Long c = jdbc.queryForObject(sql, Long.class, p.id());
    return c == null ? 0 : c;
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String machine() {
    String load;
    try {
      load = Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      load = "?";
    }
    return String.format(
        "at %s: %d processors, load average %s%n",
        Instant.now(), Runtime.getRuntime().availableProcessors(), load);
  }
}
