package org.lantern.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only a real server shows: the Location headers Tomcat writes, what it does with a form or a
 * body too large, a page for a form that failed its CSRF check, and {@code /error} asked for
 * directly. (The same context as the browser journeys, so it starts no other.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
class OverTheWireIntegrationTests {

  private static final String EVIL = "evil.example";

  private static TestPartnership p;
  private static ApiClientCredentials ed;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
      ed = directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "Trust ED", "ED");
    }
  }

  // --- redirects never carry the Host header

  @ParameterizedTest
  @ValueSource(strings = {"/", "/children/find", "/concerns/new?newChild=true", "/inbox"})
  void aForgedHostNeverAppearsInTheRedirectToSignIn(String path) throws Exception {
    Raw answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\n");

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("location")).isEqualTo("/sign-in");
  }

  @Test
  void signingInWithAForgedHostRedirectsWithinLantern() throws Exception {
    Raw form = raw("GET /sign-in HTTP/1.1\r\nHost: " + EVIL + "\r\n");
    String cookie = form.header("set-cookie").split(";")[0];
    String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();
    String body =
        "username="
            + p.username(Role.PRACTITIONER)
            + "&password="
            + TestPartnership.PASSWORD
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);

    Raw signedIn =
        raw(
            "POST /sign-in HTTP/1.1\r\nHost: "
                + EVIL
                + "\r\nCookie: "
                + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body,
            false);
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.header("location")).isEqualTo("/");
    String session = signedIn.header("set-cookie").split(";")[0];

    Raw redirect =
        raw("GET /concerns/new HTTP/1.1\r\nHost: " + EVIL + "\r\nCookie: " + session + "\r\n");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("location")).startsWith("/children/find");
  }

  @Test
  void theOpenApiDocumentDoesNotRepeatAForgedHost() throws Exception {
    Raw document = raw("GET /api/openapi HTTP/1.1\r\nHost: " + EVIL + "\r\n");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.body()).doesNotContain(EVIL);
  }

  // --- /error

  @Test
  void errorAskedForDirectlyIsAPageNotFound() throws Exception {
    HttpResponse<String> page =
        http().send(get("/error").header("Accept", "text/html").build(), body());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Page not found");

    HttpResponse<String> json =
        http().send(get("/error").header("Accept", "application/json").build(), body());
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).doesNotContain("999");
  }

  /**
   * A request the firewall refuses before Spring MVC (a {@code ;} in the path) reaches the error
   * page: under /api/ that is a problem too, even for a client that asked for HTML.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/concerns/a;b", "/api/v1/concerns/%7B%7D"})
  void anApiErrorIsAProblemWhateverTheClientAskedFor(String path) throws Exception {
    HttpResponse<String> answer =
        http()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + ed.bearerToken())
                    .header("Accept", "text/html")
                    .build(),
                body());

    assertThat(answer.statusCode()).isBetween(400, 499);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"status\":" + answer.statusCode());
  }

  // --- size limits

  @Test
  void anApiBodyOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
    byte[] big = concernOf(1024 * 1024);

    HttpResponse<String> declared =
        http()
            .send(
                post("/api/v1/concerns", HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                body());
    HttpResponse<String> chunked =
        http()
            .send(
                post(
                        "/api/v1/concerns",
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                body());

    for (HttpResponse<String> answer : List.of(declared, chunked)) {
      assertThat(answer.statusCode()).isEqualTo(413);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(answer.body()).contains("\"status\":413").contains("256 KB");
    }
  }

  @Test
  void aFormOverTwoMegabytesGetsAPageSayingSo() throws Exception {
    String form = "whatHappened=" + "a".repeat(3 * 1024 * 1024);

    HttpResponse<String> page =
        http()
            .send(
                HttpRequest.newBuilder(uri("/concerns/new"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                body());

    assertThat(page.statusCode()).isEqualTo(413);
    Document html = Jsoup.parse(page.body());
    assertThat(html.selectFirst("h1").text()).isEqualTo("What you sent was too large");
    assertThat(html.select("main").text()).contains("2 MB").contains("Back button");
  }

  /**
   * The person-index upload page takes files of up to 5 MB and says so when one is larger: the
   * container must let such a file through to the page (Spring's default stopped at 1 MB, with the
   * generic error page).
   */
  @Test
  void anUploadLargerThanThePageTakesGetsThePagesOwnMessage() throws Exception {
    HttpClient browser = signedIn(p.username(Role.EXPLOITATION_COORDINATOR));
    Document form = Jsoup.parse(browser.send(get("/person-index/upload").build(), body()).body());
    String token = form.selectFirst("input[name=_csrf]").val();
    String boundary = "----lantern" + UUID.randomUUID();
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.writeBytes(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token)
            .getBytes(StandardCharsets.UTF_8));
    multipart.writeBytes(
        ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nCare")
            .getBytes(StandardCharsets.UTF_8));
    multipart.writeBytes(
        ("\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    multipart.writeBytes("a".repeat(6 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
    multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> answer =
        browser.send(
            HttpRequest.newBuilder(uri("/person-index/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
                .build(),
            body());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(answer.body()).select(".govuk-error-message").text())
        .contains("The file must be 5 MB or smaller");
  }

  // --- a form that fails its CSRF check

  @Test
  void aFormFromAnExpiredPageSaysSoAndShowsTheWordsToCopy() throws Exception {
    HttpClient browser = signedIn(p.username(Role.PRACTITIONER));
    ChildSummary child = fixtures.child(p);
    String words = "Seen with two older men at the bus station, she said they were her cousins.";

    HttpResponse<String> answer =
        browser.send(
            concernForm(child, words, "not-the-token")
                .header("Sec-Fetch-Site", "same-origin")
                .header("Referer", uri("/concerns/new?child=" + child.id()).toString())
                .build(),
            body());

    assertThat(answer.statusCode()).isEqualTo(403);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Your form was not sent");
    assertThat(page.select("main").text())
        .contains("expired")
        .doesNotContain("Your role does not allow this");
    assertThat(page.select("textarea[readonly]").eachText()).contains(words);
    assertThat(page.select("a:contains(Go back to the form)").attr("href"))
        .isEqualTo("/concerns/new?child=" + child.id());
  }

  @Test
  void aFormSentAfterTheSessionEndedSaysSoAndShowsTheWords() throws Exception {
    HttpClient browser = http();
    ChildSummary child = fixtures.child(p);
    String words = "She has a new phone and will not say who gave it to her.";

    HttpResponse<String> answer =
        browser.send(
            concernForm(child, words, "from-a-session-that-ended")
                .header("Origin", "http://localhost:" + port)
                .build(),
            body());

    assertThat(answer.statusCode()).isEqualTo(403);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.select("main").text()).contains("session expired").contains("Sign in again");
    assertThat(page.select("textarea[readonly]").eachText()).contains(words);
  }

  @Test
  void aPostFromAnotherSiteIsNotShownBack() throws Exception {
    HttpClient browser = signedIn(p.username(Role.PRACTITIONER));
    ChildSummary child = fixtures.child(p);

    HttpResponse<String> answer =
        browser.send(
            concernForm(child, "Call 0800 000 000 now", "forged")
                .header("Sec-Fetch-Site", "cross-site")
                .build(),
            body());

    assertThat(answer.statusCode()).isEqualTo(403);
    Document page = Jsoup.parse(answer.body());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Your form was not sent");
    assertThat(page.select("textarea")).isEmpty();
    assertThat(answer.body()).doesNotContain("0800 000 000");
  }

  @Test
  void thePageShowsNothingWhenAskedForDirectly() throws Exception {
    HttpResponse<String> answer =
        http()
            .send(
                get("/form-not-sent?whatHappened=Call+0800+000+000")
                    .header("Sec-Fetch-Site", "same-origin")
                    .build(),
                body());

    assertThat(answer.body()).doesNotContain("0800 000 000");
  }

  @Test
  void signingInFromAnExpiredSignInPageGoesBackToSignIn() throws Exception {
    HttpResponse<String> answer =
        http()
            .send(
                HttpRequest.newBuilder(uri("/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=someone&password=secret-words&_csrf=old"))
                    .build(),
                body());

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).contains("/sign-in?timeout");
  }

  // --- a form's error summary lists its errors in the order of the fields on the page

  /**
   * The intelligence link form's own checks find the evaluation and assessment before the date and
   * details, which come first on the page; the summary lists them as the page does (GOV.UK
   * pattern).
   */
  @Test
  void theErrorSummaryFollowsTheFieldsOnThePage() throws Exception {
    HttpClient browser = signedIn(p.username(Role.POLICE));
    ChildSummary child = fixtures.child(p);
    HttpResponse<String> answer =
        sendForm(
            browser,
            "/intelligence-links/new?child=" + child.id(),
            "/intelligence-links/new",
            "childId=" + child.id());

    Document page = Jsoup.parse(answer.body());
    List<String> summary = page.select(".govuk-error-summary__list a").eachAttr("href");
    assertThat(summary)
        .containsExactly(
            "#adult-givenName",
            "#adult-familyName",
            "#nature",
            "#linkedOn",
            "#details",
            "#evaluation",
            "#assessment");
    List<org.jsoup.nodes.Element> all = page.getAllElements();
    List<Integer> places =
        summary.stream().map(h -> all.indexOf(page.getElementById(h.substring(1)))).toList();
    assertThat(places).doesNotContain(-1).isSorted();
    assertThat(answer.body().strip()).endsWith("</html>");
  }

  // --- helpers

  private HttpRequest.Builder concernForm(ChildSummary child, String words, String csrf) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf);
    fields.put("token", UUID.randomUUID().toString());
    fields.put("childId", child.id().toString());
    fields.put("newChild", "false");
    fields.put("whatHappened", words);
    fields.put("occurredOn.day", "1");
    fields.put("location", "Tamsford bus station");
    fields.put("immediateDanger", "false");
    String form =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri("/concerns/new"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private HttpClient signedIn(String username) throws Exception {
    HttpClient browser = http();
    HttpResponse<String> answer =
        sendForm(
            browser,
            "/sign-in",
            "/sign-in",
            "username=" + username + "&password=" + TestPartnership.PASSWORD);
    assertThat(answer.statusCode()).isEqualTo(302);
    return browser;
  }

  /** Opens the form's page, then sends these fields to its action with the page's CSRF token. */
  private HttpResponse<String> sendForm(
      HttpClient browser, String page, String action, String fields) throws Exception {
    Document form = Jsoup.parse(browser.send(get(page).build(), body()).body());
    String token = form.selectFirst("input[name=_csrf]").val();
    return browser.send(
        HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
            .build(),
        body());
  }

  private byte[] concernOf(int size) {
    return ("{\"sourceId\": \"BIG\", \"whatHappened\": \"" + "w".repeat(size) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + ed.bearerToken())
        .header("Content-Type", "application/json")
        .POST(body);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpClient http() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  /** A request written by hand, so that its Host header is whatever the test says. */
  private Raw raw(String head) throws IOException {
    return raw(head + "Connection: close\r\n\r\n", true);
  }

  private Raw raw(String request, boolean headOnly) throws IOException {
    String text =
        headOnly ? request : request.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return Raw.parse(all.toString(StandardCharsets.UTF_8));
    }
  }

  private record Raw(int status, Map<String, List<String>> headers, String body) {
    static Raw parse(String response) {
      int end = response.indexOf("\r\n\r\n");
      String[] lines = response.substring(0, end).split("\r\n");
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
      return new Raw(
          Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
    }

    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? "" : values.getFirst();
    }
  }
}
