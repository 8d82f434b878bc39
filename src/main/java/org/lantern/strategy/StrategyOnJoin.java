package org.lantern.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Strategy discussions, conferences and child protection plans belong to the record they were held
 * about, with their clocks and attendees: a join does not carry them over, so a new record that has
 * one is not joined (the front door is told why).
 */
@Component
class StrategyOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  StrategyOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    List<Held> held = new ArrayList<>();
    int meetings = count("select count(*) from strategy_meeting_child where child_id = ?", from);
    if (meetings > 0) {
      held.add(new Held("join.held.strategyMeetings", meetings));
    }
    int conferences =
        count("select count(*) from child_protection_conference where child_id = ?", from);
    if (conferences > 0) {
      held.add(new Held("join.held.conferences", conferences));
    }
    int plans = count("select count(*) from child_protection_plan where child_id = ?", from);
    if (plans > 0) {
      held.add(new Held("join.held.plans", plans));
    }
    return held;
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    // nothing: a record with a meeting, conference or plan is never joined (see cannotMove)
  }

  private int count(String sql, UUID child) {
    Integer n = jdbc.queryForObject(sql, Integer.class, child);
    return n == null ? 0 : n;
  }
}
