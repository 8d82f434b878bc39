package org.lantern.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.search.ChildIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a child: the search index proposes candidates, the linkage engine ranks them by the match
 * weight of what was typed against each (the same comparison levels and weights as linking
 * records), the database supplies the details of those shown, and the access policy sees and audits
 * every child shown.
 */
@Service
public class ChildSearch {

  private final ChildIndex index;
  private final Children children;
  private final AccessPolicy policy;
  private final ChildRanking ranking;
  private final int maxResults;
  private final int candidates;

  ChildSearch(
      ChildIndex index,
      Children children,
      AccessPolicy policy,
      ChildRanking ranking,
      @Value("${lantern.search.max-results:10}") int maxResults,
      @Value("${lantern.search.candidates:50}") int candidates) {
    this.index = index;
    this.children = children;
    this.policy = policy;
    this.ranking = ranking;
    this.maxResults = maxResults;
    this.candidates = Math.max(maxResults, candidates);
  }

  /** The best matches, best first; each one shown is audited as found by this person. */
  @Transactional
  public List<ChildSummary> find(CurrentUser user, ChildQuery query, String purpose) {
    return findRanked(user, query, purpose).stream().map(ChildMatch::child).toList();
  }

  /**
   * The best matches with how strongly each matches, best first; each one shown is audited as found
   * by this person.
   */
  @Transactional
  public List<ChildMatch> findRanked(CurrentUser user, ChildQuery query, String purpose) {
    policy.requireRole(user, Permission.FIND_CHILD);
    if (query.isEmpty()) {
      return List.of();
    }
    List<ChildRanking.Ranked> ranked =
        ranking.rank(
            query,
            index.search(user.partnershipId(), query, candidates),
            index.count(user.partnershipId()));
    List<ChildRanking.Ranked> shown = ranked.subList(0, Math.min(maxResults, ranked.size()));
    Map<UUID, ChildSummary> found =
        children.summaries(shown.stream().map(ChildRanking.Ranked::childId).toList());
    List<ChildMatch> results = new ArrayList<>();
    for (ChildRanking.Ranked r : shown) {
      ChildSummary child = found.get(r.childId());
      if (child != null) {
        results.add(new ChildMatch(child, r.weight(), r.strength(), r.agreeing()));
      }
    }
    for (ChildMatch match : results) {
      ChildSummary child = match.child();
      policy.require(
          user, Permission.FIND_CHILD, child.ref(), RecordRef.child(child.id()), purpose);
    }
    return results;
  }

  /**
   * The child someone picked from the search results, to show on the form they go on to: seen as a
   * search result is (FIND_CHILD, checked and audited with the purpose given).
   */
  @Transactional
  public ChildSummary chosen(CurrentUser user, UUID childId, String purpose) {
    policy.require(
        user, Permission.FIND_CHILD, children.ref(childId), RecordRef.child(childId), purpose);
    return children.summary(childId);
  }
}
