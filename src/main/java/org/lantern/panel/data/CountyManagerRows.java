package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partnership's county managers, who review escalated children. */
@Repository
public class CountyManagerRows {

  private final JdbcTemplate jdbc;

  CountyManagerRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<UUID> of(UUID partnershipId) {
    return jdbc.queryForList(
        "select user_id from panel_county_manager where partnership_id = ?",
        UUID.class,
        partnershipId);
  }

  public boolean is(UUID partnershipId, UUID userId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from panel_county_manager where partnership_id = ? and user_id = ?",
            Integer.class,
            partnershipId,
            userId);
    return n != null && n > 0;
  }

  public void replace(UUID partnershipId, Collection<UUID> userIds) {
    jdbc.update("delete from panel_county_manager where partnership_id = ?", partnershipId);
    for (UUID u : userIds) {
      jdbc.update(
          "insert into panel_county_manager (partnership_id, user_id) values (?, ?)",
          partnershipId,
          u);
    }
  }
}
