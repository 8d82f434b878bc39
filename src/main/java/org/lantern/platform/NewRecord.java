package org.lantern.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is made by Lantern (a UUID), so that saving a new one inserts it rather than
 * first looking for it and merging: no extra query, no silent overwrite of a record with the same
 * id, and no spurious version increment.
 */
@MappedSuperclass
public abstract class NewRecord implements Persistable<UUID> {

  @Transient private boolean isNew = true;

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    isNew = false;
  }
}
