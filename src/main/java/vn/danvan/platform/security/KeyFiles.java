package vn.danvan.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Creates the RSA key pair that signs access tokens when the service runs without configured keys
 * (the embedded run and the tests): PEM files in a folder of the run's own, never in the repository.
 */
public final class KeyFiles {

    public static final String PRIVATE_KEY = "jwt-signing-key.pem";
    public static final String PUBLIC_KEY = "jwt-signing-key.pub.pem";

    private KeyFiles() {
    }

    /** @return the folder, holding both files (created on first call, kept afterwards) */
    public static Path ensure(Path folder) {
        try {
            Path privateKey = folder.resolve(PRIVATE_KEY);
            Path publicKey = folder.resolve(PUBLIC_KEY);
            if (Files.exists(privateKey) && Files.exists(publicKey)) {
                return folder;
            }
            Files.createDirectories(folder);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
