package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's person records with broken CSV quoting, through the upload page and the API: each
 * broken line is reported with what is really wrong with it (not "not in UTF-8"), the rest proceed;
 * and hidden direction controls never reach a stored name.
 */
@IntegrationTest
class PersonRecordCsvProblemsIntegrationTests {

  private static final String CSV =
      "source_id,given_name,family_name,date_of_birth,sex\n"
          + "Q1,Amy,Carter,2011-01-01,F\n"
          + "Q2,=HYPERLINK(\"http://x\",\"y\"),Carter,2011-01-01,F\n"
          + "Q3,\"Beth,Carter,2011-01-01,F\n"
          + "Q4,Cara,Carter,2011-01-01,F\n";

  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired PersonRecordRows rows;

  MockMvc mvc;
  TestPartnership p;
  ApiClientCredentials school;

  @BeforeEach
  void setUp() {
    mvc = Pages.mockMvc(context);
    p = fixtures.partnership();
    school =
        directory.createApiClient(
            p.trustId(), "school-" + p.suffix(), "School MIS", "SCHOOL-" + p.suffix());
  }

  @Test
  void theUploadPageSaysWhatIsWrongWithEachBrokenLine() throws Exception {
    Document page =
        Pages.html(
            mvc.perform(
                    multipart("/person-index/upload")
                        .file(
                            new MockMultipartFile(
                                "file",
                                "records.csv",
                                "text/csv",
                                CSV.getBytes(StandardCharsets.UTF_8)))
                        .param("source", "School " + p.suffix())
                        .with(csrf())
                        .with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR))))
                .andExpect(status().isOk())
                .andReturn());

    Elements rejected = page.select("table tbody tr");
    assertThat(rejected).hasSize(2);
    assertThat(rejected.get(0).text())
        .startsWith("3 Q2")
        .contains("given_name: A quote mark is inside a field that is not in quotes")
        .doesNotContain("UTF-8");
    assertThat(rejected.get(1).text())
        .startsWith("4 Q3")
        .contains("given_name: A quote mark opens a field that never closes")
        .doesNotContain("UTF-8");
    assertThat(rows.all(p.id()).stream().map(s -> s.record().givenName()))
        .containsExactlyInAnyOrder("Amy", "Cara");
  }

  @Test
  void theApiAnswersEachBrokenLineWithItsProblem() throws Exception {
    mvc.perform(
            post("/api/v1/person-records")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + school.bearerToken())
                .contentType("text/csv")
                .content(CSV.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.rejected").value(2))
        .andExpect(jsonPath("$.rows[1].row").value(3))
        .andExpect(jsonPath("$.rows[1].problems[0].field").value("givenName"))
        .andExpect(jsonPath("$.rows[1].problems[0].code").value("quoteInUnquotedField"))
        .andExpect(jsonPath("$.rows[2].row").value(4))
        .andExpect(jsonPath("$.rows[2].problems[0].code").value("unclosedQuote"))
        .andExpect(
            jsonPath("$.rows[2].problems[0].detail", Matchers.not(Matchers.containsString("UTF"))));
  }

  @Test
  void directionControlsAreTakenOutOfNamesSentAsJson() throws Exception {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("sourceId", "J1");
    record.put("givenName", "\u202EAmy\u202C");
    record.put("familyName", "Car\u2067ter");
    record.put("dateOfBirth", "2011-01-01");
    mvc.perform(
            post("/api/v1/person-records")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + school.bearerToken())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(List.of(record))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));

    assertThat(rows.all(p.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.record().givenName()).isEqualTo("Amy");
              assertThat(s.record().familyName()).isEqualTo("Carter");
            });
  }
}
