package org.lantern.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.lantern.access.BreakGlass;
import org.lantern.access.Directory;
import org.lantern.access.Relationships;
import org.lantern.notify.Inbox;
import org.lantern.notify.NotificationKind;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernImport;
import org.lantern.referral.HistoricConcern;
import org.lantern.referral.RiskIndicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo county the first time Lantern starts on an empty embedded database, in one
 * transaction: it is all there or none of it is. A second start finds it and leaves it alone. It
 * runs before the web server opens, so nobody meets a sign-in page whose accounts do not exist yet.
 *
 * <p>Only on the embedded H2 database: on any other it warns and makes nothing, and with the
 * production profile Lantern does not start at all (see {@link DemoPlace}).
 */
@Component
@ConditionalOnBooleanProperty("lantern.demo.enabled")
class DemoCounty implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

  private final DemoSettings settings;
  private final Directory directory;
  private final Children children;
  private final ConcernImport concerns;
  private final Relationships relationships;
  private final Inbox inbox;
  private final BreakGlass breakGlass;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;
  private final Clock clock;
  private final List<DemoChapter> chapters;
  private volatile boolean present;

  DemoCounty(
      DemoSettings settings,
      Directory directory,
      Children children,
      ConcernImport concerns,
      Relationships relationships,
      Inbox inbox,
      BreakGlass breakGlass,
      PlatformTransactionManager transactions,
      DataSource dataSource,
      Environment environment,
      Clock clock,
      List<DemoChapter> chapters) {
    DemoPlace.refuseInProduction(environment);
    this.settings = settings;
    this.directory = directory;
    this.children = children;
    this.concerns = concerns;
    this.relationships = relationships;
    this.inbox = inbox;
    this.breakGlass = breakGlass;
    this.transaction = new TransactionTemplate(transactions);
    this.dataSource = dataSource;
    this.clock = clock;
    this.chapters = chapters.stream().sorted(Comparator.comparingInt(DemoChapter::order)).toList();
  }

  @Override
  public void afterSingletonsInstantiated() {
    String url = DemoPlace.url(dataSource);
    if (!DemoPlace.embedded(url)) {
      log.warn(
          "lantern.demo.enabled is true but the database is not Lantern's embedded H2 database ({})."
              + " No demo county is made: its accounts have published passwords. For a real"
              + " deployment use the production profile; to silence this, set"
              + " lantern.demo.enabled=false.",
          DemoPlace.forLog(url));
      return;
    }
    present = true;
    if (directory.hasAnyPartnership()) {
      log.info("Demo county already present; using it as it is");
      return;
    }
    long started = System.nanoTime();
    int[] counts = transaction.execute(tx -> generate());
    log.info(
        "Demo county generated: {} children, {} concerns, in {} ms",
        counts[0],
        counts[1],
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether the demo county is there to sign in to (made now or found from before). */
  boolean present() {
    return present;
  }

  private int[] generate() {
    Random random = new Random(settings.seed());
    DemoOrganisation org = DemoOrganisation.create(directory, settings.password());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<ChildSummary> kids = new DemoChildren(random).make(settings.children(), org, today);
    children.importAll(org.importer, kids);
    DemoHistories histories = new DemoHistories(random, org, clock.instant());
    histories.make(kids);
    concerns.importAll(org.importer, histories.concerns);
    relationships.linkAll(histories.links);
    for (HistoricConcern c : histories.queue) {
      if (c.indicators().stream().anyMatch(RiskIndicator::namesExploitation)) {
        inbox.raise(
            org.user("coordinator"), NotificationKind.EXPLOITATION_COPY, c.id(), c.submittedAt());
      }
      if (c.channel() == Channel.VERBAL && c.referrerUserId() != null) {
        inbox.raise(
            c.referrerUserId(), NotificationKind.CONFIRM_PHONE_REFERRAL, c.id(), c.submittedAt());
      }
    }
    histories.teacherRecentlyDecided.forEach(
        c ->
            inbox.raise(
                org.user("teacher"), NotificationKind.REFERRAL_DECIDED, c.id(), c.decidedAt()));
    breakGlass.grant(
        org.asUser(directory, "health"),
        kids.get(11).ref(),
        "Child brought into Tamsford General A&E by an adult who left before giving details;"
            + " need to know who to call.");
    breakGlass.grant(
        org.asUser(directory, "police"),
        kids.get(23).ref(),
        "Found at an address linked to an adult of concern during a welfare check tonight.");
    DemoChapter.Facts facts =
        new DemoChapter.Facts(org, kids, random, clock.instant(), today, histories.concerns);
    for (DemoChapter chapter : chapters) {
      chapter.write(facts);
    }
    return new int[] {kids.size(), histories.concerns.size()};
  }
}
