package org.lantern.platform;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Asked for a record that does not exist: the page answers "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String kind, UUID id) {
    super("No " + kind + " " + id);
  }

  public RecordNotFoundException(String kind, String id) {
    super("No " + kind + " " + id);
  }
}
