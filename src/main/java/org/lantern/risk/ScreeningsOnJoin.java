package org.lantern.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A risk screening belongs to the record it was completed on, with its sign-off, review dates and
 * any referral to the commissioned service: a join does not carry it over, so a new record that has
 * one is not joined (the front door is told why). The child's level spans ({@link LevelSpans}) are
 * made from the screenings, so a record with spans is never joined either.
 */
@Component
class ScreeningsOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  ScreeningsOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    List<Held> held = new ArrayList<>();
    int screenings = count("select count(*) from screening where child_id = ?", from);
    if (screenings > 0) {
      held.add(new Held("join.held.screenings", screenings));
    }
    int referrals = count("select count(*) from service_referral where child_id = ?", from);
    if (referrals > 0) {
      held.add(new Held("join.held.serviceReferrals", referrals));
    }
    return held;
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    // nothing: a record with a screening is never joined (see cannotMove)
  }

  private int count(String sql, UUID child) {
    Integer n = jdbc.queryForObject(sql, Integer.class, child);
    return n == null ? 0 : n;
  }
}
