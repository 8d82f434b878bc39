package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.people.ChildSummary;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emergency access beyond its happy path: who may ask for it, reviews of grants that are not the
 * reviewer's to see, and what an "inappropriate" review does to access still running.
 */
@IntegrationTest
class BreakGlassIntegrationTests {

  static final String REASON = "Found at an address linked to an adult of concern tonight.";

  private static TestPartnership p;
  private static TestPartnership other;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired BreakGlass breakGlass;
  @Autowired BreakGlassReviews reviews;
  @Autowired AccessPolicy policy;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      other = fixtures.partnership();
    }
  }

  @ParameterizedTest
  @EnumSource(
      names = {"STRATEGIC_LEAD", "COUNCILLOR", "PARTNERSHIP_ADMIN", "INFORMATION_GOVERNANCE"})
  void theFormIsForbiddenToRolesThatCannotBreakGlass(Role role) throws Exception {
    ChildSummary child = fixtures.child(p);

    mvc.perform(get("/break-glass/{id}", child.id()).with(signedInAs(role)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theFormOpensForSomeoneWhoMayBreakGlass() throws Exception {
    ChildSummary child = fixtures.child(p);

    mvc.perform(get("/break-glass/{id}", child.id()).with(signedInAs(Role.POLICE)))
        .andExpect(status().isOk());
  }

  /**
   * The page to return to after break-glass comes from the refused page's address, so a link can
   * carry anything. Whatever it carries, access is granted once and the person lands on Lantern:
   * the child's file when the address is not a plain path of Lantern's own. (A brace or a line
   * break used to fail the redirect after the grant was committed: a 500 with access granted.)
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/children/{x}",
        "/{x}",
        "/children\r\nSet-Cookie: a=b",
        "/children\nX: y",
        "//evil.example/children",
        "https://evil.example/",
        "/\\evil.example",
        "/children/../../evil",
        "/children/%0d%0aX:%20y",
        "/children?x=1",
        "children",
        " /children",
        ""
      })
  void anUnsafeReturnAddressGrantsOnceAndGoesToTheChildsFile(String then) throws Exception {
    ChildSummary child = fixtures.child(p);

    mvc.perform(
            post("/break-glass/{id}", child.id())
                .with(signedInAs(Role.POLICE))
                .with(csrf())
                .param("reason", REASON)
                .param("then", then))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/children/" + child.id()));

    assertThat(grantsFor(child)).isEqualTo(1);
  }

  @Test
  void aPathOfLanternsOwnIsWhereThePersonReturns() throws Exception {
    ChildSummary child = fixtures.child(p);
    String then = "/children/" + child.id() + "/chronology";

    mvc.perform(
            post("/break-glass/{id}", child.id())
                .with(signedInAs(Role.POLICE))
                .with(csrf())
                .param("reason", REASON)
                .param("then", then))
        .andExpect(redirectedUrl(then));
  }

  @Test
  void aReasonTooShortGrantsNothingWhateverTheReturnAddress() throws Exception {
    ChildSummary child = fixtures.child(p);

    mvc.perform(
            post("/break-glass/{id}", child.id())
                .with(signedInAs(Role.POLICE))
                .with(csrf())
                .param("reason", "short")
                .param("then", "/{x}\r\n"))
        .andExpect(status().isOk());

    assertThat(grantsFor(child)).isZero();
  }

  @Test
  void reviewingAGrantThatDoesNotExistIsNotFound() throws Exception {
    CurrentUser reviewer = p.user(Role.INFORMATION_GOVERNANCE);

    assertThatThrownBy(
            () ->
                breakGlass.review(
                    reviewer, UUID.randomUUID(), 0, BreakGlass.APPROPRIATE, "Checked"))
        .isInstanceOf(RecordNotFoundException.class);
    mvc.perform(
            post("/audit/break-glass/{id}", UUID.randomUUID())
                .with(signedInAs(Role.INFORMATION_GOVERNANCE))
                .with(csrf())
                .param("version", "0")
                .param("outcome", BreakGlass.APPROPRIATE))
        .andExpect(status().isNotFound());
  }

  @Test
  void reviewingAnotherPartnershipsGrantIsNotFoundAndLeavesItUnreviewed() throws Exception {
    ChildSummary child = fixtures.child(other);
    breakGlass.grant(other.user(Role.POLICE), child.ref(), REASON);
    BreakGlassGrant grant = awaiting(other, child);

    assertThatThrownBy(
            () ->
                breakGlass.review(
                    p.user(Role.INFORMATION_GOVERNANCE),
                    grant.id(),
                    grant.version(),
                    BreakGlass.INAPPROPRIATE,
                    "Not ours to review"))
        .isInstanceOf(RecordNotFoundException.class);
    mvc.perform(
            post("/audit/break-glass/{id}", grant.id())
                .with(signedInAs(Role.INFORMATION_GOVERNANCE))
                .with(csrf())
                .param("version", String.valueOf(grant.version()))
                .param("outcome", BreakGlass.INAPPROPRIATE)
                .param("note", "Not ours to review"))
        .andExpect(status().isNotFound());

    assertThat(awaiting(other, child).reviewedAt()).isNull();
    assertThat(mayView(other.user(Role.POLICE), child)).isTrue();
  }

  @Test
  void anInappropriateReviewEndsAccessThatIsStillRunning() {
    CurrentUser police = p.user(Role.POLICE);
    ChildSummary child = fixtures.child(p);
    breakGlass.grant(police, child.ref(), REASON);
    clock.advance(Duration.ofHours(1));
    BreakGlassGrant grant = awaiting(p, child);

    breakGlass.review(
        p.user(Role.INFORMATION_GOVERNANCE),
        grant.id(),
        grant.version(),
        BreakGlass.INAPPROPRIATE,
        "No safeguarding reason");

    assertThat(mayView(police, child)).isFalse();
    assertThat(reviewed(child).expiresAt()).isEqualTo(clock.instant());
  }

  @Test
  void anAppropriateReviewLetsAccessRunItsTime() {
    CurrentUser police = p.user(Role.POLICE);
    ChildSummary child = fixtures.child(p);
    breakGlass.grant(police, child.ref(), REASON);
    BreakGlassGrant grant = awaiting(p, child);

    breakGlass.review(
        p.user(Role.INFORMATION_GOVERNANCE),
        grant.id(),
        grant.version(),
        BreakGlass.APPROPRIATE,
        null);

    assertThat(mayView(police, child)).isTrue();
    assertThat(reviewed(child).expiresAt()).isEqualTo(grant.expiresAt());
  }

  private BreakGlassGrant awaiting(TestPartnership partnership, ChildSummary child) {
    return awaitingReview(partnership.user(Role.INFORMATION_GOVERNANCE)).stream()
        .filter(g -> g.childId().equals(child.id()))
        .findFirst()
        .orElseThrow();
  }

  private BreakGlassGrant reviewed(ChildSummary child) {
    return reviews
        .reviewed(p.user(Role.INFORMATION_GOVERNANCE), BreakGlassReviews.Query.first())
        .rows()
        .stream()
        .filter(g -> g.childId().equals(child.id()))
        .findFirst()
        .orElseThrow();
  }

  private boolean mayView(CurrentUser user, ChildSummary child) {
    Throwable thrown =
        catchThrowable(
            () ->
                transaction.executeWithoutResult(
                    tx ->
                        policy.require(
                            user,
                            Permission.VIEW_CHILD_RECORD,
                            child.ref(),
                            RecordRef.child(child.id()),
                            "check")));
    if (thrown != null && !(thrown instanceof AccessRefusedException)) {
      throw new AssertionError(thrown);
    }
    return thrown == null;
  }

  private long grantsFor(ChildSummary child) {
    return awaitingReview(p.user(Role.INFORMATION_GOVERNANCE)).stream()
        .filter(g -> g.childId().equals(child.id()))
        .count();
  }

  private RequestPostProcessor signedInAs(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }

  /** The first page of uses awaiting review, as the reviewer's page reads them. */
  private List<BreakGlassGrant> awaitingReview(CurrentUser reviewer) {
    return reviews.awaiting(reviewer, BreakGlassReviews.Query.first()).rows();
  }
}
