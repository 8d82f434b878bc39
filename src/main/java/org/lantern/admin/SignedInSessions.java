package org.lantern.admin;

import java.util.List;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions at once (they are kept in the database by Spring Session JDBC, indexed
 * by the principal's name): their next request finds no session and goes to sign in, so what they
 * may do is read afresh.
 */
@Component
class SignedInSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /**
   * Ends every session under these principal names now, and again once the caller's transaction
   * commits: Spring Session deletes in a transaction of its own, so a sign-in in between (reading
   * the account before the change is committed) would otherwise keep a session with the old role.
   * How many ended now.
   */
  int end(List<String> principalNames) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              endNow(principalNames);
            }
          });
    }
    return endNow(principalNames);
  }

  private int endNow(List<String> principalNames) {
    int ended = 0;
    for (String name : principalNames) {
      for (String id : sessions.findByPrincipalName(name).keySet()) {
        sessions.deleteById(id);
        ended++;
      }
    }
    return ended;
  }
}
