package org.lantern.referral;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.FileScope;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.intelligence.Adults;
import org.lantern.people.AlreadyKnown;
import org.lantern.people.ChildDescription;
import org.lantern.people.Children;
import org.lantern.people.Chronology;
import org.lantern.people.DescribedChildren;
import org.lantern.people.PossibleMatches;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Component;

/**
 * Opens a concern with the child's history as the reader may see it, after the access policy says
 * yes: the whole of it, with everything already known (flags, allocation, screening level, panel,
 * missing, the adults the concern names), for those who see the whole file (the front door); what
 * their relationship's scope admits for anyone else.
 */
@Component
class ConcernFiles {

  private final Concerns concerns;
  private final ConcernViews views;
  private final Children children;
  private final Chronology chronology;
  private final AccessPolicy policy;
  private final DescribedChildren described;
  private final PossibleMatches possibleMatches;
  private final AlreadyKnown alreadyKnown;
  private final Adults adults;

  ConcernFiles(
      Concerns concerns,
      ConcernViews views,
      Children children,
      Chronology chronology,
      AccessPolicy policy,
      DescribedChildren described,
      PossibleMatches possibleMatches,
      AlreadyKnown alreadyKnown,
      Adults adults) {
    this.alreadyKnown = alreadyKnown;
    this.adults = adults;
    this.described = described;
    this.possibleMatches = possibleMatches;
    this.concerns = concerns;
    this.views = views;
    this.children = children;
    this.chronology = chronology;
    this.policy = policy;
  }

  ConcernEntity load(UUID concernId) {
    return concerns
        .findById(concernId)
        .orElseThrow(() -> new RecordNotFoundException("concern", concernId));
  }

  static ChildRef ref(ConcernEntity concern) {
    return new ChildRef(concern.childId(), concern.partnershipId());
  }

  /**
   * The concern and the child's chronology as {@code user} may read them. Must be called in a
   * transaction: the check, the audit entry and the reads belong together.
   */
  ConcernFile open(CurrentUser user, UUID concernId, String purpose) {
    ConcernEntity concern = load(concernId);
    policy.requireInSection(
        user,
        ref(concern),
        Section.CONCERNS,
        concern.referrerUserId(),
        concern.referrerAgencyId(),
        RecordRef.concern(concernId),
        purpose);
    FileScope scope = policy.scope(user, ref(concern));
    SectionAccess concernsShown = scope.of(Section.CONCERNS);
    List<ConcernView> all =
        views.of(
            concerns.findByChildIdOrderBySubmittedAtAscIdAsc(concern.childId()).stream()
                .filter(c -> concernsShown.admits(c.referrerUserId(), c.referrerAgencyId()))
                .toList());
    int position = 1;
    Map<String, Long> earlierByAgency = new TreeMap<>();
    for (ConcernView other : all) {
      if (other.id().equals(concernId)) {
        break;
      }
      position++;
      earlierByAgency.merge(other.referrerAgencyName(), 1L, Long::sum);
    }
    ChildDescription description =
        concern.descriptionId() == null
            ? null
            : described.description(concern.descriptionId()).orElse(null);
    return new ConcernFile(
        views.of(concern).seenBy(user.id()),
        children.summary(concern.childId()),
        position,
        all.size(),
        earlierByAgency,
        chronology.of(concern.childId(), user, scope),
        description,
        description == null ? null : described.compare(description, concern.childId()),
        possibleMatches.waitingFor(user, concern.childId(), purpose),
        policy.roleAllows(user, Permission.RESOLVE_POSSIBLE_MATCH) && description != null,
        scope.whole() ? alreadyKnown.indicators(concern.childId(), user) : List.of(),
        scope.whole() ? alreadyKnown.about(concern.childId(), user) : List.of(),
        scope.whole() ? adults.namedIn(concernId) : List.of());
  }
}
