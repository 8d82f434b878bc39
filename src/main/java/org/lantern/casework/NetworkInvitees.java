package org.lantern.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.panel.Invitee;
import org.lantern.panel.InviteeSource;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.springframework.stereotype.Component;

/**
 * Each child's professional network is invited to the meetings and panels about them, as the panel
 * already invites a placed child's placing-authority worker.
 */
@Component
class NetworkInvitees implements InviteeSource {

  private final ProfessionalNetwork network;
  private final Children children;

  NetworkInvitees(ProfessionalNetwork network, Children children) {
    this.network = network;
    this.children = children;
  }

  @Override
  public List<Invitee> inviteesFor(List<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<NetworkMember>> byChild = network.currentByChild(childIds);
    Map<UUID, ChildSummary> kids = children.summaries(byChild.keySet());
    return byChild.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .map(
                        m ->
                            new Invitee(
                                e.getKey(),
                                kids.containsKey(e.getKey()) ? kids.get(e.getKey()).name() : "",
                                m.agencyName(),
                                m.name(),
                                m.email(),
                                m.phone())))
        .toList();
  }
}
