package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.OtherId;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person index as partner systems and reviewers meet it: imports idempotent by source id, bad
 * rows reported and never saved or linked, pairs linked, reviewed, joined and split with every
 * record kept and every step audited. Each test has a partnership of its own.
 */
@IntegrationTest
class PersonIndexIntegrationTests {

  static final String NHS = "9434765919";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonLinking linking;
  @Autowired PersonLinkQueue linkQueue;
  @Autowired PersonIndex index;
  @Autowired PersonRecordRows rows;
  @Autowired UserDetailsService users;

  TestPartnership p;
  ApiClientCredentials police;
  ApiClientCredentials school;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    police =
        directory.createApiClient(
            p.trustId(), "police-" + p.suffix(), "Police records", "POLICE-" + p.suffix());
    school =
        directory.createApiClient(
            p.trustId(), "school-" + p.suffix(), "School MIS", "SCHOOL-" + p.suffix());
  }

  @Test
  void aRecordSentAgainIsUpdatedNeverDuplicatedAndOnlyRowsWithNothingIdentifyingAreRefused()
      throws Exception {
    var robert = record("P1", "Robert", "Jones", "2012-03-04", NHS);
    var badNhs = record("P2", "Amy", "Carter", "2011-01-01", "9434765918");
    var badDate = record("P3", "Amy", "Carter", "31/02/2011", null);
    var punctuation = record("P4", "!!!", "--", "2011-01-01", null);
    var ancient = record("P5", "Amy", "Carter", "1800-01-01", null);

    send(police, List.of(robert, badNhs, badDate, punctuation, ancient))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(4))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.withFieldsSetAside").value(3))
        .andExpect(jsonPath("$.rows[1].outcome").value("CREATED"))
        .andExpect(jsonPath("$.rows[1].problems[0].field").value("nhsNumber"))
        .andExpect(jsonPath("$.rows[1].problems[0].code").value("nhsCheckDigit"))
        .andExpect(jsonPath("$.rows[1].problems[0].setAside").value(true))
        .andExpect(
            jsonPath("$.rows[1].problems[0].detail")
                .value("The NHS number fails its check digit \u2014 probably mistyped"))
        .andExpect(jsonPath("$.rows[2].problems[0].code").value("date.invalid"))
        .andExpect(jsonPath("$.rows[3].outcome").value("REJECTED"))
        .andExpect(jsonPath("$.rows[3].problems[0].code").value("noLetters"))
        .andExpect(jsonPath("$.rows[3].problems[2].code").value("nothingIdentifying"))
        .andExpect(jsonPath("$.rows[3].problems[2].setAside").value(false))
        .andExpect(jsonPath("$.rows[4].problems[0].code").value("date.tooOld"));
    send(police, List.of(robert, badNhs)).andExpect(jsonPath("$.unchanged").value(2));
    robert.put("postcode", "ST16 2LH");
    send(police, List.of(robert)).andExpect(jsonPath("$.updated").value(1));

    assertThat(records()).isEqualTo(4);
    var stored = rows.bySource(p.id(), "POLICE-" + p.suffix(), "P1").orElseThrow();
    assertThat(stored.record().postcode()).isEqualTo("ST16 2LH");
    var amy = rows.bySource(p.id(), "POLICE-" + p.suffix(), "P2").orElseThrow();
    assertThat(amy.record().nhsNumber()).isNull();
    assertThat(rows.setAside(amy.id()))
        .containsExactly(
            new PersonRecordRows.SetAsideField("nhsNumber", "nhsCheckDigit", "9434765918"));
    assertThat(audits("IMPORT_PERSON_RECORDS")).isEqualTo(3);
  }

  @Test
  void aRecordWithAMistypedNhsNumberIsKeptAndLinkedOnTheRestNotOnTheNumber() throws Exception {
    send(police, List.of(record("P1", "Sybella", "Quennell", "2012-03-04", NHS)));
    // one digit slipped: kept, and linked by its name and date of birth, not refused
    send(school, List.of(record("S1", "Sybella", "Quennell", "2012-03-04", "9434765918")))
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.linked").value(1))
        .andExpect(jsonPath("$.rows[0].problems[0].setAside").value(true));
    assertThat(persons()).isEqualTo(1);
    var pair = linking.pair(p.user(Role.FRONT_DOOR), rows.links(p.id()).getFirst().id());
    assertThat(pair.setAsideA().isEmpty() ? pair.setAsideB() : pair.setAsideA())
        .containsExactly(
            new PersonRecordRows.SetAsideField("nhsNumber", "nhsCheckDigit", "9434765918"));
    // fixed and sent again: the set-aside detail is gone and the number is used
    send(school, List.of(record("S1", "Sybella", "Quennell", "2012-03-04", NHS)))
        .andExpect(jsonPath("$.updated").value(1))
        .andExpect(jsonPath("$.rows[0].problems").isEmpty());
    var s1 = rows.bySource(p.id(), "SCHOOL-" + p.suffix(), "S1").orElseThrow();
    assertThat(s1.record().nhsNumber()).isEqualTo(NHS);
    assertThat(rows.setAside(s1.id())).isEmpty();
  }

  @Test
  void aCsvRowWithAnImpossibleDateIsKeptWithTheDateSetAside() throws Exception {
    byte[] csv =
        ("source_id,given_name,family_name,date_of_birth,sex,nhs_number,upn\n"
                + "C1,Zoe,Quennell,93/03/2012,F,,\n"
                + "C2,,,,,,A123\n")
            .getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            post("/api/v1/person-records")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + police.bearerToken())
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.rows[0].row").value(2))
        .andExpect(jsonPath("$.rows[0].outcome").value("CREATED"))
        .andExpect(jsonPath("$.rows[0].problems[0].field").value("dateOfBirth"))
        .andExpect(jsonPath("$.rows[0].problems[0].setAside").value(true))
        .andExpect(jsonPath("$.rows[1].outcome").value("REJECTED"))
        .andExpect(jsonPath("$.rows[1].problems[0].code").value("upnFormat"))
        .andExpect(jsonPath("$.rows[1].problems[1].code").value("nothingIdentifying"));
    var c1 = rows.bySource(p.id(), "POLICE-" + p.suffix(), "C1").orElseThrow();
    assertThat(c1.record().dateOfBirth()).isNull();
    assertThat(rows.setAside(c1.id()))
        .containsExactly(
            new PersonRecordRows.SetAsideField("dateOfBirth", "date.invalid", "93/03/2012"));
  }

  @Test
  void addressesAndOtherIdentifiersAreKeptTypedAndCompared() throws Exception {
    var police = record("P1", "Amy", "Quennell", null, null);
    police.put("addressLines", "Flat 2, 12 Mill Rd.");
    police.put("town", "Stafford");
    police.put("postcode", "ST16 2LH");
    police.put("uprn", "100031234567");
    police.put("otherIds", "police:MP-12345");
    send(this.police, List.of(police)).andExpect(jsonPath("$.created").value(1));
    var council = record("C1", "Amy", "Quennell", "2012-03-04", null);
    council.put("addressLines", "Flat 2|12 Mill Road");
    council.put("town", "Stafford");
    council.put("identifiers", List.of(Map.of("system", "Police", "value", "mp 12345")));
    send(school, List.of(council))
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.linked").value(1));

    var stored = rows.bySource(p.id(), "POLICE-" + p.suffix(), "P1").orElseThrow().record();
    assertThat(stored.addressLines()).isEqualTo("Flat 2, 12 Mill Rd.");
    assertThat(stored.town()).isEqualTo("Stafford");
    assertThat(stored.uprn()).isEqualTo("100031234567");
    assertThat(stored.otherIds()).containsExactly(new OtherId("police", "MP12345"));
    var link = rows.links(p.id()).getFirst();
    var pair = linking.pair(p.user(Role.FRONT_DOOR), link.id());
    assertThat(pair.explanation().parts())
        .anySatisfy(
            part -> {
              assertThat(part.comparison()).isEqualTo(Comparison.OTHER_ID);
              assertThat(part.level()).isEqualTo("EXACT");
            })
        .anySatisfy(
            part -> {
              assertThat(part.comparison()).isEqualTo(Comparison.ADDRESS);
              assertThat(part.level()).isEqualTo("EXACT");
            });
    // an identifier without its system is set aside, the record kept
    var slip = record("C2", "Ben", "Quennell", "2012-03-04", null);
    slip.put("otherIds", "MP-12345");
    send(school, List.of(slip))
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.rows[0].problems[0].code").value("otherIdSystem"));
  }

  @Test
  void aRecordThatFitsTwoPeopleEquallyWellGoesToAPersonNotToEither() throws Exception {
    send(
        police,
        List.of(
            record("P1", "Amy", "Quennell", "2012-03-04", null),
            record("P2", "Amy", "Quennell", "2004-11-20", null)));
    long people = persons();
    // names only: as good a match for the one as for the other
    send(school, List.of(record("S1", "Amy", "Quennell", null, null)))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(2));
    assertThat(persons()).isEqualTo(people + 1);
  }

  @Test
  void oneNhsNumberOnTwoRecordsThatDisagreeOnEverythingElseGoesToAPerson() throws Exception {
    send(police, List.of(record("P1", "Amy", "Jones", "2012-03-04", NHS)));
    send(school, List.of(record("S1", "Zara", "Patel", "2008-01-01", NHS)))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(1));
    assertThat(persons()).isEqualTo(2);
    PersonLinking.Pair pair = waitingFirst();
    assertThat(pair.explanation().identifierClash()).isTrue();
  }

  @Test
  void aRecordJoinsAPersonOnlyIfItAgreesWithAllTheirRecords() throws Exception {
    // two records of one girl, joined by their NHS number
    send(police, List.of(record("P1", "Sarah", "Quennell", "2010-06-01", NHS)));
    send(school, List.of(record("S1", "Sarah", "Quennell", null, NHS)))
        .andExpect(jsonPath("$.linked").value(1));
    // her mother, of the same name, matches the school's dateless record but not the police's
    var mother = record("C1", "Sarah", "Quennell", "1984-02-09", "4010232137");
    mother.put("sex", "F");
    send(police, List.of(mother)).andExpect(jsonPath("$.linked").value(0));
    assertThat(persons()).isEqualTo(2);
  }

  @Test
  void twinsEachWithTheirOwnPoliceReferenceAreNotOnePersonThoughOneRecordMatchesBoth()
      throws Exception {
    // Sonny Stewart's police record, and his school record without a reference: one boy
    send(police, List.of(boy("P1", "Sonny", null, "police:MP612934")))
        .andExpect(jsonPath("$.created").value(1));
    send(school, List.of(boy("S1", "Sonny", null, null))).andExpect(jsonPath("$.linked").value(1));
    // his twin Charlie, named Sonny in the middle, with his own reference: his record matches the
    // school's on its own (the middle name is its given name), but two references are two boys
    send(police, List.of(boy("P2", "Charlie", "Sonny", "police:MP354239")))
        .andExpect(jsonPath("$.linked").value(0));
    assertThat(persons()).isEqualTo(2);
  }

  private Map<String, Object> boy(
      String sourceId, String given, @Nullable String middle, @Nullable String reference) {
    var r = record(sourceId, given, "Stewart", "2010-08-26", null);
    r.put("sex", "M");
    r.put("postcode", "ST16 2LH");
    r.put("middleNames", middle);
    r.put("otherIds", reference);
    return r;
  }

  @Test
  void aDatelessRecordMatchingAGirlFarBetterThanHerMotherOfOneNameGoesToAPerson() throws Exception {
    var girl = record("P1", "Sarah", "Quennell", "2010-06-01", null);
    girl.put("postcode", "ST16 2LH");
    girl.put("addressLines", "12 Mill Road");
    var mother = record("P2", "Sarah", "Quennell", "1984-02-09", null);
    mother.put("postcode", "ST16 2LX");
    send(police, List.of(girl, mother));
    long people = persons();
    // the same address as the girl's record, so it weighs far more with hers than her mother's;
    // but with no date of birth and nothing but names and place, which of the two it is is a guess
    var dateless = record("S1", "Sarah", "Quennell", null, null);
    dateless.put("postcode", "ST16 2LH");
    dateless.put("addressLines", "12 Mill Road");
    send(school, List.of(dateless))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(2));
    assertThat(persons()).isEqualTo(people + 1);
  }

  @Test
  void aDatelessSchoolRecordIsNotJoinedToAParentBornBeforeItsPupilNumberAllows() throws Exception {
    var parent = record("P1", "Kyra", "Calanwell", "1985-02-03", null);
    parent.put("postcode", "ST16 2LH");
    send(police, List.of(parent));
    // a pupil number allocated in 2015: its holder was born in 1995 or later
    var pupil = record("S1", "Kyra", "Calanwell", null, null);
    pupil.put("postcode", "ST16 2LH");
    pupil.put("upn", UniquePupilNumber.checkLetter("801200115001") + "801200115001");
    send(school, List.of(pupil)).andExpect(jsonPath("$.linked").value(0));
    assertThat(persons()).isEqualTo(2);
  }

  @Test
  void thePairPageSaysDisagreeingNhsNumbersWithNoDateAreWhyAPersonDecides() throws Exception {
    send(police, List.of(record("P1", "Sarah", "Quennell", "2010-06-01", NHS)));
    send(school, List.of(record("S1", "Sarah", "Quennell", null, "4010232137")))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(1));
    PersonLinking.Pair pair = waitingFirst();
    assertThat(pair.explanation().identifiersDisagree()).isTrue();
    assertThat(pair.explanation().looksLikeTwins()).isFalse();

    String page = pairPage(pair);
    assertThat(Jsoup.parse(page).select("#needs-person-identifiers").text())
        .startsWith("Their identifiers disagree (two different NHS numbers");
    assertThat(Jsoup.parse(page).select("#needs-person-years")).isEmpty();
  }

  /**
   * Two boys of one name born on one day, with different middle names at different addresses and
   * nothing joining them, wait for a person, and the pair page says why in its own words.
   */
  @Test
  void lookAlikesWaitForAPersonAndThePairPageSaysWhy() throws Exception {
    send(police, List.of(lookAlike("P1", "Sammy", "14 Roman Road", "ST16 2LH")));
    send(school, List.of(lookAlike("S1", "John", "13 Plover Close", "ST17 4AB")))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(1));
    PersonLinking.Pair pair = waitingFirst();
    String page = pairPage(pair);
    assertThat(Jsoup.parse(page).select("#needs-person-look-alikes").text())
        .startsWith("Their middle names are different, they live at different addresses");
    assertThat(Jsoup.parse(page).select("#needs-person-identifiers")).isEmpty();
    assertThat(Jsoup.parse(page).select("#pair-summary").text())
        .contains("on the weights alone")
        .contains("But the weights are not all that matters here");
    assertThat(persons()).isEqualTo(2);
  }

  private String pairPage(PersonLinking.Pair pair) throws Exception {
    return mvc.perform(
            get("/person-index/pairs/" + pair.link().id())
                .with(Pages.signedInAs(users, p.username(Role.FRONT_DOOR))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private Map<String, Object> lookAlike(
      String sourceId, String middle, String address, String postcode) {
    Map<String, Object> r = record(sourceId, "Logan", "Williams", "2014-04-02", null);
    r.put("sex", "M");
    r.put("middleNames", middle);
    r.put("addressLines", address);
    r.put("postcode", postcode);
    return r;
  }

  @Test
  void theSameValidNhsNumberFromTwoAgenciesLinksTheRecordsAsOnePerson() throws Exception {
    send(police, List.of(record("P1", "Bobby", "Jones", "2012-03-04", NHS)));
    send(school, List.of(record("S1", "Robert", "Jones-Carter", null, NHS)))
        .andExpect(jsonPath("$.linked").value(1));

    List<PersonRecordRows.Stored> stored = rows.all(p.id());
    assertThat(stored).hasSize(2);
    assertThat(stored.get(0).personId()).isEqualTo(stored.get(1).personId());
    assertThat(audits("LINK_PERSON_RECORDS")).isEqualTo(1);
  }

  @Test
  void aReviewerConfirmsThenUndoesAPairAndEveryRecordIsKept() throws Exception {
    // twins look alike in everything but the given name: never joined without a person
    send(police, List.of(record("P1", "Amelia", "Quennell", "2012-03-04", null)));
    send(school, List.of(record("S1", "Olivia", "Quennell", "2012-03-04", null)))
        .andExpect(jsonPath("$.linked").value(0))
        .andExpect(jsonPath("$.forReview").value(1));
    PersonLinking.Pair pair = waitingFirst();
    assertThat(pair.explanation().parts().getFirst().level()).isEqualTo("DIFFERENT");

    linking.decide(
        p.user(Role.FRONT_DOOR),
        pair.link().id(),
        pair.link().version(),
        PersonLinking.Decision.CONFIRM);
    assertThat(persons()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                linking.decide(
                    p.user(Role.EXPLOITATION_COORDINATOR),
                    pair.link().id(),
                    pair.link().version(),
                    PersonLinking.Decision.REJECT))
        .isInstanceOf(PersonLinkChangedException.class);

    PersonLinking.Pair confirmed =
        linking.pair(p.user(Role.EXPLOITATION_COORDINATOR), pair.link().id());
    linking.decide(
        p.user(Role.EXPLOITATION_COORDINATOR),
        confirmed.link().id(),
        confirmed.link().version(),
        PersonLinking.Decision.REJECT);

    assertThat(records()).isEqualTo(2);
    assertThat(persons()).isEqualTo(2);
    assertThat(audits("CONFIRM_PERSON_LINK")).isEqualTo(1);
    assertThat(audits("REJECT_PERSON_LINK")).isEqualTo(1);
    // sent again with a change, the rejected pair is not proposed again
    send(school, List.of(record("S1", "Olivia", "Quennell", "2012-03-04", "4010232137")))
        .andExpect(jsonPath("$.updated").value(1))
        .andExpect(jsonPath("$.forReview").value(0));
    assertThat(linkQueue.page(p.user(Role.FRONT_DOOR), PersonLinkQueue.Query.all()).pairs().rows())
        .isEmpty();
  }

  @Test
  void onlyTheFrontDoorAndCoordinatorsReviewAndOnlyPartnerSystemsImport() {
    assertThatThrownBy(() -> linkQueue.page(p.user(Role.PRACTITIONER), PersonLinkQueue.Query.all()))
        .isInstanceOf(AccessDeniedForRole.class);
    assertThatThrownBy(() -> index.importRecords(p.user(Role.FRONT_DOOR), "X", List.of()))
        .isInstanceOf(AccessDeniedForRole.class);
  }

  @Test
  void aCsvLineInAnotherEncodingIsReportedAndTheRestProceed() throws Exception {
    byte[] utf8 =
        ("source_id,given_name,family_name,date_of_birth,sex,nhs_number\n"
                + "C1,Zoë,Quennell,2012-03-04,F,\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "C2,Chloé,Carter,2011-01-01,F,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] last = "C3,Amy,Carter,2011-01-01,F,\n".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[utf8.length + latin1.length + last.length];
    System.arraycopy(utf8, 0, csv, 0, utf8.length);
    System.arraycopy(latin1, 0, csv, utf8.length, latin1.length);
    System.arraycopy(last, 0, csv, utf8.length + latin1.length, last.length);

    mvc.perform(
            post("/api/v1/person-records")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + police.bearerToken())
                .contentType("text/csv")
                .content(csv))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.rows[1].row").value(3))
        .andExpect(jsonPath("$.rows[1].problems[0].code").value("encoding"));
    assertThat(rows.all(p.id()).stream().map(s -> s.record().givenName()))
        .containsExactlyInAnyOrder("Zoë", "Amy");
  }

  /**
   * A system that holds one child twice (two police records of one boy, each with its own
   * reference, one with a slip in the day of birth; two school records, one under the temporary
   * pupil number the school gave first): every record ends in one person and nothing waits for a
   * person. Before, the two references of one system (or the two pupil numbers) kept the duplicates
   * apart, and each later record of the child was held between them as "ambiguous" (issue 16: a
   * partner set built outside Lantern lost a third of its in-system duplicates so).
   */
  @Test
  void oneChildRecordedTwiceByOneSystemIsOnePersonWithEveryOtherRecordOfHim() throws Exception {
    var first = housed("P1", "2014-09-26", "police:WQ-100");
    var second = housed("P2", "2014-09-21", "police:WQ-200");
    send(police, List.of(first, second)).andExpect(jsonPath("$.linked").value(1));
    var permanent = housed("S1", "2014-09-26", null);
    permanent.put("upn", "A926233214696");
    var temporary = housed("S2", "2014-09-26", null);
    temporary.put("upn", "U92623321418T");
    send(school, List.of(permanent, temporary))
        .andExpect(jsonPath("$.rows[1].problems").isEmpty())
        .andExpect(jsonPath("$.forReview").value(0));
    assertThat(persons()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person_link where partnership_id = ? and status = 'REVIEW'",
                Long.class,
                p.id()))
        .isZero();
  }

  /**
   * A partner that lists each record's own number among its identifiers ("lcs:1074781" on record
   * 1074781) gives a duplicate of a child its own number too: two such numbers of one system are
   * not two children. Here the second record has no date of birth, so before, the two numbers
   * "disagreeing" sent the pair to a person (issue 16: a partner set built outside Lantern kept 31
   * % of such duplicates apart). A reference to another system's record still disagrees.
   */
  @Test
  void twoRecordsOfOneSystemEachUnderItsOwnNumberAreOneChild() throws Exception {
    var dated = housed("1074781", "2014-09-26", "lcs:1074781");
    var undated = housed("1185407", null, "lcs:1185407");
    send(school, List.of(dated, undated))
        .andExpect(jsonPath("$.linked").value(1))
        .andExpect(jsonPath("$.forReview").value(0));
    assertThat(persons()).isEqualTo(1);
    var referenced = housed("1185408", null, "lcs:1074782");
    send(police, List.of(referenced)).andExpect(jsonPath("$.linked").value(0));
  }

  private Map<String, Object> housed(String sourceId, @Nullable String born, String reference) {
    Map<String, Object> r = record(sourceId, "Stanley", "Jones-Williams", born, null);
    r.put("sex", "M");
    r.put("postcode", "ST16 2LH");
    r.put("addressLines", "12 Mill Road");
    r.put("otherIds", reference);
    return r;
  }

  private Map<String, Object> record(
      String sourceId, String given, String family, String born, String nhs) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("sourceId", sourceId);
    r.put("givenName", given);
    r.put("familyName", family);
    r.put("dateOfBirth", born);
    r.put("sex", "F");
    r.put("nhsNumber", nhs);
    return r;
  }

  private ResultActions send(ApiClientCredentials client, List<Map<String, Object>> records)
      throws Exception {
    return mvc.perform(
        post("/api/v1/person-records")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + client.bearerToken())
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .content(json.writeValueAsString(records)));
  }

  private long records() {
    return jdbc.queryForObject(
        "select count(*) from person_record where partnership_id = ?", Long.class, p.id());
  }

  private long persons() {
    return jdbc.queryForObject(
        "select count(distinct person_id) from person_record where partnership_id = ?",
        Long.class,
        p.id());
  }

  private long audits(String action) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where partnership_id = ? and action = ?",
        Long.class,
        p.id(),
        action);
  }

  /** The pair at the top of the review queue, explained as its own page shows it. */
  private PersonLinking.Pair waitingFirst() {
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);
    return linking.pair(
        frontDoor,
        linkQueue
            .page(frontDoor, PersonLinkQueue.Query.all())
            .pairs()
            .rows()
            .getFirst()
            .link()
            .id());
  }
}
