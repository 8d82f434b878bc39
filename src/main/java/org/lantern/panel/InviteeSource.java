package org.lantern.panel;

import java.util.List;
import java.util.UUID;

/**
 * A module that knows more people to invite to a meeting about its children (casework: each child's
 * professional network). Asked with the children on the agenda; the panel lists whom it names
 * beside the placing authorities' workers it finds itself.
 */
public interface InviteeSource {

  List<Invitee> inviteesFor(List<UUID> childIds);
}
