package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.admin.AccountAdministration.NewAccount;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The information governance officer exports the administrative changes on their own: who changed
 * which account from what to what (and refused attempts), without the reads of children's records
 * that fill the rest of the audit log.
 */
@IntegrationTest
class AdministrativeChangesExportIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired MutableClock clock;
  @Autowired AccountAdministration administration;
  @Autowired AccessPolicy policy;
  @Autowired TransactionTemplate transaction;

  @Test
  void theOfficerExportsOnlyTheAdministrativeChanges() throws Exception {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    String username = "changed-" + UUID.randomUUID().toString().substring(0, 8);
    var invitation =
        administration.invite(
            p.user(Role.PARTNERSHIP_ADMIN),
            new NewAccount(
                "Casey Changed",
                username + "@school.test.invalid",
                username,
                p.schoolId(),
                null,
                Role.PRACTITIONER));
    administration.change(
        p.user(Role.PARTNERSHIP_ADMIN),
        invitation.accountId(),
        Role.PANEL_MEMBER,
        p.schoolId(),
        null);
    ChildSummary child = fixtures.child(p);
    transaction.executeWithoutResult(
        tx ->
            policy.require(
                p.user(Role.FRONT_DOOR),
                Permission.VIEW_CHILD_RECORD,
                child.ref(),
                RecordRef.child(child.id()),
                "open the record"));

    String everything = export(p, false).getResponse().getContentAsString();
    MvcResult changes = export(p, true);
    String administrative = changes.getResponse().getContentAsString();

    assertThat(everything).contains("VIEW_CHILD_RECORD", "ACCOUNT_CREATED");
    assertThat(administrative)
        .contains("ACCOUNT_CREATED", "ACCOUNT_CHANGED", "role: PRACTITIONER → PANEL_MEMBER")
        .doesNotContain("VIEW_CHILD_RECORD", child.id().toString());
    assertThat(changes.getResponse().getHeader("Content-Disposition"))
        .contains("lantern-administrative-changes-");
  }

  private MvcResult export(TestPartnership p, boolean administrativeOnly) throws Exception {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    var request =
        get("/audit/export")
            .param("from.day", String.valueOf(today.getDayOfMonth()))
            .param("from.month", String.valueOf(today.getMonthValue()))
            .param("from.year", String.valueOf(today.getYear()))
            .param("to.day", String.valueOf(today.getDayOfMonth()))
            .param("to.month", String.valueOf(today.getMonthValue()))
            .param("to.year", String.valueOf(today.getYear()))
            .with(Pages.signedInAs(users, p.username(Role.INFORMATION_GOVERNANCE)));
    if (administrativeOnly) {
      request.param("administrativeOnly", "true");
    }
    return mvc.perform(request).andReturn();
  }
}
