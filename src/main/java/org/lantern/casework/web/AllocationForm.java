package org.lantern.casework.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A team manager's choice of worker for a child on the team's queue. */
public class AllocationForm {

  private @Nullable String worker;
  private long version;

  /** The worker chosen, or null when none was (or the value is not an id). */
  @Nullable UUID workerId() {
    if (worker == null || worker.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(worker.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** An id that no worker can have: said to be outside the team rather than not chosen. */
  boolean sentSomething() {
    return worker != null && !worker.isBlank();
  }

  public @Nullable String getWorker() {
    return worker;
  }

  public void setWorker(@Nullable String worker) {
    this.worker = worker;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
