package org.lantern.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.Assessment;
import org.lantern.intelligence.IntelligenceLinks;
import org.lantern.intelligence.LinkDetails;
import org.lantern.intelligence.LinkNature;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.intelligence.SourceEvaluation;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.InterviewOutcome;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.MissingSettings;
import org.lantern.missing.ReturnInterviews;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo county's missing children over the last year, through the same services the police, the
 * schools and the missing service use (so every rule holds and every step is audited):
 *
 * <ul>
 *   <li>about one child in ten aged 11 to 17 went missing: most once or twice, one in seven again
 *       and again (three or more times in under 90 days; half of them lately, so the repeat
 *       indicator shows today); a few are missing right now;
 *   <li>their return interviews: most completed, most of those within 72 hours, some declined; the
 *       missing service's queue today holds the recent returns and some overdue ones;
 *   <li>a few children missing from school, recorded by the demo teacher's academy;
 *   <li>some children found with one of a handful of adults; the police served abduction warning
 *       notices on some of those adults, naming some children, so other children are linked.
 * </ul>
 */
@Component
class DemoMissingChapter implements DemoChapter {

  private static final List<AdultDetails> ADULTS =
      List.of(
          new AdultDetails("Lee", "Carver", LocalDate.of(1991, 3, 14)),
          new AdultDetails("Jason", "Pryde", LocalDate.of(1987, 9, 2)),
          new AdultDetails("Dwayne", "Mercer", LocalDate.of(1995, 1, 27)),
          new AdultDetails("Kyle", "Ashfold", LocalDate.of(1999, 6, 8)),
          new AdultDetails("Craig", "Fenlow", LocalDate.of(1983, 11, 19)),
          new AdultDetails("Ricky", "Dunmoor", LocalDate.of(2001, 4, 30)));

  private static final List<String> RETURN_PLACES =
      List.of(
          "Tamsford bus station",
          "A friend's address in Greywater",
          "Hollin Moor retail park",
          "Wrenbridge town centre",
          "Came home by themselves",
          "Found by police at an address in Tamsford",
          "Greywater railway station",
          "A relative's address in Wrenbridge");

  private static final List<String> PEOPLE =
      List.of(
          "Older friends from the skate park",
          "A boyfriend aged about 19",
          "Cousin in Wrenbridge",
          "Two older boys with a car",
          "A girl from school");

  private static final List<String> PLACES =
      List.of(
          "Flat above the takeaway on Mill Street, Tamsford",
          "Greywater railway station",
          "Hollin Moor park after dark",
          "A house party in Wrenbridge",
          "The retail park car park");

  private static final Logger log = LoggerFactory.getLogger(DemoMissingChapter.class);

  private final EntityManager entityManager;
  private final Directory directory;
  private final Episodes episodes;
  private final ReturnInterviews interviews;
  private final AbductionNotices notices;
  private final IntelligenceLinks intelligence;
  private final MissingSettings settings;

  DemoMissingChapter(
      EntityManager entityManager,
      Directory directory,
      Episodes episodes,
      ReturnInterviews interviews,
      AbductionNotices notices,
      IntelligenceLinks intelligence,
      MissingSettings settings) {
    this.entityManager = entityManager;
    this.directory = directory;
    this.episodes = episodes;
    this.interviews = interviews;
    this.notices = notices;
    this.intelligence = intelligence;
    this.settings = settings;
  }

  @Override
  public int order() {
    return 500;
  }

  /** One episode as planned, before it is recorded. */
  private record Planned(
      ChildSummary child,
      MissingFrom from,
      Instant missingAt,
      @Nullable Instant returnedAt,
      @Nullable AdultDetails adult) {}

  @Override
  public void write(Facts county) {
    long started = System.nanoTime();
    Random random = county.random();
    Instant now = county.now();
    CurrentUser police = county.organisation().asUser(directory, "police");
    CurrentUser school = county.organisation().asUser(directory, "teacher");
    CurrentUser worker = county.organisation().asUser(directory, "missing");
    UUID greywater = county.organisation().districts.get("Greywater");

    List<ChildSummary> teenagers =
        county.children().stream()
            .filter(c -> c.dateOfBirth() != null)
            .filter(
                c -> {
                  int age = Period.between(c.dateOfBirth(), county.today()).getYears();
                  return age >= 11 && age <= 17;
                })
            .toList();
    List<ChildSummary> missing = new ArrayList<>();
    for (ChildSummary c : teenagers) {
      if (random.nextInt(10) == 0) {
        missing.add(c);
      }
    }

    List<Planned> planned = new ArrayList<>();
    Map<Integer, Set<UUID>> foundWith = new LinkedHashMap<>();
    int schoolEpisodes = 0;
    for (int i = 0; i < missing.size(); i++) {
      ChildSummary child = missing.get(i);
      MissingFrom from = placeFrom(random);
      List<Instant[]> times;
      if (i < 3) {
        // missing right now
        Instant gone = now.minus(Duration.ofHours(5 + random.nextInt(36)));
        times = new ArrayList<>();
        times.add(new Instant[] {gone, null});
      } else if (i < 18) {
        // back in the last nine days: the interview queue today, some of them overdue
        Instant gone = now.minus(Duration.ofMinutes(6 * 60 + random.nextInt(8 * 24 * 60)));
        Instant back = gone.plus(Duration.ofMinutes(90 + random.nextInt(20 * 60)));
        if (back.isAfter(now.minus(Duration.ofHours(1)))) {
          back = now.minus(Duration.ofHours(1));
        }
        times = new ArrayList<>();
        times.add(new Instant[] {gone, back});
      } else if (i % 7 == 0) {
        int n = 3 + random.nextInt(3);
        Instant end =
            random.nextBoolean()
                ? now.minus(Duration.ofDays(1 + random.nextInt(10)))
                : now.minus(Duration.ofDays(100 + random.nextInt(250)));
        times = timeline(random, n, end.minus(Duration.ofDays(80)), end);
      } else {
        int n = random.nextInt(10) < 7 ? 1 : 2;
        times = timeline(random, n, now.minus(Duration.ofDays(364)), now.minus(Duration.ofDays(1)));
      }
      for (Instant[] t : times) {
        AdultDetails adult = null;
        if (t[1] != null && random.nextInt(100) < 6) {
          int a = Math.min(random.nextInt(ADULTS.size()), random.nextInt(ADULTS.size()));
          adult = ADULTS.get(a);
          foundWith.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(child.id());
        }
        planned.add(new Planned(child, from, t[0], t[1], adult));
      }
      // A few pupils of the demo academy's district also went missing from school, weeks before
      // their first missing episode: beside each other on their chronology.
      if (schoolEpisodes < 5 && greywater.equals(child.districtId()) && i >= 3) {
        Instant first = times.getFirst()[0];
        ZonedDateTime day =
            first
                .atZone(LanternTime.ZONE)
                .minusDays(14 + random.nextInt(20))
                .withHour(10)
                .withMinute(5)
                .withSecond(0)
                .withNano(0);
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.minusDays(1);
        }
        Instant gone = day.toInstant();
        if (gone.isAfter(now.minus(Duration.ofDays(364)))) {
          planned.add(
              new Planned(
                  child,
                  MissingFrom.SCHOOL,
                  gone,
                  gone.plus(Duration.ofMinutes(150 + random.nextInt(200))),
                  null));
          schoolEpisodes++;
        }
      }
    }

    planned.sort(Comparator.comparing(Planned::missingAt));
    int sequence = 1000;
    int written = 0;
    for (Planned p : planned) {
      String reference =
          "MP-"
              + p.missingAt().atZone(LanternTime.ZONE).getYear()
              + "-"
              + String.format("%06d", sequence++);
      boolean education = p.from() == MissingFrom.SCHOOL;
      EpisodeDetails details =
          new EpisodeDetails(
              p.child().id(),
              reference,
              p.from(),
              p.missingAt(),
              education ? DemoAccount.ACADEMY : missingPlace(p.from()),
              p.returnedAt(),
              p.returnedAt() == null
                  ? null
                  : education
                      ? "Found in Greywater town centre"
                      : RETURN_PLACES.get(random.nextInt(RETURN_PLACES.size())),
              p.adult() == null ? null : "An adult male known to police",
              p.adult(),
              education ? RiskGrading.LOW : grading(random));
      UUID id = episodes.record(education ? school : police, null, details).episodeId();
      if (p.returnedAt() != null && !education) {
        // missing from school has no statutory return interview
        interview(random, worker, id, p.returnedAt(), now);
      }
      if (++written % 50 == 0) {
        // the county is one transaction: keep what Hibernate watches small, or every query
        // checks every episode written so far
        entityManager.flush();
        entityManager.clear();
      }
    }
    log.info(
        "Demo missing episodes: {} for {} children, in {} ms",
        planned.size(),
        missing.size(),
        (System.nanoTime() - started) / 1_000_000);

    serveNotices(random, police, county, foundWith, missing);
    recordIntelligence(random, police, county, teenagers);
  }

  /**
   * A few intelligence links from street pastors' and officers' sightings: children seen with the
   * adults above, so their files show how they are linked when a notice is in force.
   */
  private void recordIntelligence(
      Random random, CurrentUser police, Facts county, List<ChildSummary> teenagers) {
    if (teenagers.size() < 20) {
      return;
    }
    LinkNature[] natures = {LinkNature.SEEN_WITH, LinkNature.ASSOCIATE, LinkNature.RELATIONSHIP};
    for (int k = 0; k < 8; k++) {
      ChildSummary child = teenagers.get(random.nextInt(teenagers.size()));
      intelligence.record(
          police,
          ADULTS.get(k % ADULTS.size()),
          child.id(),
          new LinkDetails(
              natures[k % natures.length],
              k % 3 == 0 ? SourceEvaluation.RELIABLE : SourceEvaluation.UNTESTED,
              k % 2 == 0 ? Assessment.CORROBORATED : Assessment.KNOWN_INDIRECTLY,
              county.today().minusDays(5 + random.nextInt(200)),
              "Street pastors saw the child with the adult near the amusement arcade late at"
                  + " night."));
    }
  }

  /**
   * The interview after a return: the recent ones are still open (in the queue), a third of those
   * back more than 72 hours are overdue; older ones were completed (most in time) or declined.
   */
  private void interview(
      Random random, CurrentUser worker, UUID episodeId, Instant returned, Instant now) {
    Duration since = Duration.between(returned, now);
    Duration window = settings.interviewWindow();
    if (since.compareTo(window) < 0) {
      if (random.nextInt(3) == 0) {
        Instant offered = returned.plus(Duration.ofHours(2 + random.nextInt(6)));
        if (offered.isBefore(now)) {
          record(worker, episodeId, InterviewOutcome.OFFERED, offered, random);
        }
      }
      return;
    }
    if (since.compareTo(Duration.ofDays(12)) < 0 && random.nextInt(3) == 0) {
      if (random.nextBoolean()) {
        record(
            worker,
            episodeId,
            InterviewOutcome.OFFERED,
            returned.plus(Duration.ofHours(3 + random.nextInt(20))),
            random);
      }
      return;
    }
    int roll = random.nextInt(100);
    if (roll < 10) {
      record(
          worker,
          episodeId,
          InterviewOutcome.DECLINED,
          returned.plus(Duration.ofHours(6 + random.nextInt(48))),
          random);
      return;
    }
    long hours = roll < 80 ? 4 + random.nextInt(66) : 75 + random.nextInt(120);
    Instant at = returned.plus(Duration.ofHours(hours));
    if (at.isAfter(now)) {
      at = now.minus(Duration.ofHours(1));
    }
    record(worker, episodeId, InterviewOutcome.COMPLETED, at, random);
  }

  private void record(
      CurrentUser worker, UUID episodeId, InterviewOutcome outcome, Instant at, Random random) {
    long version = interviews.open(worker, episodeId).episode().version();
    Set<String> factors = new LinkedHashSet<>();
    String people = null;
    String places = null;
    String notes = null;
    if (outcome == InterviewOutcome.COMPLETED) {
      var all = settings.factors();
      // the first few (friends, conflict at home...) come up most, as in the source's figures
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        int f = Math.min(random.nextInt(all.size()), random.nextInt(all.size()));
        factors.add(all.get(f).code());
      }
      if (random.nextInt(3) == 0) {
        people = PEOPLE.get(random.nextInt(PEOPLE.size()));
      }
      if (random.nextInt(3) == 0) {
        places = PLACES.get(random.nextInt(PLACES.size()));
      }
      notes = "Seen at home with their carer. Safety plan agreed.";
    }
    interviews.record(worker, episodeId, version, outcome, at, factors, people, places, notes);
  }

  /**
   * Notices served on the adults children were found with: some of those children named, the rest
   * linked through their missing episode; one notice has expired.
   */
  private void serveNotices(
      Random random,
      CurrentUser police,
      Facts county,
      Map<Integer, Set<UUID>> foundWith,
      List<ChildSummary> missing) {
    LocalDate today = county.today();
    if (missing.size() < 4) {
      return;
    }
    int served = 0;
    for (int a = 0; a < ADULTS.size() && served < 5; a++) {
      List<UUID> linked = new ArrayList<>(foundWith.getOrDefault(a, Set.of()));
      List<UUID> named = new ArrayList<>();
      if (linked.isEmpty()) {
        named.add(missing.get(3 + random.nextInt(missing.size() - 3)).id());
      } else {
        named.add(linked.getFirst());
        if (linked.size() > 2) {
          named.add(linked.get(1));
        }
      }
      LocalDate servedOn = today.minusDays(20 + random.nextInt(300));
      // the fifth has run out: its children carry no indicator any more
      LocalDate expires = served == 4 ? servedOn.plusDays(10) : servedOn.plusYears(2);
      notices.serve(
          police,
          new NoticeDetails(
              ADULTS.get(a),
              named,
              police.displayName(),
              servedOn,
              expires,
              "Child found at the adult's address during a missing episode; the adult was told"
                  + " they have no permission to contact or harbour the child."));
      served++;
    }
  }

  /**
   * {@code n} episodes between {@code from} and {@code to}, one in each equal slot, each ending
   * before the next slot begins; returned at least an hour before {@code to}.
   */
  private static List<Instant[]> timeline(Random random, int n, Instant from, Instant to) {
    List<Instant[]> times = new ArrayList<>();
    long slot = Duration.between(from, to).toMinutes() / n;
    for (int k = 0; k < n; k++) {
      Instant slotStart = from.plus(Duration.ofMinutes(slot * k));
      Instant gone = slotStart.plus(Duration.ofMinutes((long) (random.nextDouble() * slot * 0.5)));
      long hours = random.nextInt(10) < 6 ? 2 + random.nextInt(10) : 12 + random.nextInt(40);
      long maxMinutes = Math.max(30, (long) (slot * 0.45));
      Instant back = gone.plus(Duration.ofMinutes(Math.min(hours * 60, maxMinutes)));
      if (back.isAfter(to)) {
        back = to;
      }
      times.add(new Instant[] {gone, back});
    }
    return times;
  }

  private static MissingFrom placeFrom(Random random) {
    int roll = random.nextInt(100);
    return roll < 65
        ? MissingFrom.HOME
        : roll < 80 ? MissingFrom.FOSTER_CARE : MissingFrom.RESIDENTIAL_HOME;
  }

  private static String missingPlace(MissingFrom from) {
    return switch (from) {
      case HOME -> "Home address";
      case FOSTER_CARE -> "Foster placement";
      case RESIDENTIAL_HOME -> "Residential children's home";
      case SCHOOL -> DemoAccount.ACADEMY;
    };
  }

  private static RiskGrading grading(Random random) {
    int roll = random.nextInt(100);
    return roll < 10
        ? RiskGrading.NO_APPARENT_RISK
        : roll < 45 ? RiskGrading.LOW : roll < 85 ? RiskGrading.MEDIUM : RiskGrading.HIGH;
  }
}
