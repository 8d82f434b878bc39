package org.lantern.people.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lantern.people.data.ChildEntity;
import org.lantern.people.data.ChildRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this copy's index in step with the database: at start (a second start reuses the index on
 * disk and only catches up) and then every few seconds, for children changed by other copies. Each
 * pass re-reads half an hour before the last one, so a slow transaction or a clock slightly out is
 * not missed; indexing a child twice does no harm.
 */
@Component
class IndexSync {

  private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
  private static final Duration OVERLAP = Duration.ofMinutes(30);
  private static final int PAGE = 2000;

  private final ChildIndex index;
  private final ChildRecords records;
  private final TransactionTemplate readOnly;
  private volatile boolean ready;

  IndexSync(ChildIndex index, ChildRecords records, PlatformTransactionManager transactions) {
    this.index = index;
    this.records = records;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    long started = System.nanoTime();
    int count = catchUp();
    ready = true;
    log.info(
        "Search index ready: {} children ({} brought up to date) in {} ms",
        index.size(),
        count,
        (System.nanoTime() - started) / 1_000_000);
  }

  @Scheduled(fixedDelayString = "${lantern.search.sync-interval:15s}")
  void periodically() {
    if (ready) {
      catchUp();
    }
  }

  synchronized int catchUp() {
    Instant at = index.watermark().map(w -> w.minus(OVERLAP)).orElse(Instant.EPOCH);
    UUID after = new UUID(0, 0);
    Instant newest = null;
    int total = 0;
    while (true) {
      Instant fromAt = at;
      UUID fromId = after;
      List<ChildEntity> batch =
          readOnly.execute(tx -> records.changedAfter(fromAt, fromId, Limit.of(PAGE)));
      if (batch == null || batch.isEmpty()) {
        break;
      }
      // a record joined into another child's is taken out: nobody should find it any more
      index.index(
          batch.stream().filter(c -> c.mergedInto() == null).map(ChildEntity::summary).toList());
      index.remove(
          batch.stream().filter(c -> c.mergedInto() != null).map(ChildEntity::id).toList());
      total += batch.size();
      ChildEntity last = batch.getLast();
      at = last.updatedAt();
      after = last.id();
      newest = at;
      if (batch.size() < PAGE) {
        break;
      }
    }
    if (newest != null) {
      index.commit(newest);
    }
    return total;
  }
}
