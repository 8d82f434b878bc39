package org.lantern.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A panel's record of a child — a referral to panel, an agenda item, a presentation with its
 * actions, minutes, an escalation, a list row confirmed as the child — belongs to what the panel
 * saw, and a join does not carry it over: a new record with any of it is not joined (the front door
 * is told why). A list row that only proposes the new record as a candidate moves to the child.
 */
@Component
class PanelOnJoin implements ChildJoinParticipant {

  private static final List<String[]> HELD =
      List.of(
          new String[] {"panel_referral", "join.held.panelReferrals"},
          new String[] {"panel_agenda_item", "join.held.panelAgendaItems"},
          new String[] {"panel_presentation", "join.held.panelPresentations"},
          new String[] {"panel_action", "join.held.panelActions"},
          new String[] {"panel_minutes_amendment", "join.held.panelMinutes"},
          new String[] {"panel_escalation", "join.held.panelEscalations"},
          new String[] {"panel_list_row", "join.held.listRows"});

  private final JdbcTemplate jdbc;

  PanelOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    List<Held> held = new ArrayList<>();
    for (String[] table : HELD) {
      Integer n =
          jdbc.queryForObject(
              "select count(*) from " + table[0] + " where child_id = ?", Integer.class, from);
      if (n != null && n > 0) {
        held.add(new Held(table[1], n));
      }
    }
    return held;
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update(
        "delete from panel_list_candidate where child_id = ? and row_id in (select row_id from"
            + " panel_list_candidate where child_id = ?)",
        from,
        into);
    jdbc.update("update panel_list_candidate set child_id = ? where child_id = ?", into, from);
  }
}
