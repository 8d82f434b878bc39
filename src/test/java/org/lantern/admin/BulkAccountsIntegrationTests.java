package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.admin.BulkAccounts.Change;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A CSV file of people: the dry run says what each row would do and changes nothing; the file is
 * applied whole (adds with invitation links, changes, closes, each audited) or not at all; sending
 * it again changes nothing; bad rows are told by their line.
 */
@IntegrationTest
class BulkAccountsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired BulkAccounts bulk;

  @Test
  void theDryRunChangesNothingThenTheFileIsAppliedWholeAndASecondTimeChangesNothing()
      throws Exception {
    TestPartnership p = fixtures.partnership();
    String a = "bulk-a-" + p.suffix();
    String b = "bulk-b-" + p.suffix();
    String csv =
        "email,name,username,agency,team,role,action\n"
            + a
            + "@school.test.invalid,Alex Bulk,"
            + a
            + ",School "
            + p.suffix()
            + ",,PRACTITIONER,\n"
            + b
            + "@council.test.invalid,Bo Bulk,"
            + b
            + ",Council "
            + p.suffix()
            + ",Children's team "
            + p.suffix()
            + ",SOCIAL_WORKER,\n"
            + p.username(Role.PANEL_MEMBER)
            + "@test.invalid,,,School "
            + p.suffix()
            + ",,PRACTITIONER,\n"
            + p.username(Role.POLICE)
            + "@test.invalid,,,,,,close\n"
            + p.username(Role.PRACTITIONER)
            + "@test.invalid,,,School "
            + p.suffix()
            + ",,PRACTITIONER,\n";

    Document plan = upload(p, csv);
    assertThat(plan.select(".lantern-bulk-counts").text())
        .isEqualTo("Add 2, change 1, close 1, unchanged 1.");
    assertThat(plan.select(".lantern-bulk-plan tbody tr").eachText())
        .anySatisfy(t -> assertThat(t).contains("Add", "Bo Bulk", "Social worker"));
    assertThat(accounts(a, b)).as("the dry run changes nothing").isZero();
    assertThat(role(p.user(Role.PANEL_MEMBER).id())).isEqualTo("PANEL_MEMBER");
    String carried = plan.select("form[action='/admin/accounts/bulk/apply'] input[name=csv]").val();
    assertThat(carried).isEqualTo(csv);

    Document done = page(p, post("/admin/accounts/bulk/apply").param("csv", carried));
    assertThat(done.select(".govuk-panel__body").text()).contains("Added 2, changed 1, closed 1");
    assertThat(done.select(".lantern-bulk-invitations code").eachText())
        .hasSize(2)
        .allSatisfy(link -> assertThat(link).contains("/invitation/"));
    assertThat(accounts(a, b)).isEqualTo(2);
    assertThat(role(p.user(Role.PANEL_MEMBER).id())).isEqualTo("PRACTITIONER");
    assertThat(
            jdbc.sql("select enabled from user_account where id = :id")
                .param("id", p.user(Role.POLICE).id())
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where action = 'ACCOUNTS_FILE_APPLIED'"
                        + " and user_id = :admin")
                .param("admin", p.user(Role.PARTNERSHIP_ADMIN).id())
                .query(String.class)
                .single())
        .contains("added: 2; changed: 1; closed: 1; unchanged: 1");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'ACCOUNT_CREATED'"
                        + " and user_id = :admin")
                .param("admin", p.user(Role.PARTNERSHIP_ADMIN).id())
                .query(Long.class)
                .single())
        .isEqualTo(2);

    BulkAccounts.Plan again = bulk.plan(p.user(Role.PARTNERSHIP_ADMIN), bytes(csv));
    assertThat(again.rows()).extracting(BulkAccounts.Row::change).containsOnly(Change.NONE);
  }

  @Test
  void badRowsAreToldByTheirLineAndTheFileCannotBeApplied() throws Exception {
    TestPartnership p = fixtures.partnership();
    String c = "bulk-c-" + p.suffix();
    String csv =
        "email,name,username,agency,team,role\n"
            + c
            + "@school.test.invalid,Cam Bulk,"
            + c
            + ",School "
            + p.suffix()
            + ",,PRACTITIONER\n"
            + "not-an-address,Dee,dee-"
            + p.suffix()
            + ",School "
            + p.suffix()
            + ",,PRACTITIONER\n"
            + c
            + "@SCHOOL.test.invalid,Cam Again,cam2-"
            + p.suffix()
            + ",School "
            + p.suffix()
            + ",,PRACTITIONER\n"
            + "e-"
            + p.suffix()
            + "@x.test.invalid,Eve,e-"
            + p.suffix()
            + ",Nowhere,,PRACTITIONER\n"
            + "f-"
            + p.suffix()
            + "@x.test.invalid,Fay,f-"
            + p.suffix()
            + ",School "
            + p.suffix()
            + ",,FRONT_DOOR\n"
            + "g-"
            + p.suffix()
            + "@x.test.invalid,\"Gil \"unclosed,g,School,,PRACTITIONER\n";

    Document plan = upload(p, csv);
    assertThat(plan.select(".govuk-error-summary").text()).contains("5 rows need correcting");
    assertThat(plan.select("#refused tbody tr").eachText())
        .hasSize(5)
        .anySatisfy(t -> assertThat(t).startsWith("3").contains("Enter an e-mail address"))
        .anySatisfy(t -> assertThat(t).startsWith("4").contains("another row of the file"))
        .anySatisfy(t -> assertThat(t).startsWith("5").contains("open agencies"))
        .anySatisfy(t -> assertThat(t).startsWith("6").contains("not one their kind of agency"))
        .anySatisfy(t -> assertThat(t).startsWith("7").contains("quote"));
    assertThat(plan.select("form[action='/admin/accounts/bulk/apply']")).isEmpty();

    Document forced = page(p, post("/admin/accounts/bulk/apply").param("csv", csv));
    assertThat(forced.select(".govuk-error-summary").text()).contains("Nothing was applied");
    assertThat(accounts(c, c)).isZero();
  }

  @Test
  void aChangeRefusedOnTheWayUndoesTheWholeFile() {
    TestPartnership alone = fixtures.partnership();
    String d = "bulk-d-" + alone.suffix();
    String csv =
        "email,name,username,agency,role,action\n"
            + d
            + "@school.test.invalid,Dan Bulk,"
            + d
            + ",School "
            + alone.suffix()
            + ",PRACTITIONER,\n"
            + alone.username(Role.PARTNERSHIP_ADMIN)
            + "@test.invalid,,,,,close\n";
    assertThat(bulk.plan(alone.user(Role.PARTNERSHIP_ADMIN), bytes(csv)).applicable()).isTrue();

    assertThatThrownBy(() -> bulk.apply(alone.user(Role.PARTNERSHIP_ADMIN), bytes(csv)))
        .isInstanceOfSatisfying(
            AccountRuleBroken.class,
            e -> assertThat(e.messageKey()).isEqualTo("admin.account.lastAdministrator"));
    assertThat(accounts(d, d)).as("the row before it is undone too").isZero();
  }

  private Document upload(TestPartnership p, String csv) throws Exception {
    return page(
        p,
        multipart("/admin/accounts/bulk")
            .file(new MockMultipartFile("file", "people.csv", "text/csv", bytes(csv))));
  }

  private Document page(TestPartnership p, AbstractMockHttpServletRequestBuilder<?> request)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(
                request
                    .with(Pages.signedInAs(users, p.username(Role.PARTNERSHIP_ADMIN)))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private long accounts(String one, String other) {
    return jdbc.sql("select count(*) from user_account where username in (:a, :b)")
        .param("a", one)
        .param("b", other)
        .query(Long.class)
        .single();
  }

  private String role(UUID id) {
    return jdbc.sql("select role from user_account where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private static byte[] bytes(String csv) {
    return csv.getBytes(StandardCharsets.UTF_8);
  }
}
