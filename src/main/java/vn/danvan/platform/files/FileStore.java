package vn.danvan.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live. The default keeps them on local disk; a deployment with several
 * instances points it at shared storage (a mounted volume) or provides another implementation as a
 * CDI bean (for example an S3-compatible store), which replaces the default.
 */
public interface FileStore {

    /** Stores the file under the key (which the store may organise into folders). */
    void put(String key, Path source) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
