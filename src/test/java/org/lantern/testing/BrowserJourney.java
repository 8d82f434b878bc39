package org.lantern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.lantern.platform.LanternTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A user journey in Debian's Chromium, driven by Playwright, against Lantern running on a random
 * port with PostgreSQL. Every page a journey reaches is checked with axe-core: no serious or
 * critical accessibility violations (WCAG 2.2 AA rules).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
public abstract class BrowserJourney {

  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static Playwright playwright;
  private static boolean signInPageChecked;
  private static Browser browser;

  @LocalServerPort protected int port;
  @Autowired protected Fixtures fixtures;
  @Autowired protected MutableClock clock;

  protected BrowserContext context;
  protected Page page;
  private final List<BrowserContext> otherWindows = new ArrayList<>();

  /**
   * Script errors and console errors (a Content-Security-Policy violation is one) in any page of
   * the journey. A 4xx status is a page of its own (refused, not found), not an error here.
   */
  private final List<String> browserErrors = new CopyOnWriteArrayList<>();

  private static final Pattern REFUSED_STATUS =
      Pattern.compile("^Failed to load resource: the server responded with a status of 4\\d\\d");

  /**
   * One Chromium for the whole JVM, launched by the first journey and closed as the JVM exits:
   * launching Playwright's driver and a browser for every journey class took two to four seconds
   * each. Each test still gets browser contexts of its own (cookies, storage, cache), closed after
   * it, so no journey sees another's session. A browser that has gone away is launched again.
   */
  @BeforeAll
  static synchronized void launchBrowser() {
    if (browser != null && browser.isConnected()) {
      return;
    }
    if (playwright == null) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      Runtime.getRuntime().addShutdownHook(new Thread(BrowserJourney::closeBrowser));
    }
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

  private static synchronized void closeBrowser() {
    try {
      if (browser != null) {
        browser.close();
      }
      if (playwright != null) {
        playwright.close();
      }
    } catch (RuntimeException e) {
      // The JVM is exiting: the driver ends with it either way.
    }
  }

  @BeforeEach
  void openPage() {
    clock.reset();
    context = newContext();
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    otherWindows.forEach(BrowserContext::close);
    otherWindows.clear();
    context.close();
    assertThat(browserErrors).as("errors in the browser's console").isEmpty();
  }

  private BrowserContext newContext() {
    return newContext(1280, 900);
  }

  private BrowserContext newContext(int width, int height) {
    BrowserContext created =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    created.setDefaultTimeout(15_000);
    created.onConsoleMessage(
        message -> {
          if ("error".equals(message.type()) && !REFUSED_STATUS.matcher(message.text()).find()) {
            browserErrors.add(message.text() + " at " + message.location());
          }
        });
    created.onWebError(error -> browserErrors.add(error.error()));
    return created;
  }

  /**
   * A second browser with its own cookies, for a second person (or the same person twice) working
   * at the same time. Closed after the test.
   */
  protected Page anotherBrowser() {
    BrowserContext other = newContext();
    otherWindows.add(other);
    return other.newPage();
  }

  /** A second browser the size of a phone (375 pixels wide), closed after the test. */
  protected Page aPhone() {
    BrowserContext other = newContext(375, 812);
    otherWindows.add(other);
    return other.newPage();
  }

  /**
   * Whether the page scrolls sideways as a whole: a wide table may scroll inside its own region,
   * never the page.
   */
  protected static boolean scrollsSideways(Page page) {
    return (Boolean)
        page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void visit(String path) {
    page.navigate(url(path));
  }

  /** Signs in through the sign-in page, as a person would. */
  protected void signIn(String username) {
    signIn(page, username);
  }

  /** Signs in on another browser's page. */
  protected void signIn(Page page, String username) {
    page.navigate(url("/sign-in"));
    if (!signInPageChecked) {
      assertAccessible(page);
      signInPageChecked = true;
    }
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
        .fill(TestPartnership.PASSWORD);
    button(page, "Sign in").click();
    assertThat(page.url()).isEqualTo(url("/"));
  }

  protected void signOut() {
    button("Sign out").click();
  }

  /** The button with exactly this accessible name. */
  protected Locator button(String name) {
    return button(page, name);
  }

  protected static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The link with exactly this accessible name. */
  protected Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** An item of the service navigation (its name may end with a count, "My referrals 1"). */
  protected Locator navLink(String label) {
    return page.locator("nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label));
  }

  /** The pages that list a group of the navigation's links ("Reports", "Missing"). */
  private static final List<String> GROUP_PAGES =
      List.of(
          "/casework",
          "/concerns",
          "/children",
          "/missing",
          "/panel-work",
          "/intelligence",
          "/reports");

  /**
   * Opens a page from the navigation as a person would: its own link in the bar, or, where the bar
   * shows its group as one link ("Reports"), that link and then the page's link on the group's
   * page.
   */
  protected void goTo(String label) {
    // Escaped by hand, not Pattern.quote: Playwright hands the pattern to JavaScript, which has no
    // \Q...\E.
    String escaped = label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    // A count after the name ("Return interviews 2, 2 overdue") may sit on a line of its own.
    Pattern named = Pattern.compile("^" + escaped + "(\\s[\\s\\S]*)?$");
    Locator bar = page.locator(".govuk-service-navigation__list a");
    for (Locator link : bar.all()) {
      String href = link.getAttribute("href");
      if (named.matcher(link.innerText().strip()).matches() && !GROUP_PAGES.contains(href)) {
        link.click();
        return;
      }
    }
    List<String> groups =
        bar.all().stream().map(l -> l.getAttribute("href")).filter(GROUP_PAGES::contains).toList();
    for (String group : groups) {
      visit(group);
      Locator onGroupPage =
          page.locator(".lantern-hub")
              .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(named));
      if (onGroupPage.count() == 1) {
        onGroupPage.click();
        return;
      }
    }
    throw new AssertionError("no link to " + label + " in the navigation or its groups");
  }

  /** Types a date into a GOV.UK date input (day, month and year boxes). */
  protected void fillDate(String field, LocalDate date) {
    page.locator("#" + field).fill(String.valueOf(date.getDayOfMonth()));
    page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
    page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
  }

  /** Today by Lantern's (movable) clock. */
  protected LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  /**
   * The shapes of page axe has passed in this JVM. The journeys pass through the same pages many
   * times (a referral's page after each step, the inbox, the front door); axe took about a second
   * each time, a fifth of a journey's time. A page is checked again whenever its shape differs.
   */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  /**
   * What makes one page differ from another for axe: its path with identifiers taken out, the names
   * of its query's parameters, its title (which says "Error:" when the form has errors), and how
   * many of each kind of part it has (headings, form controls, buttons, tables, details, banners,
   * error messages) — so the same page in another state (a new button, a table instead of "nothing
   * here", a banner after an action) is checked again.
   */
  private static String shape(Page page) {
    URI uri = URI.create(page.url());
    String path =
        uri.getPath()
            .replaceAll("/[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}(?=/|$)", "/{id}")
            .replaceAll("/\\d+(?=/|$)", "/{n}");
    String query =
        uri.getQuery() == null
            ? ""
            : Arrays.stream(uri.getQuery().split("&"))
                .map(p -> p.split("=", 2)[0])
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
    Object parts =
        page.evaluate(
            "() => ['h1','h2','h3','input','select','textarea','button','table','details',"
                + "'dialog','.govuk-error-message','.govuk-error-summary',"
                + "'.govuk-notification-banner','[aria-live]']"
                + ".map(s => document.querySelectorAll(s).length).join('.')");
    return path + "?" + query + "|" + page.title() + "|" + parts;
  }

  /** The page as it stands has no serious or critical accessibility violations. */
  protected void assertAccessible() {
    assertAccessible(page);
  }

  /** Another browser's page has no serious or critical accessibility violations. */
  protected static void assertAccessible(Page page) {
    // Legacy mode runs axe in the page itself; the default opens a blank page for every check,
    // which tripled the time of a journey. Lantern has no cross-origin frames to need it.
    if (!CHECKED.add(shape(page))) {
      return;
    }
    AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    assertThat(results.isErrored()).as(results::getErrorMessage).isFalse();
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
