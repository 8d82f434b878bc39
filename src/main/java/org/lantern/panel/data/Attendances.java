package org.lantern.panel.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Attendances extends JpaRepository<AttendanceEntity, AttendanceEntity.Key> {

  @Query("select a from AttendanceEntity a where a.key.meetingId = :meetingId")
  List<AttendanceEntity> forMeeting(UUID meetingId);
}
