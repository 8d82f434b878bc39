package org.lantern.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.lists.ListCrossReference;
import org.lantern.lists.ListKind;
import org.lantern.panel.AgendaEntry;
import org.lantern.panel.MeetingStatus;
import org.lantern.panel.MeetingSummary;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.Sex;
import org.lantern.reporting.ReportCards;
import org.lantern.reporting.ReportText;
import org.springframework.stereotype.Component;

/**
 * Lists and report cards in the demo county, after the panels exist: the missing coordinator's list
 * for Tamsford uploaded two days ago, with a row under a nickname, one with a typing slip in the
 * family name, one with only a month and year of birth, one with no date of birth that only shares
 * a first name and postcode area with children (proposed, and rejected), and one child Lantern does
 * not know. The coordinator has confirmed the nickname (the child is on the next Tamsford agenda as
 * matched on the list) and rejected the brother or sister; the others wait. Each district's latest
 * round has the coordinator's text: hotspots as kinds of place, themes, trends, good practice and
 * issues for strategic oversight.
 */
@Component
class ListsAndReportsDemoChapter implements DemoChapter {

  static final String LIST_DISTRICT = "Tamsford";

  /** Formal names and a nickname the person index knows for each (names/nicknames*.csv). */
  private static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("thomas", "Tommy"),
          Map.entry("william", "Will"),
          Map.entry("samuel", "Sam"),
          Map.entry("daniel", "Danny"),
          Map.entry("joseph", "Joe"),
          Map.entry("alexander", "Alex"),
          Map.entry("matthew", "Matt"),
          Map.entry("benjamin", "Ben"),
          Map.entry("jessica", "Jess"),
          Map.entry("rebecca", "Becky"),
          Map.entry("charlotte", "Lottie"),
          Map.entry("olivia", "Liv"),
          Map.entry("isabella", "Bella"),
          Map.entry("amelia", "Millie"),
          Map.entry("sophia", "Sophie"),
          Map.entry("elizabeth", "Beth"),
          Map.entry("katherine", "Kate"));

  /** Which panel area gets which of the texts below. */
  private static final List<String> TEXT_FOR =
      List.of(
          PanelDemoChapter.areaOf("Greywater"),
          PanelDemoChapter.areaOf("Wrenbridge"),
          PanelDemoChapter.areaOf("Tamsford"),
          PanelDemoChapter.areaOf("Hollin Moor"));

  private static final List<String> LOCALITY =
      List.of(
          """
          Hotspots: the bus station and the takeaways around it straight after school, and the \
          retail park on the edge of town in the evenings.
          Themes: older males offering lifts, cannabis and vapes; children from two secondary \
          schools now in one group.
          Trends: fewer overnight missing episodes than at the last round, more short absences \
          after school.""",
          """
          Hotspots: a park beside one of the estates, and short-let flats used for parties at \
          weekends.
          Themes: drug lines run from a neighbouring city, with younger children carrying for \
          older ones; recruitment through social media and gaming chats.
          Trends: more boys of 13 and 14 referred than a year ago.""",
          """
          Hotspots: the railway station and the fast-food restaurants next to it; a hand car wash \
          mentioned by two schools.
          Themes: sexual exploitation linked to house parties, with alcohol and phones given as \
          gifts; girls introduced to adults by slightly older friends.
          Trends: referrals from health rising since the school nurses' training.""",
          """
          Hotspots: a country park car park and village bus shelters on the routes into town.
          Themes: children in rural villages with no late bus accepting lifts; older teenagers \
          recruiting through the same sports club.
          Trends: steady numbers; missing-from-education referrals up since the start of term.""");

  private static final List<String> GOOD_PRACTICE =
      List.of(
          """
          Return interviews held within 72 hours for every missing episode of a child on the \
          panel; what children said was shared with schools the same week.""",
          """
          A joint visit by the police and the council to an address of concern, followed by a \
          disruption notice; children stopped going there.""",
          """
          The college's safeguarding lead attended every panel this round and brought attendance \
          figures to each discussion.""",
          """
          Health and the charity ran a drop-in for young people at the sexual health clinic, \
          with a worker the children already knew.""");

  private static final List<String> STRATEGIC =
      List.of(
          """
          No specialist mental health worker for exploitation in the district since the post \
          fell vacant; children wait months for trauma support.""",
          """
          Children placed here by other authorities arrive without the placing authority's risk \
          assessment; the partnership should ask placing authorities for it before the move.""",
          """
          Police intelligence reaches the panel after the meeting, not before; the partnership \
          should agree a deadline for submissions.""",
          """
          No safe late bus from the town centre to the villages, which adults exploit by \
          offering lifts; a matter for the transport authority.""");

  private final Directory directory;
  private final Children children;
  private final Meetings meetings;
  private final MeetingViews views;
  private final ListCrossReference lists;
  private final ReportCards cards;

  ListsAndReportsDemoChapter(
      Directory directory,
      Children children,
      Meetings meetings,
      MeetingViews views,
      ListCrossReference lists,
      ReportCards cards) {
    this.directory = directory;
    this.children = children;
    this.meetings = meetings;
    this.views = views;
    this.lists = lists;
    this.cards = cards;
  }

  /** After the panels (600): the list goes to the next agenda, the text to the past rounds. */
  @Override
  public int order() {
    return 700;
  }

  @Override
  public void write(Facts county) {
    CurrentUser coordinator = county.organisation().asUser(directory, "coordinator");
    missingList(county, coordinator);
    reportText(coordinator);
  }

  private void missingList(Facts county, CurrentUser coordinator) {
    UUID district = county.organisation().districts.get(LIST_DISTRICT);
    MeetingSummary next =
        views.all(coordinator).stream()
            .filter(
                m ->
                    m.panelName().equals(PanelDemoChapter.areaOf(LIST_DISTRICT))
                        && m.status() == MeetingStatus.PLANNED)
            .findFirst()
            .orElse(null);
    Set<UUID> onAgenda = new HashSet<>();
    if (next != null) {
      views.agenda(coordinator, next.id()).entries().stream()
          .map(AgendaEntry::childId)
          .forEach(onAgenda::add);
    }
    List<ChildSummary> pool = new ArrayList<>();
    for (ChildSummary c : county.children()) {
      if (district.equals(c.districtId())
          && c.dateOfBirth() != null
          && !onAgenda.contains(c.id())) {
        pool.add(c);
      }
    }
    Random random = county.random();
    Collections.shuffle(pool, random);
    ChildSummary nicknamed =
        pool.stream()
            .filter(c -> NICKNAMES.containsKey(c.givenName().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElse(null);
    List<ChildSummary> others =
        pool.stream().filter(c -> c != nicknamed && c.familyName().length() >= 6).limit(3).toList();
    if (nicknamed == null || others.size() < 3) {
      return;
    }
    ChildSummary typo = others.get(0);
    ChildSummary partial = others.get(1);
    ChildSummary sibling = others.get(2);
    StringBuilder csv = new StringBuilder("Forename,Surname,DOB,Gender,Postcode,Ref\n");
    row(
        csv,
        NICKNAMES.get(nicknamed.givenName().toLowerCase(Locale.ROOT)),
        nicknamed.familyName(),
        nicknamed.dateOfBirth().toString(),
        nicknamed,
        nicknamed.postcode(),
        "MFH-1041");
    row(
        csv,
        typo.givenName(),
        slip(typo.familyName()),
        typo.dateOfBirth().getDayOfMonth()
            + "/"
            + typo.dateOfBirth().getMonthValue()
            + "/"
            + typo.dateOfBirth().getYear(),
        typo,
        null,
        "MFH-1044");
    row(
        csv,
        partial.givenName(),
        partial.familyName(),
        String.format(
            Locale.ROOT,
            "%02d/%d",
            partial.dateOfBirth().getMonthValue(),
            partial.dateOfBirth().getYear()),
        partial,
        null,
        "MFH-1047");
    row(
        csv,
        sibling.sex() == Sex.MALE ? "Kai" : "Keira", // a sibling at the same address, no date
        sibling.familyName(),
        "",
        sibling,
        sibling.postcode(),
        "MFH-1052");
    csv.append("Kestrel,Ambervale,2011-08-14,M,,MFH-1055\n");

    // The search index is filled from the database once the county commits; the list is matched
    // before that, so the county's children go in now.
    children.indexNow(county.children());
    ListCrossReference.UploadResult upload =
        lists.upload(
            coordinator,
            ListKind.MISSING_FROM_HOME,
            county.today().minusDays(2),
            csv.toString().getBytes(StandardCharsets.UTF_8));
    if (upload.listId() == null) {
      return;
    }
    ListCrossReference.ListView list =
        lists.list(coordinator, upload.listId(), ListCrossReference.Query.first());
    for (ListCrossReference.RowView r : list.rows()) {
      if (r.status() != ListCrossReference.Status.PROPOSED) {
        continue;
      }
      if (r.line() == 2
          && r.candidates().stream().anyMatch(c -> c.child().id().equals(nicknamed.id()))) {
        lists.decide(coordinator, upload.listId(), r.id(), r.version(), nicknamed.id());
      } else if (r.line() == 5) {
        lists.decide(coordinator, upload.listId(), r.id(), r.version(), null);
      }
    }
    if (next != null) {
      meetings.build(coordinator, next.id());
    }
  }

  private static void row(
      StringBuilder csv,
      String given,
      String family,
      String born,
      ChildSummary child,
      @Nullable String postcode,
      String ref) {
    csv.append(given)
        .append(',')
        .append(family)
        .append(',')
        .append(born)
        .append(',')
        .append(
            switch (child.sex()) {
              case FEMALE -> "F";
              case MALE -> "M";
              default -> "";
            })
        .append(',')
        .append(postcode == null ? "" : postcode)
        .append(',')
        .append(ref)
        .append('\n');
  }

  /** A typing slip: two letters in the middle of the name swapped. */
  static String slip(String name) {
    int i = name.length() / 2;
    for (int j = i; j < name.length() - 1; j++) {
      if (name.charAt(j) != name.charAt(j + 1)) {
        return name.substring(0, j) + name.charAt(j + 1) + name.charAt(j) + name.substring(j + 2);
      }
    }
    return name.substring(0, name.length() - 1);
  }

  private void reportText(CurrentUser coordinator) {
    Map<UUID, ReportCards.RoundLink> latest = new LinkedHashMap<>();
    for (ReportCards.RoundLink r : cards.rounds(coordinator)) {
      latest.putIfAbsent(r.panelId(), r); // newest first
    }
    for (ReportCards.RoundLink r : latest.values()) {
      // the texts are in the order of TEXT_FOR: a town centre, estates, a railway town, villages
      int i = Math.max(0, TEXT_FOR.indexOf(r.panelName()));
      cards.write(
          coordinator,
          r.meetingId(),
          new ReportText(LOCALITY.get(i), GOOD_PRACTICE.get(i), STRATEGIC.get(i), -1));
    }
  }
}
