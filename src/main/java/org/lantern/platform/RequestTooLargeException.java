package org.lantern.platform;

import java.io.IOException;
import org.springframework.util.unit.DataSize;

/**
 * A partner API request body read past its size limit (one that did not say its length up front).
 * Answered 413, as a request that declared a length over the limit is.
 */
public class RequestTooLargeException extends IOException {

  private final DataSize limit;

  public RequestTooLargeException(DataSize limit) {
    super("Request body larger than " + limit.toBytes() + " bytes");
    this.limit = limit;
  }

  public DataSize limit() {
    return limit;
  }
}
