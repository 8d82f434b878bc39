package org.lantern.reporting;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts a report's parts (each section for each period) at the same time: on a small pool of
 * threads shared by every report ({@link #THREADS}, fewer than the database pool's connections),
 * each part a thread takes in a read-only transaction of its own, and the report's own thread
 * counting, in the report's transaction, every part no thread has begun. See docs/reports.md ("The
 * parts of a report are counted at the same time").
 *
 * <p>It cannot exhaust the connections or deadlock: the report's thread waits only for parts a
 * thread has already begun, and at most {@link #THREADS} parts are begun at any moment, so at most
 * that many reports wait while holding a connection; every other report counts its own parts on the
 * connection it holds and lets it go. A thread waits for a connection at most the pool's timeout; a
 * part that failed on a thread (that, or anything else) is counted again by the report's thread, so
 * a busy pool makes a report sequential, never wrong or stuck.
 */
@Component
class ReportCounting implements DisposableBean {

  /** The threads shared by every report. */
  static final int THREADS = 2;

  private final TransactionTemplate readOnly;
  private final @Nullable ThreadPoolExecutor executor;

  ReportCounting(PlatformTransactionManager transactions, DataSource dataSource) {
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // no threads (every part counted by the report's own) unless the pool has a connection to
    // spare beyond what the threads could take
    int threads = Math.max(0, Math.min(THREADS, poolSize(dataSource) - THREADS));
    AtomicInteger n = new AtomicInteger();
    this.executor =
        threads == 0
            ? null
            : new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(64),
                r -> {
                  Thread t = new Thread(r, "report-counting-" + n.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  private static int poolSize(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class)
          ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()
          : 0;
    } catch (SQLException e) {
      return 0;
    }
  }

  /** The threads counting parts (0: the report's thread counts every part). */
  int threads() {
    return executor == null ? 0 : executor.getMaximumPoolSize();
  }

  /**
   * Each part's result, in order. Parts are offered to the threads longest first: the report's
   * thread takes them from the end of the list, the threads from the start. A part must only read.
   */
  <T> List<T> all(List<Supplier<T>> parts) {
    List<Part<T>> offered = new ArrayList<>();
    for (Supplier<T> work : parts) {
      Part<T> part = new Part<>(work);
      offered.add(part);
      if (executor != null && offered.size() < parts.size()) {
        try {
          executor.execute(part);
        } catch (RejectedExecutionException full) {
          // the report's thread counts it
        }
      }
    }
    List<T> results = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      results.add(null);
    }
    // the report's thread counts, in the report's transaction, every part no thread has begun
    try {
      for (int i = offered.size() - 1; i >= 0; i--) {
        Part<T> part = offered.get(i);
        if (part.claim()) {
          results.set(i, part.work.get());
        }
      }
    } catch (RuntimeException | Error e) {
      // the report fails: no thread need begin what is left of it
      offered.forEach(Part::claim);
      throw e;
    }
    // then waits for those a thread began; one that failed there is counted here again
    for (int i = 0; i < offered.size(); i++) {
      Part<T> part = offered.get(i);
      if (!part.ownedByCaller) {
        results.set(i, part.result());
      }
    }
    return results;
  }

  @Override
  public void destroy() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private final class Part<T> implements Runnable {
    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> done = new CompletableFuture<>();
    private boolean ownedByCaller;

    Part(Supplier<T> work) {
      this.work = work;
    }

    /** For the report's thread: true if no thread had begun it (and none now will). */
    boolean claim() {
      if (claimed.compareAndSet(false, true)) {
        ownedByCaller = true;
      }
      return ownedByCaller;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        done.complete(readOnly.execute(x -> work.get()));
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }

    T result() {
      try {
        return done.get();
      } catch (ExecutionException failed) {
        return work.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while a report was counted", e);
      }
    }
  }
}
