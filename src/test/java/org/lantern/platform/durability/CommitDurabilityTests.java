package org.lantern.platform.durability;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * What Lantern finds at start about how the database keeps commits: on H2 (the embedded default,
 * with its URL as in application.yml, and with the settings that lose acknowledged commits), and on
 * PostgreSQL (the test server, with synchronous_commit on as it comes and turned off for one
 * session).
 */
class CommitDurabilityTests {

  /** Settings as in application.yml's URL, after the database's name. */
  private static final String LANTERN_SETTINGS =
      ";WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @TempDir Path dir;

  @BeforeAll
  static void registerFileSystem() {
    SyncWriteFileSystem.register();
  }

  /** The URL of application.yml, as Lantern opens it with a data directory of its own. */
  @Test
  void lanternsEmbeddedDatabaseKeepsEveryCommit() throws SQLException {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    String url =
        yaml.getObject()
            .getProperty("spring.datasource.url")
            .replace("${lantern.data-dir}", dir.toString());
    assertThat(url).startsWith("jdbc:h2:file:dsync:");
    try (Connection c = h2(url)) {
      assertThat(CommitDurability.problems(c)).isEmpty();
    }
  }

  @Test
  void h2sDefaultWriteDelayIsAProblem() throws SQLException {
    try (Connection c = h2("jdbc:h2:file:dsync:" + dir.resolve("delayed") + ";MODE=PostgreSQL")) {
      assertThat(CommitDurability.problems(c))
          .singleElement(as(STRING))
          .contains("WRITE_DELAY is 500 ms");
    }
  }

  @Test
  void writingThroughTheOperatingSystemsCacheIsAProblem() throws SQLException {
    try (Connection c = h2("jdbc:h2:file:" + dir.resolve("cached") + LANTERN_SETTINGS)) {
      assertThat(CommitDurability.problems(c))
          .singleElement(as(STRING))
          .contains("power cut", "dsync:");
    }
  }

  @Test
  void anInMemoryDatabaseIsAProblem() throws SQLException {
    try (Connection c = h2("jdbc:h2:mem:durability-test")) {
      assertThat(CommitDurability.problems(c)).singleElement(as(STRING)).contains("in memory");
    }
  }

  /**
   * The file system really opens the database file for synchronous writes: Linux shows a file's
   * open flags in /proc, and O_DSYNC (octal 010000) must be among them.
   */
  @Test
  void theDatabaseFileIsOpenForSynchronousWrites() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeThat(fds).isDirectory();
    Path file = dir.resolve("synced.mv.db");
    try (Connection c = h2("jdbc:h2:file:dsync:" + dir.resolve("synced") + LANTERN_SETTINGS)) {
      assertThat(openFlags(fds, file)).isNotEmpty().allMatch(flags -> (flags & 010000) != 0);
    }
    Path plain = dir.resolve("plain.mv.db");
    try (Connection c = h2("jdbc:h2:file:" + dir.resolve("plain") + LANTERN_SETTINGS)) {
      assertThat(openFlags(fds, plain)).isNotEmpty().allMatch(flags -> (flags & 010000) == 0);
    }
  }

  @Test
  void postgresqlAsItComesKeepsEveryCommit() throws SQLException {
    try (Connection c = postgresql("")) {
      assertThat(CommitDurability.problems(c)).isEmpty();
    }
  }

  /**
   * A session's own setting is what SHOW reports, as it is for a database's or a role's: the same
   * check catches synchronous_commit turned off anywhere.
   */
  @Test
  void synchronousCommitOffIsAProblemWhereverItIsSet() throws SQLException {
    try (Connection c = postgresql("options=-c%20synchronous_commit%3Doff")) {
      assertThat(CommitDurability.problems(c))
          .singleElement(as(STRING))
          .contains("synchronous_commit is off", "ALTER ROLE postgres SET synchronous_commit = on");
    }
  }

  /**
   * The check at start sees the setting of one connection; a statement that turned it off later, or
   * for some connections only, would go unseen. Nothing in Lantern's code or configuration does.
   */
  @Test
  void nothingInLanternTurnsSynchronousCommitOff() throws IOException {
    Pattern off =
        Pattern.compile(
            "synchronous_commit\\s*(=|to|%3D)\\s*'?(off|false|0)\\b", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      List<Path> turningItOff =
          files.filter(Files::isRegularFile).filter(f -> off.matcher(text(f)).find()).toList();
      assertThat(turningItOff).isEmpty();
    }
  }

  @Test
  void theProductionProfileDoesNotStartOnADatabaseThatLosesCommits() {
    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:durability-check");
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("production");

    assertThatThrownBy(
            () -> new DurableCommitsCheck(memory, production).afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("in memory")
        .hasMessageContaining("does not start with the production profile");
    // Anywhere else it is logged, and Lantern starts.
    new DurableCommitsCheck(memory, new MockEnvironment()).afterSingletonsInstantiated();
  }

  private static Connection h2(String url) throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  /** The test server's maintenance database: what is checked is the server's and the role's. */
  private static Connection postgresql(String parameters) throws SQLException {
    String url =
        System.getProperty("lantern.test.db.url", "jdbc:postgresql://127.0.0.1:5432/lantern_test");
    String server = url.substring(0, url.lastIndexOf('/')) + "/postgres";
    String user = System.getProperty("lantern.test.db.username", "postgres");
    return DriverManager.getConnection(
        parameters.isEmpty() ? server : server + "?" + parameters, user, "");
  }

  private static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The open flags of each of this process's descriptors of the file. */
  private static List<Integer> openFlags(Path fds, Path file) throws IOException {
    try (Stream<Path> all = Files.list(fds)) {
      return all.filter(fd -> pointsAt(fd, file))
          .map(fd -> flags(Path.of("/proc/self/fdinfo", fd.getFileName().toString())))
          .toList();
    }
  }

  private static boolean pointsAt(Path fd, Path file) {
    try {
      return Files.readSymbolicLink(fd).equals(file.toAbsolutePath());
    } catch (IOException | UnsupportedOperationException gone) {
      return false;
    }
  }

  private static int flags(Path fdinfo) {
    try {
      return Files.readAllLines(fdinfo).stream()
          .filter(line -> line.startsWith("flags:"))
          .map(line -> Integer.parseInt(line.substring("flags:".length()).strip(), 8))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
