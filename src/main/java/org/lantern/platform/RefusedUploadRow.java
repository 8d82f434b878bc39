package org.lantern.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of an uploaded file that was refused, as the upload page reports it (the shared fragment
 * {@code fragments/uploads :: refusedRows}): its line in the file, what identifies it to the person
 * who sent it (a reference, an id, a name), and each problem in plain words.
 */
public interface RefusedUploadRow {

  long line();

  @Nullable String label();

  List<String> problems();
}
