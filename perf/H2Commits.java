import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.lantern.platform.durability.SyncWriteFileSystem;

/**
 * Commits per second of the embedded database alone, without Lantern around it, in three
 * configurations: H2's default (commits written up to 500 ms later, through the operating system's
 * cache), WRITE_DELAY=0 (written before the commit returns), and Lantern's (WRITE_DELAY=0 and the
 * file opened for synchronous writes). Each transaction inserts a concern-like row and an
 * audit-like row and commits. Also how much the file grew per commit, and its size after a clean
 * close (H2 compacts it then, for up to MAX_COMPACT_TIME: 0.2 s by default, 5 s in Lantern's URL).
 *
 * <p>Run from the repository after ./mvnw -DskipTests package (docs/performance.md):
 *
 * <pre>
 * java -cp target/classes:$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar \
 *     perf/H2Commits.java [seconds=20] [threads=1,4]
 * </pre>
 */
public class H2Commits {

  /** The settings of Lantern's URL (application.yml) that concern writing. */
  private static final String LANTERN = ";WRITE_DELAY=0;MAX_COMPACT_TIME=5000";

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String threads = args.length > 1 ? args[1] : "1,4";
    SyncWriteFileSystem.register();
    Path work = Files.createTempDirectory("h2-commits");
    for (String t : threads.split(",")) {
      run(work, "H2 default (WRITE_DELAY 500 ms)", "", "", seconds, Integer.parseInt(t));
      run(work, "WRITE_DELAY=0", "", ";WRITE_DELAY=0", seconds, Integer.parseInt(t));
      run(work, "Lantern: WRITE_DELAY=0 and dsync:", "dsync:", LANTERN, seconds, Integer.parseInt(t));
    }
  }

  private static void run(Path work, String name, String prefix, String settings, int seconds, int threads)
      throws Exception {
    Path dir = Files.createTempDirectory(work, "db");
    String url = "jdbc:h2:file:" + prefix + dir.resolve("db") + settings + ";MODE=PostgreSQL";
    Path file = dir.resolve("db.mv.db");
    AtomicLong commits = new AtomicLong();
    long sizeBefore;
    long sizeAfter;
    long closeMillis;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute(
          "create table concern(id uuid primary key, child_id uuid, what_happened varchar(10000),"
              + " submitted_at timestamp with time zone, source_system varchar(100), source_id varchar(200))");
      c.createStatement().execute("create index concern_child on concern(child_id)");
      c.createStatement().execute("create unique index concern_source on concern(source_system, source_id)");
      c.createStatement().execute(
          "create table audit_event(id bigint generated always as identity primary key, username varchar(100),"
              + " record_id uuid, occurred_at timestamp with time zone, action varchar(60))");
      sizeBefore = Files.size(file);
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Future<?>> running = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        for (int i = 0; i < threads; i++) {
          running.add(pool.submit(() -> {
            try (Connection own = DriverManager.getConnection(url, "sa", "")) {
              own.setAutoCommit(false);
              PreparedStatement concern = own.prepareStatement(
                  "insert into concern values (?, ?, ?, current_timestamp, 'ED', ?)");
              PreparedStatement audit = own.prepareStatement(
                  "insert into audit_event(username, record_id, occurred_at, action)"
                      + " values ('demo-ed', ?, current_timestamp, 'CONCERN_SUBMITTED')");
              while (System.nanoTime() < end) {
                UUID id = UUID.randomUUID();
                concern.setObject(1, id);
                concern.setObject(2, UUID.randomUUID());
                concern.setString(3, "Brought in at 2am by two adults who left before giving names.");
                concern.setString(4, id.toString());
                concern.executeUpdate();
                audit.setObject(1, id);
                audit.executeUpdate();
                own.commit();
                commits.incrementAndGet();
              }
            }
            return null;
          }));
        }
        for (Future<?> f : running) {
          f.get();
        }
      }
      sizeAfter = Files.size(file);
      closeMillis = System.nanoTime();
    }
    closeMillis = (System.nanoTime() - closeMillis) / 1_000_000;
    long n = Math.max(1, commits.get());
    System.out.printf(
        "%-36s %d thread(s): %,7.0f commits/s (%,d in %d s); file grew %,d KiB (%.1f KiB a commit);"
            + " %,d KiB after close (%d ms)%n",
        name, threads, commits.get() / (double) seconds, commits.get(), seconds,
        (sizeAfter - sizeBefore) / 1024, (sizeAfter - sizeBefore) / 1024.0 / n,
        Files.size(file) / 1024, closeMillis);
  }
}
