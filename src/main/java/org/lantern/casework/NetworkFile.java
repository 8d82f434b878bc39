package org.lantern.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Section;
import org.lantern.people.FilePartSource;
import org.lantern.people.FileSection;
import org.springframework.stereotype.Component;

/** The child's professional network on their file: its current members and whom to call. */
@Component
class NetworkFile implements FilePartSource {

  private final ProfessionalNetwork network;

  NetworkFile(ProfessionalNetwork network) {
    this.network = network;
  }

  /**
   * The network is what a network member sees of the child's people (the scope table's NETWORK).
   */
  @Override
  public Section section() {
    return Section.NETWORK;
  }

  @Override
  public List<FileSection> sectionsFor(UUID childId, CurrentUser viewer) {
    return List.of(
        new FileSection(
            6,
            "casework/network-file",
            "section",
            Map.of("childId", childId, "members", network.current(List.of(childId)))));
  }
}
