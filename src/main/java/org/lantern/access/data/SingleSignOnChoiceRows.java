package org.lantern.access.data;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partnership's choice of whether single sign-on makes accounts ({@code EXISTING} or {@code
 * CREATE}); none until its administrator has chosen.
 */
@Repository
public class SingleSignOnChoiceRows {

  private final JdbcClient jdbc;

  SingleSignOnChoiceRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The partnership's choice, if it has made one. */
  public Optional<String> accounts(UUID partnershipId) {
    return jdbc.sql("select accounts from single_sign_on_choice where partnership_id = :p")
        .param("p", partnershipId)
        .query(String.class)
        .optional();
  }

  /**
   * As {@link #accounts}, with the partnership's row locked until the transaction ends, so that two
   * administrators choosing at once are audited one after the other, each from what the other left.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<String> lockAccounts(UUID partnershipId) {
    jdbc.sql("select id from partnership where id = :p for update")
        .param("p", partnershipId)
        .query(UUID.class)
        .single();
    return accounts(partnershipId);
  }

  /** Saves the choice; the caller holds the lock ({@link #lockAccounts}). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void choose(UUID partnershipId, String accounts, Instant at) {
    int changed =
        jdbc.sql(
                "update single_sign_on_choice set accounts = :a, changed_at = :at"
                    + " where partnership_id = :p")
            .param("a", accounts)
            .param("at", Timestamp.from(at))
            .param("p", partnershipId)
            .update();
    if (changed == 0) {
      jdbc.sql(
              "insert into single_sign_on_choice (partnership_id, accounts, changed_at)"
                  + " values (:p, :a, :at)")
          .param("p", partnershipId)
          .param("a", accounts)
          .param("at", Timestamp.from(at))
          .update();
    }
  }
}
