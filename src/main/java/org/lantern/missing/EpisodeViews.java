package org.lantern.missing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.AgencyView;
import org.lantern.access.Directory;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.springframework.stereotype.Component;

/** Turns episodes into views, with the recording agency's name and the factors' words. */
@Component
class EpisodeViews {

  private final Directory directory;
  private final MissingSettings settings;

  EpisodeViews(Directory directory, MissingSettings settings) {
    this.directory = directory;
    this.settings = settings;
  }

  List<EpisodeView> of(Collection<MissingEpisodeEntity> episodes) {
    if (episodes.isEmpty()) {
      return List.of();
    }
    UUID partnershipId = episodes.iterator().next().partnershipId();
    Map<UUID, String> agencies =
        directory.agencies(partnershipId).stream()
            .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
    return episodes.stream()
        .map(e -> view(e, agencies.getOrDefault(e.recordedByAgencyId(), "")))
        .toList();
  }

  EpisodeView of(MissingEpisodeEntity e) {
    return of(List.of(e)).getFirst();
  }

  private EpisodeView view(MissingEpisodeEntity e, String agency) {
    return new EpisodeView(
        e.id(),
        e.childId(),
        e.policeReference(),
        e.missingFrom(),
        e.missingAt(),
        e.missingLocation(),
        e.returnedAt(),
        e.returnedLocation(),
        e.foundWith(),
        e.riskGrading(),
        agency,
        e.interviewStatus(),
        e.interviewDueAt(settings.interviewWindow()),
        e.interviewOfferedAt(),
        e.interviewCompletedAt(),
        e.interviewedByName(),
        e.factors().stream().map(settings::factorLabel).sorted().toList(),
        e.interviewPeople(),
        e.interviewPlaces(),
        e.interviewNotes(),
        e.version());
  }
}
