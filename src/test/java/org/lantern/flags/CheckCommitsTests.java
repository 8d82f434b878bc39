package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Group commit of the checks' writes, against a transaction manager that keeps what a transaction
 * wrote only when it commits: concurrent checks share a transaction; nobody returns before the
 * transaction holding their writes committed; a failing check fails alone; a failed commit fails
 * everyone in it, so no answer goes out without its audit row. With several writers, checks of
 * other children commit while one group waits, and a check of a child is written only once the
 * earlier check of that child has committed.
 */
class CheckCommitsTests {

  /** Writes go to the open transaction's list, and to {@link #committed} when it commits. */
  static final class Store extends AbstractPlatformTransactionManager {
    final List<String> committed = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean failNextCommit = new AtomicBoolean();
    volatile CountDownLatch holdCommit = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);
    final ThreadLocal<List<String>> open = new ThreadLocal<>();

    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    void write(String row) {
      events.add("write " + row);
      open.get().add(row);
    }

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
      open.set(new ArrayList<>());
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      entered.countDown();
      try {
        holdCommit.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<String> rows = open.get();
      open.remove();
      if (failNextCommit.getAndSet(false)) {
        throw new TransactionSystemException("the disk is full");
      }
      sizes.add(rows.size());
      committed.addAll(rows);
      rows.forEach(r -> events.add("commit " + r));
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      open.remove();
    }
  }

  final Store store = new Store();
  final CheckCommits commits = new CheckCommits(store, 1);
  final ExecutorService callers = Executors.newFixedThreadPool(20);

  @AfterEach
  void stop() throws Exception {
    callers.shutdownNow();
    commits.destroy();
  }

  @Test
  void concurrentChecksShareOneCommitAndNoneReturnsBeforeItsRowIsCommitted() throws Exception {
    store.holdCommit = new CountDownLatch(1);
    Future<?> first = callers.submit(() -> commits.commit(() -> store.write("audit 0")));
    assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<?>> others = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      String row = "audit " + i;
      others.add(callers.submit(() -> commits.commit(() -> store.write(row))));
    }
    while (commits.waiting() < 10) {
      Thread.onSpinWait();
    }
    assertThat(first.isDone()).as("waits while its commit is on its way to disk").isFalse();
    assertThat(others).noneMatch(Future::isDone);

    store.holdCommit.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (Future<?> f : others) {
      f.get(10, TimeUnit.SECONDS);
    }

    assertThat(store.committed).hasSize(11);
    assertThat(store.sizes)
        .as("the ten that queued meanwhile went in one transaction")
        .containsExactly(1, 10);
  }

  @Test
  void aCheckWhoseWritesFailFailsAloneAndTheOthersCommit() throws Exception {
    store.holdCommit = new CountDownLatch(1);
    Future<?> blocker = callers.submit(() -> commits.commit(() -> store.write("first")));
    assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
    Future<?> good = callers.submit(() -> commits.commit(() -> store.write("good")));
    Future<?> bad =
        callers.submit(
            () ->
                commits.commit(
                    () -> {
                      store.write("half");
                      throw new IllegalStateException("a constraint broken");
                    }));
    Future<?> alsoGood = callers.submit(() -> commits.commit(() -> store.write("also good")));
    while (commits.waiting() < 3) {
      Thread.onSpinWait();
    }
    store.holdCommit.countDown();

    blocker.get(10, TimeUnit.SECONDS);
    good.get(10, TimeUnit.SECONDS);
    alsoGood.get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a constraint broken");
    assertThat(store.committed).containsExactlyInAnyOrder("first", "good", "also good");
  }

  @Test
  void aFailedCommitFailsTheCheckSoNoAnswerGoesOutWithoutItsAuditRow() {
    store.failNextCommit.set(true);

    assertThatThrownBy(() -> commits.commit(() -> store.write("audit")))
        .isInstanceOf(TransactionSystemException.class);
    assertThat(store.committed).isEmpty();
  }

  @Test
  void severalWritersWriteOtherChildrenMeanwhileButOneChildsChecksOneAfterAnother()
      throws Exception {
    CheckCommits several = new CheckCommits(store, 3);
    try {
      UUID a = UUID.randomUUID();
      UUID b = UUID.randomUUID();
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch writing = new CountDownLatch(1);
      Future<?> first =
          callers.submit(
              () ->
                  several.commit(
                      List.of(a),
                      () -> {
                        store.write("a 1");
                        writing.countDown();
                        try {
                          release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
      Future<?> second = callers.submit(() -> several.commit(List.of(a), () -> store.write("a 2")));
      while (several.taken() < 2) {
        Thread.onSpinWait();
      }
      Future<?> other = callers.submit(() -> several.commit(List.of(b), () -> store.write("b 1")));

      other.get(10, TimeUnit.SECONDS);
      assertThat(store.committed)
          .as("another child's check, while a's first is open")
          .contains("b 1");
      assertThat(first.isDone()).isFalse();
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);

      assertThat(store.events.indexOf("write a 2"))
          .as("a's second check is written after a's first committed")
          .isGreaterThan(store.events.indexOf("commit a 1"));
    } finally {
      several.destroy();
    }
  }
}
