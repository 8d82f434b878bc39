package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.intelligence.LinkedAdults;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.Sex;
import org.lantern.platform.DateRules;
import org.lantern.platform.LanternTime;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.risk.RiskLevels;
import org.lantern.risk.ScreeningDigests;
import org.lantern.risk.Tracker;
import org.lantern.testing.ModuleTestSupport;
import org.lantern.testing.ModuleTestSupport.Partnership;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The agenda builder's SPI, with the panel module started alone: a child another module proposes
 * through {@link AgendaCandidateSource} goes on the district's agenda with the reason and line it
 * gave, once, and only for that district. The proposing module is a bean of this test; what panel
 * asks of other modules (access, the child's details, the tracker) is stood in for.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import({ModuleTestSupport.class, AgendaCandidateSourceModuleTests.Proposals.class})
class AgendaCandidateSourceModuleTests {

  @MockitoBean AccessPolicy policy;
  @MockitoBean AuditLog audit;
  @MockitoBean Directory directory;
  @MockitoBean Children children;
  @MockitoBean RiskLevels levels;
  @MockitoBean Tracker tracker;
  @MockitoBean PdfRenderer pdf;
  @MockitoBean ScreeningDigests screeningDigests;
  @MockitoBean LinkedAdults linkedAdults;
  @MockitoBean DateRules dateRules;

  @Autowired Meetings meetings;
  @Autowired PanelRecords panels;
  @Autowired AgendaItems agenda;
  @Autowired ListedChildren listed;
  @Autowired ModuleTestSupport.Rows rows;
  @Autowired MutableClock clock;

  /** Another module's proposals, as it would make them. */
  static class ListedChildren implements AgendaCandidateSource {

    record Proposal(UUID districtId, AgendaCandidate candidate) {}

    final List<Proposal> proposals = new ArrayList<>();

    @Override
    public List<AgendaCandidate> candidatesFor(
        UUID districtId, LocalDate meetingDate, CurrentUser user) {
      return proposals.stream()
          .filter(p -> p.districtId().equals(districtId))
          .map(Proposal::candidate)
          .toList();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Proposals {
    @Bean
    ListedChildren listedChildren() {
      return new ListedChildren();
    }
  }

  @Test
  void aChildAnotherModuleProposesGoesOnTheAgendaWithItsReasonOnce(Scenario scenario) {
    Partnership p = rows.partnership();
    CurrentUser coordinator =
        new CurrentUser(
            rows.user(p, Role.EXPLOITATION_COORDINATOR),
            "coordinator",
            "The Coordinator",
            Role.EXPLOITATION_COORDINATOR,
            p.agencyId(),
            "Council",
            p.id(),
            null);
    UUID child = rows.child(p);
    clock.set(
        ZonedDateTime.of(LocalDate.of(2026, 3, 1), LocalTime.NOON, LanternTime.ZONE).toInstant());
    UUID panel =
        panels
            .save(new PanelEntity(p.id(), "Area", Set.of(p.districtId()), 2, clock.instant()))
            .id();
    UUID meeting = meetings.plan(coordinator, panel, LocalDate.of(2026, 3, 11));
    when(children.summaries(any()))
        .thenReturn(
            Map.of(
                child,
                new ChildSummary(
                    child,
                    p.id(),
                    "Alex",
                    null,
                    "Example",
                    null,
                    Sex.NOT_KNOWN,
                    null,
                    null,
                    null,
                    null,
                    p.districtId())));
    AgendaCandidate proposed =
        new AgendaCandidate(child, AgendaReason.LIST_MATCH, "On the missing coordinator's list");
    listed.proposals.add(new ListedChildren.Proposal(p.districtId(), proposed));
    listed.proposals.add(new ListedChildren.Proposal(UUID.randomUUID(), proposed));

    scenario
        .stimulate(() -> meetings.build(coordinator, meeting))
        .andWaitForStateChange(() -> agenda.findByMeetingIdAndChildId(meeting, child))
        .andVerify(
            item ->
                assertThat(item)
                    .hasValueSatisfying(
                        i -> {
                          assertThat(i.reason()).isEqualTo(AgendaReason.LIST_MATCH);
                          assertThat(i.detail()).isEqualTo("On the missing coordinator's list");
                        }));
    assertThat(meetings.build(coordinator, meeting)).as("built again: added already").isZero();
  }
}
