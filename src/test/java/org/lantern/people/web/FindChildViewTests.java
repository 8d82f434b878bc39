package org.lantern.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Find a child": the child's date of birth and identifiers are the nested {@code child.} fields,
 * and a search bookmarked with the old names still finds the child.
 */
@IntegrationTest
class FindChildViewTests {

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;

  MockMvc mvc;
  TestPartnership p;
  RequestPostProcessor worker;

  @BeforeEach
  void setUp() {
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    worker = Pages.signedInAs(users, p.username(Role.SOCIAL_WORKER));
  }

  @Test
  void theDateOfBirthAndIdentifiersAreTheNestedChildFields() throws Exception {
    Document page = page("/children/find");

    assertThat(page.select("form input[type=text]").eachAttr("name"))
        .containsExactly(
            "name",
            "child.dateOfBirth.day",
            "child.dateOfBirth.month",
            "child.dateOfBirth.year",
            "child.nhsNumber",
            "child.upn");
    assertThat(page.select("label[for=child-nhsNumber]").text()).isEqualTo("NHS number");
  }

  @Test
  void aChildIsFoundByTheNestedNhsNumberAndABadOneIsLinkedFromTheSummary() throws Exception {
    ChildSummary child = fixtures.child(p);

    Document found =
        page("/children/find?for=record&search=1&child.nhsNumber=" + child.nhsNumber());
    assertThat(found.select("#results").text()).isEqualTo("1 child matches");
    assertThat(found.select("tbody").text()).contains(child.familyName());

    Document refused = page("/children/find?for=record&search=1&child.nhsNumber=9434765918");
    assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#child-nhsNumber");
    assertThat(refused.getElementById("child-nhsNumber").val()).isEqualTo("9434765918");
  }

  @Test
  void aSearchBookmarkedWithTheOldNamesIsSentOnToTheSameSearchWithTheNewOnes() throws Exception {
    ChildSummary child = fixtures.child(p);

    mvc.perform(
            get("/children/find")
                .param("for", "record")
                .param("search", "1")
                .param("name", "A B")
                .param("nhsNumber", child.nhsNumber())
                .with(worker))
        .andExpect(status().isFound())
        .andExpect(
            redirectedUrl(
                "/children/find?for=record&search=1&name=A+B&child.nhsNumber="
                    + child.nhsNumber()));
    mvc.perform(
            get("/children/find")
                .param("dateOfBirth.day", "3")
                .param("dateOfBirth.month", "4")
                .param("dateOfBirth.year", "2012")
                .param("upn", "x")
                .with(worker))
        .andExpect(
            redirectedUrl(
                "/children/find?child.dateOfBirth.day=3&child.dateOfBirth.month=4"
                    + "&child.dateOfBirth.year=2012&child.upn=x"));

    Document found =
        page("/children/find?for=record&search=1&child.nhsNumber=" + child.nhsNumber());
    assertThat(found.select("tbody").text()).contains(child.familyName());
  }

  @Test
  void whatABookmarkHoldsIsCarriedOverEncodedAndNothingElseIsRenamed() {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("for", new String[] {"record"});
    parameters.put("name", new String[] {"O'Neil & {x} +1"});
    parameters.put("upn", new String[] {"B801200005001"});

    assertThat(OldFindLinks.renamed("/children/find", parameters))
        .contains(
            "/children/find?for=record&name=O%27Neil+%26+%7Bx%7D+%2B1&child.upn=B801200005001");
    assertThat(OldFindLinks.renamed("/children/find", Map.of("name", new String[] {"Amy"})))
        .isEmpty();
  }

  private Document page(String address) throws Exception {
    return Pages.html(
        mvc.perform(get(address).with(worker)).andExpect(status().isOk()).andReturn());
  }
}
