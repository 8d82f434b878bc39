package org.lantern.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The register of abduction notices: counts by month and quarter summed in SQL, the notices
 * searchable by the adult's or the officer's name and sorted by a column, kept in the address.
 */
@IntegrationTest
class NoticeRegisterIntegrationTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired AbductionNotices notices;
  @Autowired NoticeRegisters registers;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser police;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    p = fixtures.partnership();
    police = p.user(Role.POLICE);
    ChildSummary a = fixtures.child(p);
    ChildSummary b = fixtures.child(p);
    serve("Wes", "Pike", "PC Amber Lane", LocalDate.of(2026, 4, 20), List.of(a, b));
    serve("Dean", "Ashby", "PC Tom Reed", LocalDate.of(2026, 6, 2), List.of(a));
    serve("Carl", "Yates", "PC Amber Lane", LocalDate.of(2026, 6, 9), List.of(b));
  }

  private void serve(
      String given, String family, String officer, LocalDate on, List<ChildSummary> named) {
    notices.serve(
        police,
        new NoticeDetails(
            new AdultDetails(given, family + p.suffix(), null),
            named.stream().map(ChildSummary::id).toList(),
            officer,
            on,
            on.plusMonths(6),
            "Found together late at night"));
  }

  @Test
  void theCountsAreByMonthAndQuarterWithTheChildrenNamed() {
    NoticeRegister register = registers.register(police, 2026, NoticeRegisters.Query.first());
    assertThat(register.total()).isEqualTo(3);
    assertThat(register.childrenNamed()).isEqualTo(4);
    assertThat(register.months().get(0).notices()).isEqualTo(1);
    assertThat(register.months().get(0).children()).isEqualTo(2);
    assertThat(register.months().get(2).notices()).isEqualTo(2);
    assertThat(register.quarters().get(0).notices()).isEqualTo(3);
    assertThat(register.quarters().get(0).children()).isEqualTo(4);
    assertThat(register.notices().rows())
        .extracting(NoticeRow::servedOn)
        .containsExactly(
            LocalDate.of(2026, 4, 20), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 9));
  }

  @Test
  void aSearchFindsTheAdultOrTheOfficerAndTheCountsStayTheYears() {
    NoticeRegister byOfficer =
        registers.register(
            police,
            2026,
            new NoticeRegisters.Query(1, "amber lane", NoticeRegisters.Query.sort(null)));
    assertThat(byOfficer.notices().rows())
        .extracting(NoticeRow::officerName)
        .containsOnly("PC Amber Lane")
        .hasSize(2);
    assertThat(byOfficer.total()).isEqualTo(3);

    NoticeRegister byAdult =
        registers.register(
            police, 2026, new NoticeRegisters.Query(1, "ASHBY", NoticeRegisters.Query.sort(null)));
    assertThat(byAdult.notices().rows())
        .singleElement()
        .satisfies(n -> assertThat(n.adultName()).startsWith("Dean Ashby"));
  }

  @Test
  void theNoticesSortByAColumnEitherWay() {
    assertThat(
            registers
                .register(
                    police,
                    2026,
                    new NoticeRegisters.Query(1, null, NoticeRegisters.Query.sort("adult")))
                .notices()
                .rows())
        .extracting(NoticeRow::adultName)
        .map(name -> name.split(" ")[0])
        .containsExactly("Dean", "Wes", "Carl");
    assertThat(
            registers
                .register(
                    police,
                    2026,
                    new NoticeRegisters.Query(1, null, NoticeRegisters.Query.sort("served-desc")))
                .notices()
                .rows())
        .extracting(NoticeRow::servedOn)
        .containsExactly(
            LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 4, 20));
    // anything else is the register's own order
    assertThat(NoticeRegisters.Query.sort("officer; drop table").chosen()).isFalse();
  }

  @Test
  void theColumnHeadersSortKeepingTheYearAndSearch() throws Exception {
    MockMvc mvc = Pages.mockMvc(context);
    Document page =
        Pages.html(
            mvc.perform(
                    get("/abduction-notices")
                        .param("year", "2026")
                        .param("search", "Lane")
                        .param("sort", "adult")
                        .with(Pages.signedInAs(users, p.username(Role.POLICE))))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(page.select("table.lantern-stack tbody tr")).hasSize(2);
    assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Adult served");
    String adult = page.select("th[aria-sort=ascending] a").attr("href");
    assertThat(adult).contains("sort=adult-desc").contains("search=Lane").contains("year=2026");
    assertThat(page.select("th[aria-sort=none] a").first().attr("href")).contains("sort=served");
    assertThat(page.select("input[name=sort]").val()).isEqualTo("adult");
  }
}
