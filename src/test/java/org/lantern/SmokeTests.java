package org.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lantern as a newcomer first runs it: the default profile, the embedded database and search index
 * under a fresh data folder, the demo county generated at start (smaller than the default to keep
 * the build quick), a real server on a port. Signs in as the demo front-door worker over HTTP and
 * finds concerns waiting.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "lantern.demo.children=300")
@DirtiesContext
class SmokeTests {

  /** Under target/, so that a clean build removes it. */
  private static final Path DATA_DIR = newDataDir();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("lantern.data-dir", DATA_DIR::toString);
  }

  @Test
  void theDemoFrontDoorWorkerSignsInAndSeesTheQueue() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> signInPage = http.send(get("/sign-in"), ofString());
    assertThat(signInPage.statusCode()).isEqualTo(200);
    Element token = Jsoup.parse(signInPage.body()).selectFirst("input[name=_csrf]");
    assertThat(token).isNotNull();

    HttpResponse<String> signedIn =
        http.send(
            post(
                "/sign-in",
                Map.of(
                    "username", "frontdoor",
                    "password", "Lantern-demo-1",
                    "_csrf", token.val())),
            ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("LANTERN_SESSION=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));

    HttpResponse<String> queue = http.send(get("/front-door"), ofString());
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    Document page = Jsoup.parse(queue.body());
    assertThat(page.text()).contains("Priya Raman");
    assertThat(page.select("table.lantern-queue tbody tr")).isNotEmpty();
    assertThat(page.select("table.lantern-queue tbody tr a[href^=/front-door/concerns/]"))
        .isNotEmpty();

    // messages pass through MessageFormat: '' in messages/ shows as one apostrophe
    HttpResponse<String> home = http.send(get("/"), ofString());
    assertThat(Jsoup.parse(home.body()).text())
        .contains("Find a child's record")
        .doesNotContain("''");
  }

  @Test
  void theDemoSchoolsAgencyAdministratorSeesTheSchoolsStaffOnly() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Element token =
        Jsoup.parse(http.send(get("/sign-in"), ofString()).body()).selectFirst("input[name=_csrf]");
    assertThat(token).isNotNull();
    HttpResponse<String> signedIn =
        http.send(
            post(
                "/sign-in",
                Map.of(
                    "username", "schooladmin",
                    "password", "Lantern-demo-1",
                    "_csrf", token.val())),
            ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);

    HttpResponse<String> accounts = http.send(get("/admin/accounts"), ofString());
    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(accounts.body()).text())
        .contains("Megan Fairweather", "Carys Pendleton")
        .doesNotContain("Priya Raman", "Ben Ashdown");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET().build();
  }

  private HttpRequest post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(url(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static Path newDataDir() {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      return Files.createTempDirectory(target.toAbsolutePath(), "smoke-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
