package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lantern.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report's parts counted at the same time ({@link ReportCounting}): on the shared threads and
 * the report's own at once, each thread's part in a read-only transaction of its own; and never
 * stuck when every connection of the pool (eight in the tests) is held by a report waiting for its
 * parts.
 */
@IntegrationTest
class ReportCountingIntegrationTests {

  @Autowired ReportCounting counting;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void thePartsAreCountedAtTheSameTimeOnTheThreadsAndTheReportsOwn() {
    assertThat(counting.threads()).isEqualTo(ReportCounting.THREADS);
    // each part waits until all three are running: only true if they run at the same time
    CyclicBarrier together = new CyclicBarrier(3);
    String caller = Thread.currentThread().getName();
    List<Supplier<String>> parts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int part = i;
      parts.add(
          () -> {
            try {
              together.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException("the parts did not run at the same time", e);
            }
            boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
            return part
                + " "
                + jdbc.queryForObject("select 1", Integer.class)
                + " "
                + (Thread.currentThread().getName().equals(caller) ? "caller" : "thread")
                + (readOnly ? " read-only" : "");
          });
    }

    List<String> results = transaction.execute(x -> counting.all(parts));

    // in order; the first two on the threads, read-only; the last in the report's transaction
    assertThat(results)
        .containsExactly("0 1 thread read-only", "1 1 thread read-only", "2 1 caller");
  }

  @Test
  void moreReportsThanThePoolHasConnectionsAllFinishWithoutWaitingForItsTimeout() throws Exception {
    int reports = 12; // the test pool has 8 connections
    ExecutorService callers = Executors.newFixedThreadPool(reports);
    try {
      CountDownLatch holding = new CountDownLatch(8);
      List<Future<List<Integer>>> done = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int r = 0; r < reports; r++) {
        int report = r;
        done.add(
            callers.submit(
                () ->
                    transaction.execute(
                        x -> {
                          // the report holds its connection, as PeriodReports.report does
                          jdbc.queryForObject("select 1", Integer.class);
                          holding.countDown();
                          try {
                            // the first eight hold every connection before any counts
                            holding.await(5, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          List<Supplier<Integer>> parts = new ArrayList<>();
                          for (int i = 0; i < 5; i++) {
                            int part = i;
                            parts.add(
                                () ->
                                    jdbc.queryForObject(
                                        "select ? from pg_sleep(0.05)",
                                        Integer.class,
                                        report * 10 + part));
                          }
                          return counting.all(parts);
                        })));
      }
      for (int r = 0; r < reports; r++) {
        assertThat(done.get(r).get(25, TimeUnit.SECONDS))
            .containsExactly(r * 10, r * 10 + 1, r * 10 + 2, r * 10 + 3, r * 10 + 4);
      }
      // well within the pool's 30 seconds' wait for a connection
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aPartThatFailsOnAThreadIsCountedAgainByTheReportsOwn() {
    AtomicInteger tries = new AtomicInteger();
    CountDownLatch begun = new CountDownLatch(1);
    String caller = Thread.currentThread().getName();
    List<Supplier<String>> parts =
        List.of(
            () -> {
              tries.incrementAndGet();
              if (!Thread.currentThread().getName().equals(caller)) {
                begun.countDown();
                throw new IllegalStateException("a connection could not be had");
              }
              return "counted again";
            },
            () -> {
              try {
                // the report's thread takes this one, while a thread takes the first
                begun.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "second";
            });

    List<String> results = transaction.execute(x -> counting.all(parts));

    assertThat(results).containsExactly("counted again", "second");
    assertThat(tries).hasValue(2);
  }

  @Test
  void aPartThatFailsOnTheReportsOwnThreadFailsTheReport() {
    List<Supplier<String>> parts =
        List.of(
            () -> "first",
            () -> {
              throw new IllegalArgumentException("wrong");
            });

    assertThatThrownBy(() -> transaction.execute(x -> counting.all(parts)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrong");
  }
}
