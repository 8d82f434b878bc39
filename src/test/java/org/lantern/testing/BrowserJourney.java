package org.lantern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A user journey in Debian's Chromium, driven by Playwright, against Lantern running on a random
 * port with PostgreSQL. Every page a journey reaches is checked with axe-core: no serious or
 * critical accessibility violations (WCAG 2.2 AA rules).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupport.class)
public abstract class BrowserJourney {

  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort protected int port;
  @Autowired protected Fixtures fixtures;
  @Autowired protected MutableClock clock;

  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Paths.get(System.getProperty("lantern.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    clock.reset();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void visit(String path) {
    page.navigate(url(path));
  }

  /** Signs in through the sign-in page, as a person would. */
  protected void signIn(String username) {
    visit("/sign-in");
    assertAccessible();
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
        .fill(TestPartnership.PASSWORD);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    assertThat(page.url()).isEqualTo(url("/"));
  }

  protected void signOut() {
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  /** The page as it stands has no serious or critical accessibility violations. */
  protected void assertAccessible() {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            () ->
                "Accessibility violations on "
                    + page.url()
                    + ":\n"
                    + serious.stream()
                        .map(
                            v ->
                                v.getId()
                                    + " ("
                                    + v.getImpact()
                                    + "): "
                                    + v.getHelp()
                                    + " at "
                                    + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
