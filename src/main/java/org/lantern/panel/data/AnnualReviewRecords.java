package org.lantern.panel.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReviewRecords extends JpaRepository<AnnualReviewEntity, UUID> {

  List<AnnualReviewEntity> findByPanelIdOrderByReviewedOnDescRecordedAtDesc(UUID panelId);
}
