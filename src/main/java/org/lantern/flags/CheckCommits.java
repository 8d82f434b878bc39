package org.lantern.flags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the checks' writes (the audit row, the check row, the notice): one writer thread
 * takes every check waiting and writes them all in one transaction, so that concurrent checks share
 * one durable commit instead of paying one each. A caller of {@link #commit} waits until the
 * transaction holding its writes has committed (durably: {@code platform.durability}) and only then
 * returns; if that transaction fails, so does the caller, and no answer is sent. An answer
 * therefore never exists without its audit row.
 *
 * <p>There is no waiting to fill a batch: the writer takes what has queued while the last commit
 * was on its way to disk, so one check alone is written at once and a crowd shares the wait. One
 * check's writes failing rolls back the batch it was in; each of that batch's checks is then
 * written alone in its own transaction, so the others still commit and only the failing one fails.
 * A caller already in a transaction (a test, a larger piece of work) writes inline, in it.
 *
 * <p>There are {@value #WRITERS} writers, each taking what is waiting when it is free, so that one
 * group's statements and its wait for the disk do not hold up the next group. Two checks of the
 * same child are never written by two writers at once: a check names its children, and a writer
 * holds a lock for each child of its group (striped by the child's id, taken in one order, so no
 * two writers wait on each other) from before its first write until its commit. What a check writes
 * for a child (the notice, grouped per setting within the hour) therefore sees every earlier check
 * of that child committed, as with one writer.
 */
@Component
class CheckCommits implements DisposableBean {

  /** The most checks written in one transaction. */
  static final int MOST_IN_ONE = 500;

  /** How many writers write groups at once. */
  static final int WRITERS = 4;

  /** How many locks the children are striped over. */
  static final int STRIPES = 1 << 12;

  private record Pending(
      Collection<UUID> children, Runnable writes, CompletableFuture<Void> done) {}

  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final TransactionTemplate transaction;
  private final List<Thread> writers = new ArrayList<>();
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private volatile boolean stopping;
  private final AtomicLong transactions = new AtomicLong();
  private final AtomicLong checks = new AtomicLong();
  private final AtomicLong taken = new AtomicLong();

  @Autowired
  CheckCommits(PlatformTransactionManager transactions) {
    this(transactions, WRITERS);
  }

  CheckCommits(PlatformTransactionManager transactions, int writers) {
    this.transaction = new TransactionTemplate(transactions);
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
    for (int i = 0; i < writers; i++) {
      this.writers.add(
          Thread.ofPlatform().name("flag-check-commits-" + i).daemon().start(this::writeAll));
    }
  }

  /** As {@link #commit(Collection, Runnable)}, for writes about no child. */
  void commit(Runnable writes) {
    commit(List.of(), writes);
  }

  /**
   * Runs the writes (about these children) in a transaction shared with other checks waiting now;
   * returns once it has committed, or throws what failed them.
   */
  void commit(Collection<UUID> children, Runnable writes) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      writes.run();
      return;
    }
    if (stopping) {
      transaction.executeWithoutResult(tx -> writes.run());
      return;
    }
    Pending pending = new Pending(List.copyOf(children), writes, new CompletableFuture<>());
    queue.add(pending);
    try {
      pending.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the check's commit", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many checks are waiting for the writer now (for the benchmark and tests). */
  int waiting() {
    return queue.size();
  }

  /** How many checks the writers have taken from the queue so far (for tests). */
  long taken() {
    return taken.get();
  }

  /** How many transactions the writer has committed, and how many checks were in them. */
  long[] committed() {
    return new long[] {transactions.get(), checks.get()};
  }

  private void writeAll() {
    while (!stopping || !queue.isEmpty()) {
      List<Pending> batch = new ArrayList<>();
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        continue;
      }
      queue.drainTo(batch, MOST_IN_ONE - 1);
      taken.addAndGet(batch.size());
      List<ReentrantLock> held = lock(batch);
      try {
        write(batch);
      } finally {
        held.reversed().forEach(ReentrantLock::unlock);
      }
    }
  }

  /** Locks the stripes of every child of the group, in the stripes' order. */
  private List<ReentrantLock> lock(List<Pending> batch) {
    SortedSet<Integer> wanted = new TreeSet<>();
    for (Pending p : batch) {
      for (UUID child : p.children()) {
        wanted.add(Math.floorMod(child.hashCode(), STRIPES));
      }
    }
    List<ReentrantLock> held = new ArrayList<>(wanted.size());
    for (int stripe : wanted) {
      ReentrantLock lock = stripes[stripe];
      lock.lock();
      held.add(lock);
    }
    return held;
  }

  /** Set on a writer's thread while it writes a group: what a check writes may wait for the end. */
  private static final ThreadLocal<Boolean> GROUP = ThreadLocal.withInitial(() -> false);

  /**
   * Whether this thread is writing a group now, so that a check's writes may leave rows to be
   * written together just before the group's transaction commits ({@link CheckRows}).
   */
  static boolean writingGroup() {
    return GROUP.get();
  }

  private void write(List<Pending> batch) {
    GROUP.set(true);
    try {
      writeGroup(batch);
    } finally {
      GROUP.set(false);
    }
  }

  private void writeGroup(List<Pending> batch) {
    try {
      transaction.executeWithoutResult(tx -> batch.forEach(p -> p.writes().run()));
      transactions.incrementAndGet();
      checks.addAndGet(batch.size());
      batch.forEach(p -> p.done().complete(null));
      return;
    } catch (RuntimeException | Error e) {
      if (batch.size() == 1) {
        batch.getFirst().done().completeExceptionally(e);
        return;
      }
    }
    for (Pending p : batch) {
      try {
        transaction.executeWithoutResult(tx -> p.writes().run());
        p.done().complete(null);
      } catch (RuntimeException | Error e) {
        p.done().completeExceptionally(e);
      }
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    stopping = true;
    for (Thread writer : writers) {
      writer.join(10_000);
    }
    Pending left;
    while ((left = queue.poll()) != null) {
      left.done().completeExceptionally(new IllegalStateException("Lantern is stopping"));
    }
  }
}
