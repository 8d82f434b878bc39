package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.people.Sex;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.DateSettings;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** Every rule a concern and a described child must meet, at its boundaries. */
class ConcernRulesTests {

  /** Midday on 23 November 2026. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Properties messages;

  @BeforeAll
  static void loadMessages() throws IOException {
    messages = new Properties();
    try (InputStream in =
        ConcernRulesTests.class
            .getClassLoader()
            .getResourceAsStream("messages/lantern.properties")) {
      messages.load(in);
    }
  }

  // ---- the child, as a referrer describes them ----

  static class Child {
    @Nullable String givenName = "Amy";
    @Nullable String middleNames;
    @Nullable String familyName = "Quennell";
    @Nullable String knownAs;
    @Nullable String sex = "FEMALE";
    DateInput.Parsed dateOfBirth = new DateInput.Empty();
    @Nullable String nhsNumber;
    @Nullable String upn;
    @Nullable String postcode;

    ConcernRules.ChildFields fields() {
      return new ConcernRules.ChildFields(
          givenName, middleNames, familyName, knownAs, sex, dateOfBirth, nhsNumber, upn, postcode);
    }
  }

  static MapBindingResult check(Child child) {
    return check(child, CLOCK);
  }

  static MapBindingResult check(Child child, Clock clock) {
    return check(child, new DateInput.Empty(), clock);
  }

  /** The child, described in a concern about what happened on {@code occurredOn}. */
  static MapBindingResult check(Child child, DateInput.Parsed occurredOn, Clock clock) {
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "concern");
    Concern concern = new Concern();
    concern.occurredOn = occurredOn;
    ConcernRules.checkChild(child.fields(), concern.fields(), errors, "", dates(clock));
    return errors;
  }

  /** The partnership's date rule with its default settings, on {@code clock}. */
  static DateRules dates(Clock clock) {
    return new DateRules(new DateSettings(25, LocalDate.of(2000, 1, 1), 10, 110), clock);
  }

  @Test
  void aChildWithOnlyNamesAndSexIsEnough() {
    assertThat(check(new Child()).hasErrors()).isFalse();
  }

  @Test
  void aChildDescribedInFullIsAccepted() {
    Child c = new Child();
    c.middleNames = "Rose Marie";
    c.knownAs = "Ames";
    c.dateOfBirth = new DateInput.Valid(LocalDate.of(2011, 3, 27));
    c.nhsNumber = "943 476 5919";
    c.upn = "b801200005001";
    c.postcode = "st16 2lh";
    assertThat(check(c).hasErrors()).isFalse();
  }

  @Nested
  class Names {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void firstAndLastNamesAreRequired(@Nullable String blank) {
      Child c = new Child();
      c.givenName = blank;
      c.familyName = blank;
      MapBindingResult errors = check(c);
      assertRejected(errors, "givenName", "concern.givenName.required");
      assertRejected(errors, "familyName", "concern.familyName.required");
      assertThat(errors.getErrorCount()).isEqualTo(2);
    }

    @Test
    void middleNamesAndKnownAsAreOptional() {
      Child c = new Child();
      c.middleNames = " ";
      c.knownAs = "";
      assertThat(check(c).hasErrors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
      // field, longest allowed
      "givenName, 100",
      "familyName, 100",
      "knownAs, 100",
      "middleNames, 200"
    })
    void namesHaveAMaximumLength(String field, int max) {
      Child atMost = new Child();
      set(atMost, field, "  " + "a".repeat(max) + "  ");
      assertThat(check(atMost).hasErrors()).as("%s of %d letters", field, max).isFalse();

      Child tooLong = new Child();
      set(tooLong, field, "a".repeat(max + 1));
      assertOnly(check(tooLong), field, "concern." + field + ".tooLong");
    }

    @ParameterizedTest
    @CsvSource({
      "givenName, 123",
      "familyName, '--'",
      "knownAs, '!!'",
      "middleNames, '7 8'",
    })
    void namesMustHaveLetters(String field, String value) {
      Child c = new Child();
      set(c, field, value);
      assertOnly(check(c), field, "concern." + field + ".noLetters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë", "O'Brien-Smith", "Nguyễn", "Анна", "Jo 2"})
    void anyAlphabetWillDo(String name) {
      Child c = new Child();
      c.givenName = name;
      c.familyName = name;
      assertThat(check(c).hasErrors()).isFalse();
    }

    private static void set(Child c, String field, String value) {
      switch (field) {
        case "givenName" -> c.givenName = value;
        case "familyName" -> c.familyName = value;
        case "knownAs" -> c.knownAs = value;
        case "middleNames" -> c.middleNames = value;
        default -> throw new IllegalArgumentException(field);
      }
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"female", "F", "UNKNOWN"})
  void sexMustBeOneOfTheChoices(@Nullable String sex) {
    Child c = new Child();
    c.sex = sex;
    assertOnly(check(c), "sex", "concern.sex.required");
  }

  @Test
  void everySexChoiceIsAccepted() {
    for (Sex sex : Sex.values()) {
      Child c = new Child();
      c.sex = sex.name();
      assertThat(check(c).hasErrors()).as(sex.name()).isFalse();
    }
  }

  @Nested
  class DateOfBirth {

    static Stream<Arguments> dates() {
      return Stream.of(
          Arguments.of(TODAY, null),
          Arguments.of(TODAY.plusDays(1), "concern.dateOfBirth.future"),
          Arguments.of(TODAY.minusYears(25), null), // 25 today
          Arguments.of(TODAY.minusYears(26).plusDays(1), null), // 26 tomorrow
          Arguments.of(TODAY.minusYears(26), "concern.dateOfBirth.tooOld"), // 26 today
          Arguments.of(TODAY.minusYears(40), "concern.dateOfBirth.tooOld"));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aChildIsBornByTodayAndIsUnder26(LocalDate born, @Nullable String code) {
      Child c = new Child();
      c.dateOfBirth = new DateInput.Valid(born);
      MapBindingResult errors = check(c);
      if (code == null) {
        assertThat(errors.hasErrors()).as("born %s", born).isFalse();
      } else {
        assertOnly(errors, "dateOfBirth", code);
      }
    }

    @Test
    void todayIsTheDateInTheUk() {
      // 23:30 UTC on 30 June is already 1 July in the UK
      Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
      Child bornToday = new Child();
      bornToday.dateOfBirth = new DateInput.Valid(LocalDate.of(2026, 7, 1));
      assertThat(check(bornToday, lateEvening).hasErrors()).isFalse();

      Child turned26 = new Child();
      turned26.dateOfBirth = new DateInput.Valid(LocalDate.of(2000, 7, 1));
      assertOnly(check(turned26, lateEvening), "dateOfBirth", "concern.dateOfBirth.tooOld");
    }

    @ParameterizedTest
    @ValueSource(strings = {"incomplete", "invalid", "year"})
    void whatIsNotADateSaysWhy(String problem) {
      Child c = new Child();
      c.dateOfBirth = new DateInput.Invalid(problem);
      assertOnly(check(c), "dateOfBirth", "concern.dateOfBirth." + problem);
    }

    static Stream<Arguments> onTheDayItHappened() {
      LocalDate happened = TODAY.minusYears(1);
      return Stream.of(
          // 26 today, but 25 on the day it happened: a care leaver then
          Arguments.of(TODAY.minusYears(26), happened, null),
          Arguments.of(happened.minusYears(26).plusDays(1), happened, null),
          Arguments.of(happened.minusYears(26), happened, "concern.dateOfBirth.tooOld"),
          Arguments.of(happened, happened, null), // born that day
          Arguments.of(happened.plusDays(1), happened, "concern.dateOfBirth.afterEvent"));
    }

    @ParameterizedTest(name = "born {0}, it happened {1}: {2}")
    @MethodSource("onTheDayItHappened")
    void theChildsAgeIsJudgedOnTheDayItHappened(
        LocalDate born, LocalDate happened, @Nullable String code) {
      Child c = new Child();
      c.dateOfBirth = new DateInput.Valid(born);
      MapBindingResult errors = check(c, new DateInput.Valid(happened), CLOCK);
      if (code == null) {
        assertThat(errors.hasErrors()).isFalse();
      } else {
        assertOnly(errors, "dateOfBirth", code);
      }
    }

    @Test
    void aConcernDatedImpossiblyLeavesTheAgeJudgedOnToday() {
      Child c = new Child();
      c.dateOfBirth = new DateInput.Valid(TODAY.minusYears(26));
      assertOnly(
          check(c, new DateInput.Valid(LocalDate.of(1, 1, 1)), CLOCK),
          "dateOfBirth",
          "concern.dateOfBirth.tooOld");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "nhsNumber, 9434765918, child.nhsNumber.invalid",
    "nhsNumber, 943476591, child.nhsNumber.invalid",
    "upn, A801200005001, child.upn.invalid",
    "upn, B80120000500, child.upn.invalid",
    "postcode, ST16, concern.postcode.invalid",
    "postcode, ST16-2LH, concern.postcode.invalid"
  })
  void identifiersAndPostcodeAreCheckedWhenGiven(String field, String value, String code) {
    Child c = new Child();
    switch (field) {
      case "nhsNumber" -> c.nhsNumber = value;
      case "upn" -> c.upn = value;
      default -> c.postcode = value;
    }
    assertOnly(check(c), field, code);
  }

  @Test
  void blankIdentifiersAreNotKnownRatherThanWrong() {
    Child c = new Child();
    c.nhsNumber = " ";
    c.upn = "";
    c.postcode = "  ";
    assertThat(check(c).hasErrors()).isFalse();
  }

  @Test
  void thePrefixNamesTheFieldsAsTheApiSendsThem() {
    Child c = new Child();
    c.givenName = null;
    c.nhsNumber = "123";
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "request");
    ConcernRules.checkChild(c.fields(), new Concern().fields(), errors, "child.", dates(CLOCK));
    assertRejected(errors, "child.givenName", "concern.givenName.required");
    assertRejected(errors, "child.nhsNumber", "child.nhsNumber.invalid");
    assertThat(errors.getFieldErrorCount()).isEqualTo(2);
  }

  // ---- what happened ----

  static class Concern {
    @Nullable String whatHappened = "Seen getting into a car with two older men.";
    DateInput.Parsed occurredOn = new DateInput.Valid(TODAY.minusDays(1));
    @Nullable String location;
    List<String> indicators = new ArrayList<>(List.of("MISSING"));
    @Nullable Boolean immediateDanger = Boolean.FALSE;

    ConcernRules.ConcernFields fields() {
      return new ConcernRules.ConcernFields(
          whatHappened, occurredOn, location, indicators, immediateDanger);
    }
  }

  static MapBindingResult check(Concern concern) {
    return check(concern, CLOCK);
  }

  static MapBindingResult check(Concern concern, Clock clock) {
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "concern");
    ConcernRules.checkConcern(concern.fields(), errors, "", dates(clock));
    return errors;
  }

  @Test
  void aCompleteConcernPasses() {
    assertThat(check(new Concern()).hasErrors()).isFalse();
  }

  @Test
  void anEmptyConcernIsRefusedFieldByField() {
    Concern c = new Concern();
    c.whatHappened = null;
    c.occurredOn = new DateInput.Empty();
    c.indicators = List.of();
    c.immediateDanger = null;
    MapBindingResult errors = check(c);
    assertRejected(errors, "whatHappened", "concern.whatHappened.required");
    assertRejected(errors, "occurredOn", "concern.occurredOn.required");
    assertRejected(errors, "indicators", "concern.indicators.required");
    assertRejected(errors, "immediateDanger", "concern.immediateDanger.required");
    assertThat(errors.getErrorCount()).isEqualTo(4);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\n", "\u0000"})
  void whatHappenedIsRequired(@Nullable String blank) {
    Concern c = new Concern();
    c.whatHappened = blank;
    assertOnly(check(c), "whatHappened", "concern.whatHappened.required");
  }

  @Test
  void whatHappenedMayBeTenThousandCharactersButNoMore() {
    Concern atMost = new Concern();
    atMost.whatHappened = "\n " + "a".repeat(10_000) + " \n"; // the ends are trimmed first
    assertThat(check(atMost).hasErrors()).isFalse();

    Concern tooLong = new Concern();
    tooLong.whatHappened = "a".repeat(10_001);
    assertOnly(check(tooLong), "whatHappened", "concern.whatHappened.tooLong");
  }

  @Test
  void itHappenedByToday() {
    Concern today = new Concern();
    today.occurredOn = new DateInput.Valid(TODAY);
    assertThat(check(today).hasErrors()).isFalse();

    Concern tomorrow = new Concern();
    tomorrow.occurredOn = new DateInput.Valid(TODAY.plusDays(1));
    assertOnly(check(tomorrow), "occurredOn", "concern.occurredOn.future");

    // 23:30 UTC on 30 June is already 1 July in the UK
    Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
    Concern firstOfJuly = new Concern();
    firstOfJuly.occurredOn = new DateInput.Valid(LocalDate.of(2026, 7, 1));
    assertThat(check(firstOfJuly, lateEvening).hasErrors()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2000-01-01, null",
        "1999-12-31, concern.occurredOn.tooEarly",
        "0001-01-01, concern.occurredOn.tooEarly",
        "-0001-01-01, concern.occurredOn.tooEarly"
      })
  void itHappenedOnOrAfterTheEarliestEvent(LocalDate on, @Nullable String code) {
    Concern c = new Concern();
    c.occurredOn = new DateInput.Valid(on);
    MapBindingResult errors = check(c);
    if (code == null) {
      assertThat(errors.hasErrors()).isFalse();
    } else {
      assertOnly(errors, "occurredOn", code);
      assertThat(errors.getFieldError("occurredOn").getArguments())
          .containsExactly("1 January 2000");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"incomplete", "invalid", "year"})
  void whenItHappenedMustBeARealDate(String problem) {
    Concern c = new Concern();
    c.occurredOn = new DateInput.Invalid(problem);
    assertOnly(check(c), "occurredOn", "concern.occurredOn." + problem);
  }

  @Test
  void whereIsOptionalUpToFiveHundredCharacters() {
    Concern none = new Concern();
    none.location = "  ";
    assertThat(check(none).hasErrors()).isFalse();

    Concern atMost = new Concern();
    atMost.location = " " + "a".repeat(500) + " ";
    assertThat(check(atMost).hasErrors()).isFalse();

    Concern tooLong = new Concern();
    tooLong.location = "a".repeat(501);
    assertOnly(check(tooLong), "location", "concern.location.tooLong");
  }

  static Stream<Arguments> indicatorChoices() {
    return Stream.of(
        Arguments.of(List.of(), "concern.indicators.required"),
        Arguments.of(List.of("NONE"), null),
        Arguments.of(List.of("MISSING"), null),
        Arguments.of(List.of("SEXUAL_EXPLOITATION", "ONLINE_HARM", "TRAFFICKING"), null),
        Arguments.of(List.of("NONE", "MISSING"), "concern.indicators.noneAndSome"),
        Arguments.of(List.of("MISSING", "NONE"), "concern.indicators.noneAndSome"),
        Arguments.of(List.of("BOGUS"), "concern.indicators.unknown"),
        Arguments.of(List.of("missing"), "concern.indicators.unknown"),
        Arguments.of(List.of("MISSING", "<script>"), "concern.indicators.unknown"));
  }

  @ParameterizedTest
  @MethodSource("indicatorChoices")
  void indicatorsAreSomeFromTheListOrNoneOfThese(List<String> chosen, @Nullable String code) {
    Concern c = new Concern();
    c.indicators = chosen;
    MapBindingResult errors = check(c);
    if (code == null) {
      assertThat(errors.hasErrors()).as("%s", chosen).isFalse();
    } else {
      assertOnly(errors, "indicators", code);
    }
  }

  @Test
  void everyIndicatorOnTheListIsAccepted() {
    Concern c = new Concern();
    c.indicators = Stream.of(RiskIndicator.values()).map(Enum::name).toList();
    assertThat(check(c).hasErrors()).isFalse();
  }

  @Test
  void immediateDangerMustBeAnswered() {
    Concern no = new Concern();
    no.immediateDanger = Boolean.FALSE;
    Concern yes = new Concern();
    yes.immediateDanger = Boolean.TRUE;
    Concern unanswered = new Concern();
    unanswered.immediateDanger = null;

    assertThat(check(no).hasErrors()).isFalse();
    assertThat(check(yes).hasErrors()).isFalse();
    assertOnly(check(unanswered), "immediateDanger", "concern.immediateDanger.required");
  }

  @Test
  void theContentIsCleanedAndNoneOfTheseIsNoIndicator() {
    Concern c = new Concern();
    c.whatHappened = "  Seen at the bus station.\r\n";
    c.location = "   ";
    c.indicators = List.of("NONE");
    c.immediateDanger = Boolean.TRUE;

    ConcernContent content = ConcernRules.content(c.fields());

    assertThat(content.whatHappened()).isEqualTo("Seen at the bus station.");
    assertThat(content.location()).isNull();
    assertThat(content.indicators()).isEmpty();
    assertThat(content.immediateDanger()).isTrue();
    assertThat(content.occurredOn()).isEqualTo(TODAY.minusDays(1));

    c.indicators = List.of("SEXUAL_EXPLOITATION", "MISSING");
    assertThat(ConcernRules.content(c.fields()).indicators())
        .isEqualTo(Set.of(RiskIndicator.SEXUAL_EXPLOITATION, RiskIndicator.MISSING));
  }

  @Test
  void aDescribedChildBecomesANewChildInStandardForm() {
    Child c = new Child();
    c.givenName = " Amy ";
    c.dateOfBirth = new DateInput.Valid(LocalDate.of(2011, 3, 27));
    c.nhsNumber = "943-476-5919";
    c.upn = "b801200005001";
    c.postcode = "st162lh";

    var child = ConcernRules.newChild(c.fields(), null);

    assertThat(child.givenName()).isEqualTo("Amy");
    assertThat(child.sex()).isEqualTo(Sex.FEMALE);
    assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2011, 3, 27));
    assertThat(child.nhsNumber().value()).isEqualTo("9434765919");
    assertThat(child.upn().value()).isEqualTo("B801200005001");
    assertThat(child.postcode().value()).isEqualTo("ST16 2LH");
  }

  /** The field has exactly this error, whose message exists, and nothing else is wrong. */
  static void assertOnly(MapBindingResult errors, String field, String code) {
    assertRejected(errors, field, code);
    assertThat(errors.getErrorCount()).as("errors: %s", errors.getAllErrors()).isEqualTo(1);
  }

  static void assertRejected(MapBindingResult errors, String field, String code) {
    assertThat(errors.getFieldErrors(field))
        .as("errors on %s", field)
        .extracting(FieldError::getCode)
        .containsExactly(code);
    assertThat(messages).as("messages/lantern.properties").containsKey(code);
  }
}
