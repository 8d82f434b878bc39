package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A description of a child lands on a child Lantern knows only when the names agree (exactly, or as
 * a known nickname), the date of birth is the same and nothing contradicts (issue 11, item 2) — on
 * every path a description comes in by: the concerns API, the concern form ("describe a child
 * Lantern does not know"), a phone referral the front door records, the missing-episodes API and
 * its CSV upload. Each pair below was put on the other child's file before.
 */
@IntegrationTest
class DescribedChildPathsIntegrationTests {

  /** The ways a description of a child comes into Lantern. */
  enum Path {
    CONCERNS_API,
    CONCERN_FORM,
    PHONE_REFERRAL,
    MISSING_EPISODES_API,
    MISSING_EPISODES_CSV;

    boolean saysSex() {
      return this != MISSING_EPISODES_API && this != MISSING_EPISODES_CSV;
    }
  }

  /** A child Lantern knows, and another child described as the issue describes them. */
  record Pair(Known known, Described described) {}

  record Known(String given, String family, Sex sex, LocalDate born) {}

  record Described(String given, String family, Sex sex, LocalDate born) {}

  /** The pairs of issue 11: each used to land on the known child's file. */
  static List<Pair> wrongJoins() {
    return List.of(
        pair("Oliver", "Twinsbury", Sex.MALE, "Olivia", "Twinsbury", Sex.FEMALE, 2013, 5, 5),
        pair("Daniel", "Fairweather", Sex.MALE, "Danielle", "Fairweather", Sex.FEMALE, 2012, 2, 14),
        pair("Louis", "Penhallow", Sex.MALE, "Louise", "Penhallow", Sex.FEMALE, 2011, 9, 30),
        pair("Aaron", "Castellan", Sex.MALE, "Erin", "Castellan", Sex.FEMALE, 2014, 1, 8),
        pair("Jake", "Mortlake", Sex.MALE, "Jack", "Mortlake", Sex.MALE, 2012, 7, 19),
        pair("Mason", "Harrowgate", Sex.MALE, "Mason", "Harrowgata", Sex.MALE, 2013, 3, 3));
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired AccessPolicy policy;
  @Autowired UserDetailsService users;
  @Autowired PossibleMatches possibleMatches;

  TestPartnership p;
  ApiClientCredentials ed;
  ApiClientCredentials niche;
  int sent;
  @Nullable String lastChildMatch;
  @Nullable String lastBody;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    p = fixtures.partnership();
    ed = directory.createApiClient(p.trustId(), "ed-" + p.suffix(), "Trust ED", "ED");
    niche = directory.createApiClient(p.policeId(), "niche-" + p.suffix(), "Niche", "NICHE");
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void aChildWhoseNamesAreOnlySimilarIsANewRecordAndTheReferrerGetsNoAccessToTheOther(Path path)
      throws Exception {
    List<ChildSummary> known = new ArrayList<>();
    for (Pair pair : wrongJoins()) {
      known.add(known(pair.known()));
    }

    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < known.size(); i++) {
      Described described = wrongJoins().get(i).described();
      ChildSummary other = known.get(i);

      UUID landedOn = send(path, described);

      softly
          .assertThat(landedOn)
          .as("%s %s through %s", described.given(), described.family(), path)
          .isNotEqualTo(other.id());
      softly
          .assertThat(childName(landedOn))
          .as("the new record is the child as described")
          .isEqualTo(described.given() + " " + described.family());
      softly
          .assertThat(
              policy
                  .decide(p.user(Role.PRACTITIONER), Permission.VIEW_CHILD_RECORD, other.ref())
                  .allowed())
          .as("the referrer who described %s may not open %s", described.given(), other.name())
          .isFalse();
      softly.assertThat(recordsOn(other.id())).as("nothing was put on %s", other.name()).isZero();
      softly
          .assertThat(possibleMatches.waitingFor(p.user(Role.FRONT_DOOR), landedOn, "test"))
          .as("the front door is asked whether %s is %s", described.given(), other.name())
          .extracting(m -> m.candidate().id())
          .containsExactly(other.id());
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @EnumSource(
      value = Path.class,
      names = {"CONCERNS_API", "MISSING_EPISODES_API"})
  void aPartnerSystemIsToldTheDescriptionBecameANewRecordButNotWhichChildItMayBe(Path path)
      throws Exception {
    ChildSummary oliver = known(wrongJoins().getFirst().known());

    send(path, wrongJoins().getFirst().described());

    assertThat(lastChildMatch).isEqualTo("NEW_CHILD_POSSIBLE_MATCH");
    assertThat(lastBody)
        .doesNotContain(oliver.id().toString())
        .doesNotContain("Oliver")
        .doesNotContain(oliver.familyName());
  }

  @ParameterizedTest
  @EnumSource(Path.class)
  void aKnownNicknameWithTheSameDateOfBirthAndSexIsTheKnownChild(Path path) throws Exception {
    ChildSummary robert =
        known(new Known("Robert", "Quennell", Sex.MALE, LocalDate.of(2011, 3, 27)));

    UUID landedOn =
        send(path, new Described("Bobby", "Quennell", Sex.MALE, LocalDate.of(2011, 3, 27)));

    assertThat(landedOn).isEqualTo(robert.id());
    assertThat(recordsOn(robert.id())).isEqualTo(1);
    if (path == Path.CONCERNS_API || path == Path.MISSING_EPISODES_API) {
      assertThat(lastChildMatch).isEqualTo("KNOWN_CHILD");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Pair pair(
      String knownGiven,
      String knownFamily,
      Sex knownSex,
      String given,
      String family,
      Sex sex,
      int year,
      int month,
      int day) {
    LocalDate born = LocalDate.of(year, month, day);
    return new Pair(
        new Known(knownGiven, knownFamily, knownSex, born),
        new Described(given, family, sex, born));
  }

  private ChildSummary known(Known k) {
    return fixtures.child(
        p,
        aChild(k.given(), k.family()).sex(k.sex()).born(k.born()).district(p.districtId()).build());
  }

  /** Sends the description down the path; the id of the child it landed on. */
  private UUID send(Path path, Described d) throws Exception {
    sent++;
    return switch (path) {
      case CONCERNS_API -> concernFromApi(d);
      case CONCERN_FORM -> concernFromForm(d, false);
      case PHONE_REFERRAL -> concernFromForm(d, true);
      case MISSING_EPISODES_API -> episodeFromApi(d);
      case MISSING_EPISODES_CSV -> episodeFromCsv(d);
    };
  }

  private UUID concernFromApi(Described d) throws Exception {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", d.given());
    child.put("familyName", d.family());
    child.put("sex", d.sex().name());
    child.put("dateOfBirth", d.born().toString());
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sourceId", "ED-" + p.suffix() + "-" + sent);
    request.put("child", child);
    request.put("referrer", Map.of("name", "Dr Jo Ellis"));
    request.put("whatHappened", "Brought in at 2am by two adults who left.");
    request.put("occurredOn", "2026-11-17");
    request.put("indicators", List.of("SEXUAL_EXPLOITATION"));
    request.put("immediateDanger", false);
    MvcResult result =
        mvc.perform(
                post("/api/v1/concerns")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + ed.bearerToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(request)))
            .andExpect(status().isCreated())
            .andReturn();
    JsonNode receipt = body(result);
    lastChildMatch = receipt.get("childMatch").asString();
    lastBody = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    return childOfConcern(UUID.fromString(receipt.get("id").asString()));
  }

  private UUID concernFromForm(Described d, boolean phone) throws Exception {
    var request =
        post(phone ? "/front-door/verbal/new" : "/concerns/new")
            .param("token", UUID.randomUUID().toString())
            .param("newChild", "true")
            .param("child.givenName", d.given())
            .param("child.familyName", d.family())
            .param("child.sex", d.sex().name())
            .param("child.dateOfBirth.day", String.valueOf(d.born().getDayOfMonth()))
            .param("child.dateOfBirth.month", String.valueOf(d.born().getMonthValue()))
            .param("child.dateOfBirth.year", String.valueOf(d.born().getYear()))
            .param("whatHappened", "Seen getting into cars with older men.")
            .param("occurredOn.day", "17")
            .param("occurredOn.month", "11")
            .param("occurredOn.year", "2026")
            .param("indicators", "SEXUAL_EXPLOITATION")
            .param("immediateDanger", "no")
            .with(csrf());
    if (phone) {
      request
          .param("referrerUserId", p.user(Role.PRACTITIONER).id().toString())
          .with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR)));
    } else {
      request.with(Pages.signedInAs(users, p.username(Role.PRACTITIONER)));
    }
    String location =
        mvc.perform(request)
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/concerns/[0-9a-f-]{36}/submitted");
    return childOfConcern(UUID.fromString(location.substring(10, 46)));
  }

  private UUID episodeFromApi(Described d) throws Exception {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("givenName", d.given());
    child.put("familyName", d.family());
    child.put("dateOfBirth", d.born().toString());
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("policeReference", reference());
    request.put("child", child);
    request.put("missingFrom", "HOME");
    request.put("missingAt", "2026-11-17T22:30:00Z");
    request.put("riskGrading", "MEDIUM");
    MvcResult result =
        mvc.perform(
                post("/api/v1/missing-episodes")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + niche.bearerToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(request)))
            .andExpect(status().isCreated())
            .andReturn();
    JsonNode receipt = body(result);
    lastChildMatch = receipt.get("childMatch").asString();
    lastBody = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    return childOfEpisode(UUID.fromString(receipt.get("id").asString()));
  }

  private UUID episodeFromCsv(Described d) throws Exception {
    String reference = reference();
    String csv =
        "police_reference,given_name,family_name,date_of_birth,missing_from,missing_at,risk_grading\n"
            + String.join(
                ",",
                reference,
                d.given(),
                d.family(),
                d.born().toString(),
                "HOME",
                "2026-11-17 22:30",
                "MEDIUM")
            + "\n";
    mvc.perform(
            multipart("/missing/episodes/upload")
                .file(
                    new MockMultipartFile(
                        "file", "missing.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(Pages.signedInAs(users, p.username(Role.POLICE))))
        .andExpect(status().isOk());
    return jdbc.queryForObject(
        "select child_id from missing_episode where partnership_id = ? and police_reference = ?",
        UUID.class,
        p.id(),
        reference);
  }

  /** A police reference of its own for each episode (each a different child, at the same time). */
  private String reference() {
    return "MP-2026-" + String.format("%06d", sent);
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private UUID childOfConcern(UUID concern) {
    return jdbc.queryForObject("select child_id from concern where id = ?", UUID.class, concern);
  }

  private UUID childOfEpisode(UUID episode) {
    return jdbc.queryForObject(
        "select child_id from missing_episode where id = ?", UUID.class, episode);
  }

  private @Nullable String childName(UUID child) {
    return jdbc.queryForObject(
        "select given_name || ' ' || family_name from child where id = ?", String.class, child);
  }

  /** Concerns and missing episodes on the child. */
  private int recordsOn(UUID child) {
    return jdbc.queryForObject(
        "select (select count(*) from concern where child_id = ?)"
            + " + (select count(*) from missing_episode where child_id = ?)",
        Integer.class,
        child,
        child);
  }
}
