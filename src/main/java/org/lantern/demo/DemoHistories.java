package org.lantern.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.referral.Channel;
import org.lantern.referral.HistoricConcern;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;

/**
 * Each child's history of concerns from several agencies over three years, some repeated many times
 * (one child has nineteen, so the front door sees the twentieth), and today's queue.
 */
final class DemoHistories {

  static final String POLICE_SYSTEM = "Marlshire Police records";
  static final String ED_SYSTEM = "Tamsford General ED";

  private static final int QUEUE_SIZE = 32;

  private final Random random;
  private final DemoOrganisation org;
  private final Instant now;
  private final WeightedNames surnames = WeightedNames.surnames();
  private final Set<String> sourceIds = new HashSet<>();

  final List<HistoricConcern> concerns = new ArrayList<>();
  final List<HistoricConcern> queue = new ArrayList<>();
  final List<Relationships.Link> links = new ArrayList<>();
  final List<HistoricConcern> teacherRecentlyDecided = new ArrayList<>();

  DemoHistories(Random random, DemoOrganisation org, Instant now) {
    this.random = random;
    this.org = org;
    this.now = now;
  }

  void make(List<ChildSummary> children) {
    ChildSummary showcase = children.get(7);
    List<ChildSummary> queued = new ArrayList<>();
    for (ChildSummary child : children) {
      Set<RiskIndicator> profile =
          child == showcase
              ? DemoStories.PROFILES.get(0)
              : DemoStories.PROFILES.get(profileIndex());
      int count = child == showcase ? 19 : count();
      List<HistoricConcern> history = history(child, profile, count);
      concerns.addAll(history);
      if (child != showcase && queued.size() < QUEUE_SIZE - 1 && random.nextDouble() < 0.02) {
        queued.add(child);
      }
      allocate(child, history);
    }
    queue.add(newConcern(showcase, DemoStories.PROFILES.get(0), Duration.ofHours(30), 0));
    for (int i = 0; i < queued.size(); i++) {
      ChildSummary child = queued.get(i);
      Duration age = Duration.ofMinutes(20 + random.nextInt(40 * 60));
      queue.add(newConcern(child, DemoStories.PROFILES.get(profileIndex()), age, i + 1));
    }
    concerns.addAll(queue);
  }

  private List<HistoricConcern> history(ChildSummary child, Set<RiskIndicator> profile, int count) {
    List<Instant> times = new ArrayList<>();
    long span = Duration.ofDays(count > 8 ? 540 : 1095).toMinutes();
    for (int i = 0; i < count; i++) {
      times.add(
          now.minus(Duration.ofDays(5))
              .minus(Duration.ofMinutes((long) (random.nextDouble() * span))));
    }
    times.sort(Comparator.naturalOrder());
    List<HistoricConcern> history = new ArrayList<>();
    for (Instant submitted : times) {
      history.add(concern(child, profile, submitted, true));
    }
    return history;
  }

  private HistoricConcern newConcern(
      ChildSummary child, Set<RiskIndicator> profile, Duration age, int index) {
    Instant submitted = now.minus(age);
    HistoricConcern c = concern(child, profile, submitted, false);
    if (index >= 1 && index <= 5) {
      String referrer =
          switch (index) {
            case 1, 2 -> "teacher";
            case 3 -> "police";
            case 4 -> "health";
            default -> "panel";
          };
      Instant recorded = index == 1 ? now.minus(Duration.ofHours(60)) : submitted;
      return verbal(c, referrer, recorded);
    }
    if (index == 6 || index == 7) {
      return withDanger(c);
    }
    return c;
  }

  private HistoricConcern concern(
      ChildSummary child, Set<RiskIndicator> profile, Instant submitted, boolean decided) {
    String agency = agency();
    Set<RiskIndicator> indicators = indicators(profile);
    String story = DemoStories.story(indicators, child.sex(), random);
    Channel channel = Channel.WRITTEN;
    String sourceSystem = null;
    String sourceId = null;
    if (agency.equals(DemoAccount.POLICE) && random.nextDouble() < 0.6) {
      channel = Channel.PARTNER_SYSTEM;
      sourceSystem = POLICE_SYSTEM;
      sourceId = sourceId("MP", submitted);
    } else if (agency.equals(DemoAccount.TRUST) && random.nextDouble() < 0.5) {
      channel = Channel.PARTNER_SYSTEM;
      sourceSystem = ED_SYSTEM;
      sourceId = sourceId("ED", submitted);
    } else if (random.nextDouble() < 0.1) {
      channel = Channel.VERBAL;
    }
    UUID referrerUser =
        agency.equals(DemoAccount.ACADEMY)
                && channel == Channel.WRITTEN
                && random.nextDouble() < 0.12
            ? org.user("teacher")
            : null;
    String referrerName = referrerUser != null ? "Megan Fairweather" : staffName(agency);
    UUID frontDoor = org.user(random.nextBoolean() ? "frontdoor" : "frontdoor2");
    Instant confirmationDue =
        channel == Channel.VERBAL ? submitted.plus(Duration.ofHours(48)) : null;
    Instant confirmed =
        channel == Channel.VERBAL && decided
            ? submitted.plus(Duration.ofHours(2 + random.nextInt(60)))
            : null;
    ThresholdDecision decision = decided ? DemoStories.decision(indicators, random) : null;
    Instant decidedAt = decided ? submitted.plus(Duration.ofHours(2 + random.nextInt(30))) : null;
    HistoricConcern concern =
        new HistoricConcern(
            UUID.randomUUID(),
            org.partnershipId,
            child.id(),
            channel,
            referrerUser,
            org.agencies.get(agency),
            referrerName,
            null,
            channel == Channel.VERBAL ? frontDoor : null,
            story,
            LocalDate.ofInstant(submitted, LanternTime.ZONE).minusDays(random.nextInt(3)),
            random.nextDouble() < 0.7 ? DemoStories.place(random) : null,
            random.nextDouble() < 0.03,
            indicators,
            submitted,
            confirmationDue,
            confirmed,
            null,
            confirmed == null ? null : "Confirmed by secure e-mail.",
            decision,
            decision == null ? null : DemoStories.reasons(decision),
            decided ? frontDoor : null,
            decidedAt,
            sourceSystem,
            sourceId);
    if (referrerUser != null) {
      links.add(new Relationships.Link(child.id(), referrerUser, null, RelationshipKind.REFERRER));
      if (decided && decidedAt.isAfter(now.minus(Duration.ofDays(21)))) {
        teacherRecentlyDecided.add(concern);
      }
    }
    return concern;
  }

  private HistoricConcern verbal(HistoricConcern c, String referrer, Instant recorded) {
    return new HistoricConcern(
        c.id(),
        c.partnershipId(),
        c.childId(),
        Channel.VERBAL,
        org.user(referrer),
        agencyOf(referrer),
        DemoAccount.ALL.stream()
            .filter(a -> a.username().equals(referrer))
            .findFirst()
            .orElseThrow()
            .name(),
        null,
        org.user("frontdoor"),
        c.whatHappened(),
        c.occurredOn(),
        c.location(),
        c.immediateDanger(),
        c.indicators(),
        recorded,
        recorded.plus(Duration.ofHours(48)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private HistoricConcern withDanger(HistoricConcern c) {
    return new HistoricConcern(
        c.id(),
        c.partnershipId(),
        c.childId(),
        c.channel(),
        c.referrerUserId(),
        c.referrerAgencyId(),
        c.referrerName(),
        c.referrerContact(),
        c.recordedByUserId(),
        c.whatHappened(),
        c.occurredOn(),
        c.location(),
        true,
        c.indicators(),
        c.submittedAt(),
        c.confirmationDueAt(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        c.sourceSystem(),
        c.sourceId());
  }

  private UUID agencyOf(String username) {
    String agency =
        DemoAccount.ALL.stream()
            .filter(a -> a.username().equals(username))
            .findFirst()
            .orElseThrow()
            .agency();
    return org.agencies.get(agency);
  }

  /** Children whose front door sent them down the exploitation path get a worker and a team. */
  private void allocate(ChildSummary child, List<HistoricConcern> history) {
    if (history.isEmpty()) {
      return;
    }
    HistoricConcern last = history.getLast();
    boolean serious =
        last.decision() == ThresholdDecision.EXPLOITATION_PATHWAY
            || last.decision() == ThresholdDecision.STRATEGY_DISCUSSION;
    if (serious && random.nextDouble() < 0.12) {
      links.add(
          new Relationships.Link(
              child.id(), org.user("socialworker"), null, RelationshipKind.ALLOCATED_WORKER));
      links.add(
          new Relationships.Link(
              child.id(),
              null,
              org.teams.get(DemoAccount.CHILDRENS_TEAM),
              RelationshipKind.ALLOCATED_TEAM));
    }
    boolean police =
        history.stream()
            .anyMatch(c -> c.referrerAgencyId().equals(org.agencies.get(DemoAccount.POLICE)));
    if (police && random.nextDouble() < 0.02) {
      links.add(
          new Relationships.Link(
              child.id(), org.user("police"), null, RelationshipKind.PROFESSIONAL_NETWORK));
    }
  }

  private int count() {
    int band =
        pick(new double[] {0.45, 0.25, 0.15, 0.10, 0.04, 0.01}, new Integer[] {0, 1, 2, 3, 4, 5});
    return switch (band) {
      case 0 -> 1;
      case 1 -> 2;
      case 2 -> 3 + random.nextInt(2);
      case 3 -> 5 + random.nextInt(5);
      case 4 -> 10 + random.nextInt(10);
      default -> 20 + random.nextInt(8);
    };
  }

  /** Which of {@link DemoStories#PROFILES} a child's history follows, by how common it is. */
  private int profileIndex() {
    return pick(
        new double[] {0.20, 0.18, 0.15, 0.12, 0.12, 0.03, 0.20},
        new Integer[] {0, 1, 2, 3, 4, 5, 6});
  }

  /** Which agency raised a concern: the police most often, then schools and health. */
  private String agency() {
    return pick(
        new double[] {0.30, 0.12, 0.12, 0.14, 0.05, 0.08, 0.07, 0.03, 0.09},
        new String[] {
          DemoAccount.POLICE,
          DemoAccount.ACADEMY,
          DemoAccount.HIGH_SCHOOL,
          DemoAccount.TRUST,
          DemoAccount.GP,
          DemoAccount.COLLEGE,
          DemoAccount.CHARITY,
          DemoAccount.PROBATION,
          DemoAccount.COUNCIL
        });
  }

  /** One of the values, each as likely as its weight (the weights add up to 1). */
  private <T> T pick(double[] weights, T[] values) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private Set<RiskIndicator> indicators(Set<RiskIndicator> profile) {
    Set<RiskIndicator> chosen = EnumSet.noneOf(RiskIndicator.class);
    if (profile.isEmpty() || random.nextDouble() < 0.1) {
      return chosen;
    }
    List<RiskIndicator> options = new ArrayList<>(profile);
    options.sort(Comparator.naturalOrder());
    int wanted = 1 + random.nextInt(Math.min(3, options.size()));
    while (chosen.size() < wanted) {
      chosen.add(options.get(random.nextInt(options.size())));
    }
    return chosen;
  }

  private String staffName(String agency) {
    String name =
        DemoStories.STAFF_FIRST_NAMES.get(random.nextInt(DemoStories.STAFF_FIRST_NAMES.size()))
            + " "
            + surnames.pick(random);
    return agency.equals(DemoAccount.POLICE) ? "PC " + name : name;
  }

  private String sourceId(String prefix, Instant at) {
    while (true) {
      String id =
          prefix
              + "-"
              + at.atZone(LanternTime.ZONE).getYear()
              + "-"
              + String.format("%06d", random.nextInt(1_000_000));
      if (sourceIds.add(id)) {
        return id;
      }
    }
  }
}
