package org.lantern.casework.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseTeams extends JpaRepository<CaseTeamEntity, UUID> {

  List<CaseTeamEntity> findByPartnershipId(UUID partnershipId);
}
