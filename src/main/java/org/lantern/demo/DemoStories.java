package org.lantern.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lantern.people.Sex;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;

/** What referrers wrote, in the plain words people use. All invented. */
final class DemoStories {

  private DemoStories() {}

  static final List<String> PLACES =
      List.of(
          "the bus station in Tamsford",
          "the retail park on Kiln Lane",
          "Greywater recreation ground",
          "the takeaway on Station Road, Hollin Moor",
          "the canal towpath by Wrenbridge lock",
          "Tamsford railway station",
          "the car park behind the Market Hall",
          "the underpass near Greywater Academy",
          "a flat on Mill Street, Tamsford",
          "the skate park at Hollin Moor");

  private static final List<String> TIMES = List.of("9pm", "10.30pm", "11pm", "1am", "3am");

  private static final Map<RiskIndicator, List<String>> BY_INDICATOR =
      Map.of(
          RiskIndicator.SEXUAL_EXPLOITATION,
          List.of(
              "Seen getting into a silver car with two men in their twenties outside {place} at about {time}. Did not want to talk about it the next day.",
              "Told a friend {sub} had been to a 'party' at {place} and had to 'pay back' the vodka. The friend told staff.",
              "Getting messages late at night from an adult saved in the phone as 'Uncle'. The phone has a second SIM card.",
              "Told the school nurse that a man {sub} met online has sent sexual images and is asking for some back."),
          RiskIndicator.CRIMINAL_EXPLOITATION,
          List.of(
              "Found with \u00a3340 in cash and two phones when stopped near {place}. Would not say where the money came from.",
              "Travelled by train to another city twice this month without telling carers. Came back with new clothes.",
              "Seen handing small packages through car windows at {place}. Older youths were watching from across the road.",
              "Has an injury to {pos} hand {sub} will not explain. A friend said {sub} 'owes' someone."),
          RiskIndicator.MISSING,
          List.of(
              "Reported missing overnight and came back at 6am. Said only 'I was at a mate's'.",
              "Third missing episode this month. Found by police at {place} at {time}."),
          RiskIndicator.ONLINE_HARM,
          List.of(
              "Parent found a second social media account with adult followers and messages asking to meet.",
              "An intimate image {sub} shared is going round year 10 and has caused great distress."),
          RiskIndicator.SUBSTANCE_MISUSE,
          List.of(
              "Arrived at school smelling strongly of cannabis, drowsy and unable to concentrate.",
              "Brought to A&E drunk after drinking spirits at {place}. Could not say who gave them the alcohol."),
          RiskIndicator.MISSING_FROM_EDUCATION,
          List.of(
              "Has missed 14 of the last 20 school days. Nobody answers at home visits.",
              "Leaves school at lunchtime and is seen at {place} with older young people."),
          RiskIndicator.OLDER_PARTNER,
          List.of(
              "Talks about a partner aged 22 who picks {obj} up from school in a car.",
              "Staff saw a man of about 25 waiting outside the gates for {obj} three days running."),
          RiskIndicator.UNEXPLAINED_GIFTS_OR_MONEY,
          List.of(
              "New designer trainers and a new phone. Family say they did not buy them.",
              "Paying for other pupils' food with a roll of \u00a320 notes."),
          RiskIndicator.TRAFFICKING,
          List.of(
              "Found by police in a town 60 miles away with an adult who is not family. Said {sub} came 'for a job'."));

  private static final List<String> GENERAL =
      List.of(
          "Mum phoned, worried: angry at home, staying out late, will not say where.",
          "Withdrawn and tearful in lessons. Says things at home are 'bad' but would not say more.",
          "Came to the youth club hungry and in the same clothes as last week.");

  /** Profiles a child's history tends to follow. */
  static final List<Set<RiskIndicator>> PROFILES =
      List.of(
          Set.of(
              RiskIndicator.SEXUAL_EXPLOITATION,
              RiskIndicator.OLDER_PARTNER,
              RiskIndicator.MISSING,
              RiskIndicator.UNEXPLAINED_GIFTS_OR_MONEY,
              RiskIndicator.ONLINE_HARM),
          Set.of(
              RiskIndicator.CRIMINAL_EXPLOITATION,
              RiskIndicator.MISSING,
              RiskIndicator.SUBSTANCE_MISUSE,
              RiskIndicator.MISSING_FROM_EDUCATION,
              RiskIndicator.UNEXPLAINED_GIFTS_OR_MONEY),
          Set.of(RiskIndicator.MISSING, RiskIndicator.MISSING_FROM_EDUCATION),
          Set.of(RiskIndicator.ONLINE_HARM),
          Set.of(RiskIndicator.SUBSTANCE_MISUSE, RiskIndicator.MISSING_FROM_EDUCATION),
          Set.of(
              RiskIndicator.SEXUAL_EXPLOITATION, RiskIndicator.TRAFFICKING, RiskIndicator.MISSING),
          Set.of());

  static String story(Set<RiskIndicator> indicators, Sex sex, Random random) {
    StringBuilder text = new StringBuilder();
    for (RiskIndicator indicator : indicators) {
      List<String> lines = BY_INDICATOR.get(indicator);
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(fill(lines.get(random.nextInt(lines.size())), random));
      if (text.length() > 240) {
        break;
      }
    }
    if (text.length() == 0) {
      text.append(GENERAL.get(random.nextInt(GENERAL.size())));
    }
    return pronouns(text.toString(), sex);
  }

  private static String pronouns(String text, Sex sex) {
    String[] words =
        switch (sex) {
          case FEMALE -> new String[] {"she", "her", "her"};
          case MALE -> new String[] {"he", "him", "his"};
          case NOT_KNOWN -> new String[] {"they", "them", "their"};
        };
    return text.replace("{Sub}", Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1))
        .replace("{sub}", words[0])
        .replace("{obj}", words[1])
        .replace("{pos}", words[2]);
  }

  static String place(Random random) {
    return PLACES.get(random.nextInt(PLACES.size()));
  }

  private static String fill(String line, Random random) {
    return line.replace("{place}", place(random))
        .replace("{time}", TIMES.get(random.nextInt(TIMES.size())));
  }

  static ThresholdDecision decision(Set<RiskIndicator> indicators, Random random) {
    double r = random.nextDouble();
    boolean exploitation =
        indicators.stream().anyMatch(i -> i.namesExploitation() || i == RiskIndicator.TRAFFICKING);
    if (exploitation) {
      return r < 0.6
          ? ThresholdDecision.EXPLOITATION_PATHWAY
          : r < 0.85 ? ThresholdDecision.STRATEGY_DISCUSSION : ThresholdDecision.EARLY_HELP;
    }
    if (!indicators.isEmpty()) {
      return r < 0.5
          ? ThresholdDecision.EARLY_HELP
          : r < 0.8 ? ThresholdDecision.NO_FURTHER_ACTION : ThresholdDecision.EXPLOITATION_PATHWAY;
    }
    return r < 0.6 ? ThresholdDecision.NO_FURTHER_ACTION : ThresholdDecision.EARLY_HELP;
  }

  static String reasons(ThresholdDecision decision) {
    return switch (decision) {
      case NO_FURTHER_ACTION ->
          "Shared with the school; no role for children's social care now. Advice given to the referrer on what to look out for and to refer again if anything changes.";
      case EARLY_HELP ->
          "Family agree to early help. School will be lead professional. Review in six weeks.";
      case EXPLOITATION_PATHWAY ->
          "Earlier concerns from several agencies show a pattern. Risk screening to be completed this week; coordinator informed; consider the district panel.";
      case STRATEGY_DISCUSSION ->
          "Reasonable cause to suspect significant harm. Strategy discussion with police and health arranged for tomorrow morning.";
    };
  }

  static final List<String> STAFF_FIRST_NAMES =
      List.of(
          "Sarah", "Claire", "David", "Paul", "Helen", "Mark", "Emma", "James", "Lisa", "Andrew",
          "Rachel", "Stephen", "Karen", "Richard", "Julie", "Michael", "Nicola", "Gary", "Joanne",
          "Simon");

  /** Common nicknames children go by, for "known as". */
  static final Map<String, String> KNOWN_AS =
      Map.ofEntries(
          Map.entry("Alfred", "Alfie"),
          Map.entry("Oliver", "Ollie"),
          Map.entry("Thomas", "Tom"),
          Map.entry("Joshua", "Josh"),
          Map.entry("Samuel", "Sam"),
          Map.entry("Daniel", "Danny"),
          Map.entry("William", "Will"),
          Map.entry("Charles", "Charlie"),
          Map.entry("Robert", "Bobby"),
          Map.entry("Jessica", "Jess"),
          Map.entry("Rebecca", "Becky"),
          Map.entry("Isabella", "Izzy"),
          Map.entry("Amelia", "Millie"),
          Map.entry("Olivia", "Liv"),
          Map.entry("Katherine", "Katie"),
          Map.entry("Elizabeth", "Beth"),
          Map.entry("Charlotte", "Lottie"),
          Map.entry("Alexander", "Alex"),
          Map.entry("Matthew", "Matt"),
          Map.entry("Benjamin", "Ben"));
}
