package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The casework pages through the whole stack: what they show, and bad input by the field. */
@IntegrationTest
class CaseworkPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Cases cases;
  @Autowired MutableClock clock;

  CaseworkScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
  }

  @Test
  void theFrontDoorChoosesTheTeamOnTheDecisionForm() throws Exception {
    ChildSummary child = fixtures.child(s.p);
    UUID concern = fixtures.concern(s.p.user(Role.PRACTITIONER), child);
    Document form = Pages.html(page("/front-door/concerns/" + concern, s.frontDoor));
    assertThat(form.select("select#team option")).hasSize(4);

    MvcResult result =
        mvc.perform(
                post("/front-door/concerns/" + concern + "/decision")
                    .param("decision", "STRATEGY_DISCUSSION")
                    .param("reasons", "Older adults, a car, after school.")
                    .param("team", s.otherTeam.toString())
                    .param(
                        "version",
                        String.valueOf(frontDoor.open(s.frontDoor, concern).concern().version()))
                    .with(csrf())
                    .with(as(s.frontDoor)))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(cases.open(s.frontDoor, cases.caseOf(child.id())).c().teamId())
        .isEqualTo(s.otherTeam);
  }

  @Test
  void theQueueShowsTheDecisionAndItsReasonsAndAllocationSaysWhoByTheField() throws Exception {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    UUID id = cases.caseOf(child.id());

    Document queue = Pages.html(page("/casework/queue", s.manager));
    assertThat(queue.select("tbody tr")).hasSize(1);
    assertThat(queue.select("tbody tr").text())
        .contains(child.name())
        .contains("Reasons for EXPLOITATION_PATHWAY");

    MvcResult outside = allocate(id, s.manager, s.otherWorker.id().toString(), 0);
    Document refused = Pages.html(outside);
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("Select a worker of the team the child is routed to");
    assertThat(refused.select("#worker-error").text())
        .contains("Select a worker of the team the child is routed to");

    assertThat(allocate(id, s.manager, s.worker.id().toString(), 0).getResponse().getStatus())
        .isEqualTo(302);

    CurrentUser deputy = s.person(Role.TEAM_MANAGER, s.p.teamId(), "Deputy manager");
    Document late = Pages.html(allocate(id, deputy, s.secondWorker.id().toString(), 0));
    assertThat(late.select(".govuk-error-summary").text())
        .contains(s.manager.displayName() + " allocated this child to " + s.worker.displayName());
  }

  @Test
  void theWorkerSeesTheirChildrenAndTheCasePage() throws Exception {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    UUID id = cases.caseOf(child.id());
    allocation.allocate(s.manager, id, cases.open(s.frontDoor, id).c().version(), s.worker.id());

    Document mine = Pages.html(page("/my-children", s.worker));
    assertThat(mine.select("tbody tr").text()).contains(child.name());
    Document team = Pages.html(page("/casework/team", s.manager));
    assertThat(team.select(".govuk-summary-list").text()).contains(s.worker.displayName());
    Document file = Pages.html(page("/children/" + child.id(), s.worker));
    assertThat(file.select("#child-case").text()).isNotEmpty();

    Document self =
        Pages.html(
            mvc.perform(
                    post("/cases/" + id + "/transfer")
                        .param("to", "WORKER")
                        .param("worker", s.worker.id().toString())
                        .param("version", String.valueOf(cases.open(s.frontDoor, id).c().version()))
                        .with(csrf())
                        .with(as(s.worker)))
                .andReturn());
    assertThat(self.select("#worker-error").text())
        .contains("You cannot transfer a case to yourself");

    Document noReason =
        Pages.html(
            mvc.perform(
                    post("/cases/" + id + "/close")
                        .param("version", String.valueOf(cases.open(s.frontDoor, id).c().version()))
                        .with(csrf())
                        .with(as(s.worker)))
                .andReturn());
    assertThat(noReason.select("#reason-error").text()).contains("Enter the reason for closing");
    assertThat(cases.open(s.frontDoor, id).c().isOpen()).isTrue();
  }

  private MvcResult allocate(UUID caseId, CurrentUser who, String worker, long version)
      throws Exception {
    return mvc.perform(
            post("/cases/" + caseId + "/allocate")
                .param("worker", worker)
                .param("version", String.valueOf(version))
                .with(csrf())
                .with(as(who)))
        .andReturn();
  }

  private MvcResult page(String path, CurrentUser who) throws Exception {
    MvcResult result = mvc.perform(get(path).with(as(who))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return result;
  }

  private RequestPostProcessor as(CurrentUser who) {
    return Pages.signedInAs(users, who.username());
  }
}
