package org.lantern.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;

/**
 * A module that proposes children for a district panel's agenda (the lists module: confirmed
 * matches on uploaded lists). The agenda builder asks every bean of this type when the coordinator
 * builds an agenda and adds each child not already on it. Called inside the builder's transaction
 * after the coordinator's permission to run the panel was checked; a source returns only children
 * of the user's partnership and never the same child twice.
 */
public interface AgendaCandidateSource {

  List<AgendaCandidate> candidatesFor(UUID districtId, LocalDate meetingDate, CurrentUser user);
}
