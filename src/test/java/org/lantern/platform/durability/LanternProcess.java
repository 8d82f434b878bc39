package org.lantern.platform.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Lantern jar running in a process of its own, on the embedded default (H2 under the
 * given data directory) with a small demo county, so that its partner system ({@code demo-ed}) is
 * there to call the API. Started, it is ready once it has brought its search index up to date;
 * {@link #kill()} sends it SIGKILL, as a crash or {@code kill -9} would.
 */
final class LanternProcess implements AutoCloseable {

  /** The demo county needs a few children (it grants break-glass on its 24th). */
  private static final int DEMO_CHILDREN = 30;

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final String READY = "Search index ready";

  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final Path log;

  private LanternProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    Thread.ofPlatform().daemon().name("lantern-output").start(this::follow);
  }

  /** Starts the jar and returns once it serves requests with its search index caught up. */
  static LanternProcess start(Path jar, Path dataDir, Path log, int startNumber) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Quicker to start on a small machine; the database and its settings are the real ones.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=0");
    command.add("--lantern.data-dir=" + dataDir);
    command.add("--lantern.demo.children=" + DEMO_CHILDREN);
    try {
      Files.writeString(
          log,
          "==> start " + startNumber + ": " + String.join(" ", command) + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      LanternProcess lantern = new LanternProcess(process, log);
      lantern.awaitReady();
      return lantern;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port.join();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: the process gets no chance to write, flush or close anything. */
  void kill() {
    process.destroyForcibly();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private void awaitReady() {
    try {
      CompletableFuture.anyOf(ready, process.onExit()).get(10, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Lantern did not start; its output is in " + log, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!ready.isDone()) {
      throw new IllegalStateException(
          "Lantern stopped with exit code " + process.exitValue() + "; its output is in " + log);
    }
  }

  /** Copies the output to the log file, noting the port and the moment the index is ready. */
  private void follow() {
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out =
            Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.write(line);
        out.write('\n');
        Matcher m = PORT.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
        if (line.contains(READY)) {
          out.flush();
          ready.complete(null);
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
  }
}
