package org.lantern.people;

import java.util.List;
import java.util.Map;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.search.ChildIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a child: the index ranks, the database supplies the details, and the access policy sees
 * and audits every child shown.
 */
@Service
public class ChildSearch {

  private final ChildIndex index;
  private final Children children;
  private final AccessPolicy policy;
  private final int maxResults;

  ChildSearch(
      ChildIndex index,
      Children children,
      AccessPolicy policy,
      @Value("${lantern.search.max-results:10}") int maxResults) {
    this.index = index;
    this.children = children;
    this.policy = policy;
    this.maxResults = maxResults;
  }

  /** The best matches, best first; each one shown is audited as found by this person. */
  @Transactional
  public List<ChildSummary> find(CurrentUser user, ChildQuery query, String purpose) {
    if (!policy.roleAllows(user, Permission.FIND_CHILD)) {
      throw new AccessDeniedForRole(user.role());
    }
    if (query.isEmpty()) {
      return List.of();
    }
    List<ChildIndex.Scored> hits = index.search(user.partnershipId(), query, maxResults);
    Map<java.util.UUID, ChildSummary> found =
        children.summaries(hits.stream().map(ChildIndex.Scored::childId).toList());
    List<ChildSummary> results =
        hits.stream().map(h -> found.get(h.childId())).filter(c -> c != null).toList();
    for (ChildSummary child : results) {
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
  public ChildSummary chosen(CurrentUser user, java.util.UUID childId, String purpose) {
    policy.require(
        user, Permission.FIND_CHILD, children.ref(childId), RecordRef.child(childId), purpose);
    return children.summary(childId);
  }
}
