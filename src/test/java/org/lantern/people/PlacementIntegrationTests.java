package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Where a child lives (the tracker filters on it): recorded on the child's file by those who work
 * the case, checked and audited like any change to the record.
 */
@IntegrationTest
class PlacementIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Children children;
  @Autowired Relationships relationships;
  @Autowired AuditLog audit;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void theAllocatedSocialWorkerRecordsFosterCareAndTheFileAndAuditSaySo() throws Exception {
    ChildSummary child = fixtures.child(p);
    relationships.link(
        child.id(), p.user(Role.SOCIAL_WORKER).id(), RelationshipKind.ALLOCATED_WORKER);

    Document record = page(get("/children/{id}", child.id()), Role.SOCIAL_WORKER);
    assertThat(record.select(".lantern-placement").text()).contains("Placement Not known");
    assertThat(record.select("a[href=/children/" + child.id() + "/placement]")).hasSize(1);

    mvc.perform(
            post("/children/{id}/placement", child.id())
                .with(as(Role.SOCIAL_WORKER))
                .with(csrf())
                .param("placement", "FOSTER_CARE"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/children/" + child.id()));

    assertThat(children.placements(List.of(child.id())))
        .containsEntry(child.id(), PlacementType.FOSTER_CARE);
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.RECORD_PLACEMENT)
        .extracting(AuditEntry::outcome, AuditEntry::purpose)
        .contains(tuple(AuditEntry.Outcome.ALLOWED, "record where the child lives: FOSTER_CARE"));
    assertThat(page(get("/children/{id}", child.id()), Role.SOCIAL_WORKER).text())
        .contains("Placement Foster care");
  }

  @Test
  void savingWithNothingChosenIsExplainedAndNothingIsSaved() throws Exception {
    ChildSummary child = fixtures.child(p);

    String html =
        mvc.perform(
                post("/children/{id}/placement", child.id())
                    .with(as(Role.FRONT_DOOR))
                    .with(csrf())
                    .param("placement", "ON_THE_MOON"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document form = Jsoup.parse(html);

    assertThat(form.select(".govuk-error-summary a[href=#placement]").text())
        .isEqualTo("Select where the child lives");
    assertThat(form.select("#placement-error").text()).contains("Select where the child lives");
    assertThat(children.placements(List.of(child.id()))).isEmpty();
  }

  @Test
  void aTeacherWhoReferredTheChildIsNotShownThePlacementAndMayNotChangeIt() throws Exception {
    ChildSummary child = fixtures.child(p);
    fixtures.concern(p.user(Role.PRACTITIONER), child);

    Document record = page(get("/children/{id}", child.id()), Role.PRACTITIONER);
    assertThat(record.select(".lantern-placement"))
        .as("a referrer sees what they referred and its outcome, not the child's details")
        .isEmpty();
    assertThat(record.select("a[href=/children/" + child.id() + "/placement]")).isEmpty();

    mvc.perform(
            post("/children/{id}/placement", child.id())
                .with(as(Role.PRACTITIONER))
                .with(csrf())
                .param("placement", "RESIDENTIAL"))
        .andExpect(status().isForbidden());
    assertThat(children.placements(List.of(child.id()))).isEmpty();
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.RECORD_PLACEMENT)
        .extracting(AuditEntry::outcome)
        .containsExactly(AuditEntry.Outcome.REFUSED);
  }

  private Document page(MockHttpServletRequestBuilder request, Role role) throws Exception {
    String html =
        mvc.perform(request.with(as(role)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
