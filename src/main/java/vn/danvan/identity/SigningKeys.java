package vn.danvan.identity;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.danvan.platform.config.DanvanConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * The RSA key pair of this service's access tokens, read from the configured PEM files (the embedded
 * run and the tests generate them into their data folder). The key ID is derived from the public key,
 * so a new key gets a new kid.
 */
@ApplicationScoped
class SigningKeys {

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    SigningKeys(DanvanConfig config,
                @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation) {
        try {
            this.privateKey = KeyUtils.decodePrivateKey(read(config.security().privateKeyLocation()));
            this.publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(read(publicKeyLocation));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable token signing keys", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    String keyId() {
        return keyId;
    }

    private static String read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = SigningKeys.class.getClassLoader().getResourceAsStream(location.substring(10))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key " + location, e);
        }
    }
}
