package org.lantern.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.casework.data.NetworkMemberEntity;
import org.lantern.casework.data.NetworkMembers;
import org.lantern.people.Children;
import org.lantern.platform.FieldProblems;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional network around a child: who else works with them (school and its safeguarding
 * lead, GP, health visitor or school nurse, the missing service's worker, the police officer in the
 * case, youth justice, the placing authority's worker). A member with an account has a working
 * relationship with the child while they are a member; ending the membership ends it. Recorded by
 * the allocated worker or team, or the front door; every change audited.
 */
@Service
public class ProfessionalNetwork {

  /** The longest name, agency, phone or e-mail kept. */
  public static final int MAX_FIELD = 200;

  private final NetworkMembers members;
  private final Directory directory;
  private final Children children;
  private final Relationships relationships;
  private final AccessPolicy policy;
  private final Clock clock;

  ProfessionalNetwork(
      NetworkMembers members,
      Directory directory,
      Children children,
      Relationships relationships,
      AccessPolicy policy,
      Clock clock) {
    this.members = members;
    this.directory = directory;
    this.children = children;
    this.relationships = relationships;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * A new member: an account ({@code userId}), or an agency contact (name, agency, phone/e-mail).
   */
  public record NewMember(
      @Nullable NetworkRole role,
      @Nullable UUID userId,
      @Nullable String name,
      @Nullable String agency,
      @Nullable String phone,
      @Nullable String email) {}

  /** The child's network, current members first; reading it is audited as a record read. */
  @Transactional
  public List<NetworkMember> of(CurrentUser user, UUID childId) {
    policy.require(
        user,
        Permission.VIEW_CHILD_RECORD,
        children.ref(childId),
        RecordRef.child(childId),
        "professional network");
    return views(members.findByChildIdOrderByAddedAtAscIdAsc(childId));
  }

  /** The current members, for the file and for meetings (no audit: the caller's read is). */
  @Transactional(readOnly = true)
  public List<NetworkMember> current(Collection<UUID> childIds) {
    return views(members.findByChildIdInAndEndedAtIsNull(childIds));
  }

  /** The current members of each child's network, by child (for meetings about them). */
  @Transactional(readOnly = true)
  public Map<UUID, List<NetworkMember>> currentByChild(Collection<UUID> childIds) {
    Map<UUID, List<NetworkMember>> byChild = new LinkedHashMap<>();
    for (NetworkMemberEntity e : members.findByChildIdInAndEndedAtIsNull(childIds)) {
      byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).addAll(views(List.of(e)));
    }
    return byChild;
  }

  /** The people in the partnership who may be added as a member with their account. */
  @Transactional(readOnly = true)
  public List<UserView> people(CurrentUser user) {
    return directory.referrers(user.partnershipId());
  }

  /**
   * Adds a member. Throws {@link CaseRuleException} (by the field) for no role, no agency, no way
   * to tell who it is, or someone already a member; nothing is saved.
   */
  @Transactional
  public UUID add(CurrentUser user, UUID childId, NewMember m) {
    policy.require(
        user,
        Permission.RECORD_NETWORK,
        children.ref(childId),
        RecordRef.child(childId),
        "add to the professional network");
    FieldProblems problems = new FieldProblems();
    problems.addIf(m.role() == null, "role", "casework.network.role.required");
    NetworkMemberEntity.Details details = null;
    if (m.userId() != null) {
      Optional<UserView> person =
          directory
              .user(m.userId())
              .filter(
                  u ->
                      directory
                          .agency(u.agencyId())
                          .map(a -> a.partnershipId().equals(user.partnershipId()))
                          .orElse(false));
      problems.addIf(person.isEmpty(), "person", "casework.network.person.unknown");
      if (person.isPresent()) {
        UserView p = person.get();
        details =
            new NetworkMemberEntity.Details(
                m.role(), p.id(), p.displayName(), p.agencyName(), null, p.email());
      }
    } else {
      problems.addIf(m.name() == null, "name", "casework.network.name.required");
      problems.addIf(m.agency() == null, "agency", "casework.network.agency.required");
      problems.addIf(
          m.phone() == null && m.email() == null, "phone", "casework.network.contact.required");
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("name", m.name());
      typed.put("agency", m.agency());
      typed.put("phone", m.phone());
      typed.put("email", m.email());
      typed.forEach(
          (field, v) ->
              problems.addIf(
                  v != null && v.length() > MAX_FIELD, field, "casework.network.tooLong"));
      details =
          new NetworkMemberEntity.Details(
              m.role(), null, m.name(), m.agency(), m.phone(), m.email());
    }
    problems.throwIfAny(CaseRuleException::new);
    NetworkMemberEntity.Details member = Objects.requireNonNull(details);
    boolean twice =
        members.findByChildId(childId).stream()
            .filter(NetworkMemberEntity::isCurrent)
            .anyMatch(e -> same(e, member));
    if (twice) {
      throw new CaseRuleException(
          member.userId() != null ? "person" : "name", "casework.network.twice");
    }
    NetworkMemberEntity saved =
        members.saveAndFlush(
            new NetworkMemberEntity(
                user.partnershipId(), childId, member, user.id(), clock.instant()));
    if (member.userId() != null) {
      relationships.link(childId, member.userId(), RelationshipKind.PROFESSIONAL_NETWORK);
    }
    return saved.id();
  }

  /** Ends a membership, and the working relationship it gave. */
  @Transactional
  public void end(CurrentUser user, UUID childId, UUID memberId, long version) {
    policy.require(
        user,
        Permission.RECORD_NETWORK,
        children.ref(childId),
        RecordRef.of("NETWORK_MEMBER", memberId),
        "end a network membership");
    NetworkMemberEntity m =
        members
            .findById(memberId)
            .filter(e -> e.childId().equals(childId))
            .orElseThrow(() -> new RecordNotFoundException("network member", memberId));
    if (m.version() != version || !m.isCurrent()) {
      throw new CaseRuleException("member", "casework.network.changed");
    }
    m.end(user.id(), clock.instant());
    members.saveAndFlush(m);
    if (m.userId() != null) {
      relationships.end(childId, m.userId(), RelationshipKind.PROFESSIONAL_NETWORK);
    }
  }

  private static boolean same(NetworkMemberEntity e, NetworkMemberEntity.Details d) {
    if (d.userId() != null || e.userId() != null) {
      return d.userId() != null && d.userId().equals(e.userId());
    }
    return norm(e.contactName()).equals(norm(d.contactName()))
        && norm(e.agencyName()).equals(norm(d.agencyName()));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }

  private static List<NetworkMember> views(List<NetworkMemberEntity> found) {
    return found.stream()
        .map(
            e ->
                new NetworkMember(
                    e.id(),
                    e.networkRole(),
                    e.userId(),
                    e.contactName(),
                    e.agencyName(),
                    e.phone(),
                    e.email(),
                    e.addedAt(),
                    e.endedAt(),
                    e.version()))
        .sorted(
            Comparator.comparing((NetworkMember n) -> !n.isCurrent())
                .thenComparing(NetworkMember::addedAt))
        .toList();
  }
}
