package org.lantern.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of one page of a casework list, searched, sorted and cut in SQL (LIMIT and OFFSET): only
 * the cases shown are read. The search matches the child's name, the concern's reference or the
 * council's reference; the level and the next review come from the child's latest screening, the
 * open actions are the child's panel actions still open. The last contact is not a column to sort
 * by: it is the newest entry of the child's chronology that the person looking may see, gathered
 * from every module through the access policy, so no one query can order by it.
 */
@Component
class CaseListing {

  /** The latest submitted screening's {@code column} for the case's child (none when never). */
  private static final String LATEST =
      "(select %s from screening s where s.child_id = cc.child_id and s.submitted_at is not null"
          + " order by s.submitted_at desc, s.id desc limit 1)";

  private static final String LEVEL =
      LATEST.formatted(
          "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end");

  /** Each column's order; ties fall back to the list's own order, then the case's id. */
  private static final Map<String, String> ORDER =
      Map.of(
          "routed", "cc.routed_at %1$s, cc.id %1$s",
          "allocated", "cc.allocated_at %1$s, cc.id %1$s",
          "child",
              "lower(c.family_name) %1$s, lower(c.given_name) %1$s, cc.routed_at asc, cc.id asc",
          "worker", "lower(u.display_name) %1$s, cc.allocated_at desc, cc.id asc",
          "level", "coalesce(" + LEVEL + ", 0) %1$s, cc.allocated_at desc, cc.id asc",
          "review",
              LATEST.formatted("s.review_due_on")
                  + " %1$s nulls last, cc.allocated_at desc, cc.id asc",
          "actions",
              "(select count(*) from panel_action a where a.child_id = cc.child_id"
                  + " and a.status = 'OPEN') %1$s, cc.allocated_at desc, cc.id asc");

  private static final String FROM =
      " from child_case cc join child c on c.id = cc.child_id"
          + " left join concern k on k.id = cc.concern_id"
          + " left join user_account u on u.id = cc.worker_user_id"
          + " where cc.status = ? and ";

  private static final String SEARCH =
      " and (lower(c.given_name || ' ' || c.family_name) like ? escape '\\'"
          + " or lower(coalesce(k.reference, '')) like ? escape '\\'"
          + " or lower(coalesce(cc.council_reference, '')) like ? escape '\\')";

  /** Whose cases a list holds. */
  enum Holder {
    TEAM("cc.team_id = ?"),
    WORKER("cc.worker_user_id = ?");

    private final String where;

    Holder(String where) {
      this.where = where;
    }
  }

  private final JdbcTemplate jdbc;
  private final ChildCases cases;

  CaseListing(JdbcTemplate jdbc, ChildCases cases) {
    this.jdbc = jdbc;
    this.cases = cases;
  }

  /** The page of cases with this status held by this team or worker, as asked. */
  Paged<ChildCaseEntity> page(
      CaseStatus status, Holder holder, UUID holderId, CaseList query, int size) {
    List<Object> args = new ArrayList<>(List.of(status.name(), holderId));
    String where = FROM + holder.where;
    ListSearch search = ListSearch.of(query.search());
    if (!search.isBlank()) {
      where += SEARCH;
      args.add(search.likePattern());
      args.add(search.likePattern());
      args.add(search.likePattern());
    }
    Long found = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
    long matching = found == null ? 0 : found;
    int page = Paged.clamp(query.page(), size, matching);
    args.add(size);
    args.add((long) (page - 1) * size);
    List<UUID> ids =
        jdbc.queryForList(
            "select cc.id" + where + " order by " + order(query.sort()) + " limit ? offset ?",
            UUID.class,
            args.toArray());
    Map<UUID, ChildCaseEntity> byId =
        cases.findAllById(ids).stream()
            .collect(Collectors.toMap(ChildCaseEntity::id, Function.identity()));
    List<ChildCaseEntity> shown = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    return new Paged<>(shown, page, size, matching);
  }

  private static String order(ListSort sort) {
    String order = ORDER.getOrDefault(sort.column(), ORDER.get("routed"));
    return order.formatted(sort.descending() ? "desc" : "asc");
  }
}
