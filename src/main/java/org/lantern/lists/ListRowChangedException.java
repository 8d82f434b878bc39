package org.lantern.lists;

import java.util.UUID;

/** Someone decided the row since the page was read; nothing was changed. */
public class ListRowChangedException extends RuntimeException {

  public ListRowChangedException(UUID rowId) {
    super("List row " + rowId + " was decided by someone else");
  }
}
