package org.lantern.platform.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An export is disclosure, and its audit row is what records it: nothing of an export may leave
 * Lantern before that row is committed. Here the database refuses the row at commit (a deferred
 * trigger, for this test's users only), as a crash or a failing database would lose it; the person
 * must then get no part of the export.
 */
@IntegrationTest
class ExportAuditIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  private static TestPartnership p;

  @BeforeEach
  void refuseThisPartnershipsExportAuditsAtCommit() {
    if (p == null) {
      p = fixtures.partnership();
    }
    jdbc.execute(
        """
        create or replace function test_refuse_export_audit() returns trigger as $$
        begin
          if new.partnership_id = '%s' and new.action like '%%EXPORTED' then
            raise exception 'the export''s audit row is lost at commit';
          end if;
          return null;
        end;
        $$ language plpgsql
        """
            .formatted(p.id()));
    jdbc.execute(
        "create constraint trigger test_export_audit_lost after insert on audit_event"
            + " deferrable initially deferred for each row execute function"
            + " test_refuse_export_audit()");
  }

  @AfterEach
  void dropTrigger() {
    jdbc.execute("drop trigger if exists test_export_audit_lost on audit_event");
    jdbc.execute("drop function if exists test_refuse_export_audit()");
  }

  @Test
  void noPartOfTheTrackerLeavesBeforeItsExportIsRecorded() throws Exception {
    String sent = export(Role.EXPLOITATION_COORDINATOR, "/tracker/export.csv");

    assertThat(sent).doesNotContain("date_of_birth");
  }

  @Test
  void noPartOfTheAuditLogLeavesBeforeItsExportIsRecorded() throws Exception {
    String sent =
        export(
            Role.INFORMATION_GOVERNANCE,
            "/audit/export?from.day=1&from.month=1&from.year=2026"
                + "&to.day=31&to.month=12&to.year=2026");

    assertThat(sent).doesNotContain("occurred_at");
  }

  /**
   * What was written to the response. The failed commit reaches MockMvc as an exception (a real
   * server would then show the error page, if nothing had been sent yet), so the response is taken
   * by a filter in front of everything else.
   */
  private String export(Role role, String path) throws Exception {
    AtomicReference<MockHttpServletResponse> response = new AtomicReference<>();
    Filter keep =
        (request, servletResponse, chain) -> {
          response.set((MockHttpServletResponse) servletResponse);
          chain.doFilter(request, servletResponse);
        };
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .addFilters(keep)
            .apply(springSecurity())
            .build();
    try {
      mvc.perform(get(path).with(Pages.signedInAs(users, p.username(role))));
    } catch (ServletException refusedAtCommit) {
      assertThat(refusedAtCommit)
          .hasStackTraceContaining("the export's audit row is lost at commit");
    }
    return response.get().getContentAsString();
  }
}
