package org.lantern.platform.durability;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's own file system with one change: the database file ({@code .mv.db}) is opened for
 * synchronous writes (Java's {@code "rwd"}, the operating system's {@code O_DSYNC}), so each write
 * returns only once the data is on the storage device. Named in the JDBC URL by the prefix {@code
 * dsync:} ({@code jdbc:h2:file:dsync:./data/db/lantern}).
 *
 * <p>Why: with {@code WRITE_DELAY=0} H2 writes every commit to the file before the commit returns,
 * which survives the process being killed, but the data may still sit in the operating system's
 * cache, and a power cut or a crash of the machine loses it. H2 has no setting that forces the file
 * to disk at each commit (only the {@code CHECKPOINT SYNC} command); this does it below H2, for
 * every commit whichever code made it. Other files (temporary results, the trace file) are opened
 * as H2 opens them: they hold nothing that must survive.
 *
 * <p>The file's format is unchanged: stopped, the database opens with H2's own tools at {@code
 * jdbc:h2:file:./data/db/lantern}, without the prefix.
 */
public final class SyncWriteFileSystem extends FilePathWrapper {

  /** The prefix of the database's name in a JDBC URL that writes through to the disk. */
  public static final String SCHEME = "dsync";

  private static final String DATABASE_FILE = ".mv.db";

  /** H2 makes one of these for each path it opens, by reflection: keep it public and empty. */
  public SyncWriteFileSystem() {}

  /** Makes the prefix known to H2; doing it again changes nothing. */
  public static void register() {
    FilePath.register(new SyncWriteFileSystem());
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    boolean databaseFile = getBase().getName().endsWith(DATABASE_FILE);
    return getBase().open(databaseFile && "rw".equals(mode) ? "rwd" : mode);
  }
}
