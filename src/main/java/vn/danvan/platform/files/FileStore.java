package vn.danvan.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live: a folder on local disk ({@link LocalDiskFileStore}, the default) or an S3-compatible
 * bucket ({@link S3FileStore}), chosen by {@code danvan.files.store} ({@link FileStores}).
 */
public interface FileStore {

    /** Stores the file under the key (which the store may organise into folders); streamed, never read whole. */
    void put(String key, Path source) throws IOException;

    /**
     * A stream of the stored bytes.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key (a 404 for the client)
     * @throws IOException when the store cannot be reached or refuses the call
     */
    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** Whether the store can be used now (readiness); throws with a reason an operator can act on. */
    void check() throws IOException;

    /** Where the store is, for messages and logs (no secrets). */
    String describe();
}
