package vn.danvan.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates a random 256-bit symmetric key (Base64 in a file) when the service runs without a configured
 * one: the embedded run's personal-data key, beside its generated token-signing keys, never in the
 * repository. Production configures its own key.
 */
public final class SecretKeyFile {

    public static final String PERSONAL_DATA_KEY = "personal-data.key";

    private SecretKeyFile() {
    }

    /** @return the file, created with a fresh key on first call and kept afterwards */
    public static Path ensure(Path file) {
        try {
            if (Files.exists(file)) {
                return file;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
