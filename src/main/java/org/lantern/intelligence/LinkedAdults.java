package org.lantern.intelligence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adults of concern linked to each of some children, by name only, for a summary another module
 * shows (the panel pack). It checks no access: the caller has asked the access policy (and audited)
 * for each child, and decides whether its reader sees the names or only how many there are.
 */
@Service
public class LinkedAdults {

  private final NamedParameterJdbcTemplate jdbc;

  LinkedAdults(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Each child's linked adults' names (each adult once, alphabetically); absent when none. */
  @Transactional(readOnly = true)
  public Map<UUID, List<String>> namesByChild(Collection<UUID> childIds) {
    Map<UUID, List<String>> names = new LinkedHashMap<>();
    if (childIds.isEmpty()) {
      return names;
    }
    jdbc.query(
        """
        select distinct l.child_id, a.id, a.given_name, a.family_name
        from adult_child_link l join adult_person a on a.id = l.adult_id
        where l.child_id in (:ids)
        order by a.family_name, a.given_name, a.id
        """,
        Map.of("ids", List.copyOf(childIds)),
        rs -> {
          names
              .computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
              .add(rs.getString("given_name") + " " + rs.getString("family_name"));
        });
    return names;
  }
}
