package org.lantern.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.lantern.platform.LanternTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, lists for each partnership what has reached the end of its retention. With several
 * copies of Lantern running, the first to insert the day's row in {@code retention_job_run} runs
 * it; the others find the row and stop (and the listing is idempotent besides). Nothing is deleted
 * here: the officer reviews and confirms.
 */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final RetentionReviews reviews;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  RetentionJob(
      RetentionReviews reviews, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      cron = "${lantern.governance.retention-review-cron:0 30 2 * * *}",
      zone = "Europe/London")
  void daily() {
    run(LocalDate.now(clock.withZone(LanternTime.ZONE)));
  }

  /** Runs the day's listing unless another copy has; true when this call ran it. */
  public boolean run(LocalDate day) {
    try {
      transaction.executeWithoutResult(
          tx ->
              jdbc.sql("insert into retention_job_run (run_on, started_at) values (?, ?)")
                  .params(day, Timestamp.from(clock.instant()))
                  .update());
    } catch (DuplicateKeyException another) {
      return false;
    }
    int listed = 0;
    for (UUID partnership :
        jdbc.sql("select id from partnership order by id").query(UUID.class).list()) {
      listed += reviews.listDue(partnership, day);
    }
    log.info("Retention: {} records reached their date by {}", listed, day);
    return true;
  }
}
