package org.lantern.platform.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, item 1: a partner system that was answered 201 never sends the concern again, so the
 * concern must exist even if Lantern dies the moment after answering. The packaged jar runs on the
 * embedded default (H2 in a fresh data directory); partner-system clients submit concerns through
 * {@code POST /api/v1/concerns} at once, and the process is sent SIGKILL by the client thread that
 * reads the {@value #KILL_AT}th 201, straight after reading it, while other submissions are in
 * flight (each client reads its answers on a plain socket in its own thread, so nothing stands
 * between the 201 and the kill). Lantern is started again on the same data directory, and every
 * concern answered 201 in any round must be there (through the API, by its id) and its child
 * findable by the front door (the search index is caught up from the database after the crash).
 * Then the next round.
 *
 * <p>It takes minutes (four starts of Lantern), so it is not part of {@code ./mvnw verify}: {@code
 * ./mvnw -Pkill-test verify} packages the jar and runs it, and {@code .ci/run} does so after the
 * suite. {@code -Dlantern.crash.rounds=N} runs N rounds (N + 1 starts; 3 by default).
 */
@Tag("crash")
class AcknowledgedConcernsSurviveKillTests {

  private static final int ROUNDS = Integer.getInteger("lantern.crash.rounds", 3);
  private static final int CLIENTS = 4;
  private static final int KILL_AT = 20;
  private static final String TOKEN = "demo-ed.lantern-demo-api-key";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A concern answered 201, and the child it describes. */
  private record Acknowledged(UUID id, String sourceId, String givenName, String familyName) {}

  @Test
  void everyConcernAnswered201IsThereAfterSigkillAndRestart() throws Exception {
    Path jar = Path.of(System.getProperty("lantern.jar", "target/lantern-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).as("the packaged jar (failsafe runs this after package)").isRegularFile();
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kill-test-");
    Path data = work.resolve("data");
    Path log = work.resolve("lantern.log");
    List<Acknowledged> acknowledged = new ArrayList<>();
    int start = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      try (LanternProcess lantern = LanternProcess.start(jar, data, log, ++start)) {
        assertAllThere(lantern, acknowledged, log);
        acknowledged.addAll(submitUntilKilled(lantern, round));
      }
    }
    try (LanternProcess lantern = LanternProcess.start(jar, data, log, ++start)) {
      assertAllThere(lantern, acknowledged, log);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * KILL_AT);
    FileSystemUtils.deleteRecursively(data);
  }

  /**
   * {@value #CLIENTS} clients submit one concern after another until the process is killed; the one
   * that reads the {@value #KILL_AT}th 201 kills it before doing anything else. A submission the
   * kill cut off was never acknowledged; every 201 read, before or after the kill, counts.
   */
  private static List<Acknowledged> submitUntilKilled(LanternProcess lantern, int round)
      throws Exception {
    List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger answered201 = new AtomicInteger();
    try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(
            clients.submit(
                () -> {
                  for (int i = 0; ; i++) {
                    String sourceId = "KILL-" + round + "-" + client + "-" + i;
                    String family = "Kill" + letters(round * 10_000 + client * 1_000 + i);
                    PlainHttp.Answer answer;
                    try {
                      answer =
                          PlainHttp.post(
                              lantern.port(),
                              "/api/v1/concerns",
                              "Bearer " + TOKEN,
                              concern(sourceId, family));
                    } catch (IOException killed) {
                      return null;
                    }
                    if (answer.status() == 201) {
                      if (answered201.incrementAndGet() == KILL_AT) {
                        lantern.kill();
                      }
                      UUID id = UUID.fromString(JSON.readTree(answer.body()).get("id").asString());
                      acknowledged.add(new Acknowledged(id, sourceId, "Durable", family));
                    } else {
                      unexpected.add(answer.status() + " " + answer.body());
                      return null;
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
    assertThat(answered201.get()).isGreaterThanOrEqualTo(KILL_AT);
    return acknowledged;
  }

  private static void assertAllThere(
      LanternProcess lantern, List<Acknowledged> acknowledged, Path log) throws Exception {
    HttpClient http = client();
    List<Acknowledged> missing = new ArrayList<>();
    for (Acknowledged a : acknowledged) {
      HttpResponse<String> response =
          http.send(
              request(lantern, "/api/v1/concerns/" + a.id())
                  .header("Authorization", "Bearer " + TOKEN)
                  .GET()
                  .build(),
              ofString());
      if (response.statusCode() != 200
          || !a.sourceId().equals(JSON.readTree(response.body()).get("sourceId").asString())) {
        missing.add(a);
      }
    }
    assertThat(missing)
        .as(
            "of %d concerns answered 201 before SIGKILL, these are not there after restart (log: %s)",
            acknowledged.size(), log)
        .isEmpty();

    signInAsFrontDoor(http, lantern);
    List<Acknowledged> notFound = new ArrayList<>();
    for (Acknowledged a : acknowledged) {
      String name = URLEncoder.encode(a.givenName() + " " + a.familyName(), StandardCharsets.UTF_8);
      HttpResponse<String> page =
          http.send(
              request(lantern, "/children/find?for=record&search=&name=" + name).GET().build(),
              ofString());
      if (page.statusCode() != 200 || !Jsoup.parse(page.body()).text().contains(a.familyName())) {
        notFound.add(a);
      }
    }
    assertThat(notFound)
        .as("children of acknowledged concerns the front door cannot find after restart")
        .isEmpty();
  }

  private static void signInAsFrontDoor(HttpClient http, LanternProcess lantern) throws Exception {
    HttpResponse<String> page = http.send(request(lantern, "/sign-in").GET().build(), ofString());
    Element token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
    assertThat(token).isNotNull();
    String form =
        Map.of("username", "frontdoor", "password", "Lantern-demo-1", "_csrf", token.val())
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        http.send(
            request(lantern, "/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
  }

  private static String concern(String sourceId, String family) {
    return """
        {"sourceId": "%s",
         "child": {"givenName": "Durable", "familyName": "%s", "sex": "FEMALE",
                   "dateOfBirth": "2012-03-14"},
         "referrer": {"name": "Dr Jo Ellis", "contact": "01234 567890"},
         "whatHappened": "Brought in at 2am by two adults who left before giving names.",
         "occurredOn": "%s", "location": "Tamsford bus station",
         "indicators": ["MISSING"], "immediateDanger": false}
        """
        .formatted(sourceId, family, LocalDate.now().minusDays(1));
  }

  private static HttpRequest.Builder request(LanternProcess lantern, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + lantern.port() + path))
        .timeout(Duration.ofMinutes(2));
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  /** A number as lower-case letters, for made-up names that are all different. */
  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.insert(0, (char) ('a' + n % 26));
      n /= 26;
    }
    return s.toString();
  }
}
