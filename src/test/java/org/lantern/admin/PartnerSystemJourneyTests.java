package org.lantern.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * An administrator registers an agency's system in the browser, copies its token (shown once),
 * corrects its source system, gives it a new secret and revokes it; the real API takes the token
 * and then refuses it. Every page is checked with axe.
 */
class PartnerSystemJourneyTests extends BrowserJourney {

  @Test
  void anAdministratorRegistersCorrectsRotatesAndRevokesAPartnerSystem() throws Exception {
    TestPartnership p = fixtures.partnership();
    String clientId = "niche-" + p.suffix();

    signIn(p.username(Role.PARTNERSHIP_ADMIN));
    visit("/admin/partner-systems");
    assertThat(page.locator("h1")).hasText("Partner systems");
    assertAccessible();
    link("Register a partner system").click();
    field("Agency").selectOption(new SelectOption().setLabel("Police " + p.suffix()));
    field("Name of the system").fill("Niche records");
    field("Client id").fill("has spaces");
    field("Source system").fill("NICHE-TYPO-" + p.suffix());
    button("Register and show the secret").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a client id");
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose at least one API");
    assertAccessible();

    field("Client id").fill(clientId);
    page.getByLabel("Concerns", new Page.GetByLabelOptions().setExact(true)).check();
    button("Register and show the secret").click();
    String token = page.locator(".lantern-bearer").innerText().strip();
    assertThat(token).startsWith(clientId + ".");
    assertAccessible();
    assertThat(api(token)).isEqualTo(404);

    link("Back to partner systems").click();
    assertThat(page.locator(".lantern-partner-systems")).containsText("Niche records");
    assertThat(page.locator(".lantern-partner-systems")).not().containsText(token);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Niche records")).click();
    assertThat(page.locator(".lantern-source-system")).hasText("NICHE-TYPO-" + p.suffix());
    assertAccessible();

    field("Source system").fill("has spaces");
    button("Change the source system").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the source system");
    assertThat(page.locator("#sourceSystem-error")).containsText("Enter the source system");
    assertAccessible();
    field("Source system").fill("NICHE-" + p.suffix());
    button("Change the source system").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The source system was changed");
    assertThat(page.locator(".lantern-source-system")).hasText("NICHE-" + p.suffix());
    String systemPage = page.url();

    field("Hours the old secret still works").fill("0");
    button("Make a new secret").click();
    String newToken = page.locator(".lantern-bearer").innerText().strip();
    assertAccessible();
    assertThat(api(token)).isEqualTo(401);
    assertThat(api(newToken)).isEqualTo(404);

    page.navigate(systemPage);
    button("Revoke now").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("revoked");
    assertThat(page.locator(".lantern-partner-system")).containsText("Revoked");
    assertAccessible();
    assertThat(api(newToken)).isEqualTo(401);
  }

  /** The status the real API answers this token with for a concern that does not exist. */
  private int api(String token) throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/concerns/" + UUID.randomUUID())))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  private Locator field(String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }
}
