package org.lantern.referral;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyView;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.referral.data.ConcernEntity;
import org.springframework.stereotype.Component;

/** Turns concerns into views, looking up the names of people and agencies in one go. */
@Component
class ConcernViews {

  private final Directory directory;
  private final ReferralSettings settings;

  ConcernViews(Directory directory, ReferralSettings settings) {
    this.directory = directory;
    this.settings = settings;
  }

  ConcernView of(ConcernEntity concern) {
    return of(List.of(concern)).getFirst();
  }

  List<ConcernView> of(List<ConcernEntity> concerns) {
    if (concerns.isEmpty()) {
      return List.of();
    }
    Set<UUID> userIds = new HashSet<>();
    Set<UUID> partnerships = new HashSet<>();
    for (ConcernEntity c : concerns) {
      Stream.of(c.recordedByUserId(), c.confirmedByUserId(), c.decidedByUserId())
          .filter(id -> id != null)
          .forEach(userIds::add);
      partnerships.add(c.partnershipId());
    }
    Map<UUID, UserView> users = directory.users(userIds);
    Map<UUID, String> agencies =
        partnerships.stream()
            .flatMap(p -> directory.agencies(p).stream())
            .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
    return concerns.stream().map(c -> view(c, users, agencies)).toList();
  }

  private ConcernView view(ConcernEntity c, Map<UUID, UserView> users, Map<UUID, String> agencies) {
    Function<@Nullable UUID, @Nullable String> name =
        id -> id == null || !users.containsKey(id) ? null : users.get(id).displayName();
    return new ConcernView(
        c.id(),
        c.reference(),
        c.partnershipId(),
        c.childId(),
        c.channel(),
        c.referrerUserId(),
        c.referrerRelationship() == null
            ? c.referrerName()
            : c.referrerName() + " (" + c.referrerRelationship() + ")",
        c.referrerAgencyId() != null
            ? agencies.getOrDefault(c.referrerAgencyId(), "")
            : Objects.requireNonNullElse(c.referrerAgencyText(), ""),
        c.referrerContact(),
        name.apply(c.recordedByUserId()),
        c.whatHappened(),
        c.occurredOn(),
        c.location(),
        c.immediateDanger(),
        c.indicators().stream().sorted().toList(),
        c.submittedAt(),
        c.submittedAt().plus(settings.decisionTarget()),
        c.confirmationDueAt(),
        c.confirmedAt(),
        name.apply(c.confirmedByUserId()),
        c.writtenAccount(),
        c.status(),
        c.decision(),
        c.decisionReasons(),
        name.apply(c.decidedByUserId()),
        c.decidedAt(),
        c.sourceSystem(),
        c.sourceId(),
        c.version());
  }
}
