package org.lantern.platform;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Before a plain SQL statement reads what JPA may hold unwritten: in a transaction that writes (a
 * larger piece of work, the demo county), what it has persisted and not yet flushed is flushed, so
 * that the statement sees it as a repository query would; a read-only transaction (a flag check's)
 * has nothing to flush and pays nothing. The one rule for every such read.
 */
@Component
public class PendingWrites {

  private final EntityManager entities;

  PendingWrites(EntityManager entities) {
    this.entities = entities;
  }

  /** Flushes JPA's pending writes when the current transaction may write. */
  public void flushBeforePlainRead() {
    if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      entities.flush();
    }
  }
}
