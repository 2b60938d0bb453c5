package vn.danvan.identity;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * The RSA key pair of this service's access tokens, read from the configured PEM files (the embedded
 * run and the tests generate them into their data folder). The key ID is derived from the public key,
 * so a new key gets a new kid. Read at start ({@link Startup}): a service without its keys, or with a public key
 * that does not belong to its private key, does not start, naming the settings to give.
 */
@Startup
@ApplicationScoped
class SigningKeys {

    private static final String SETTINGS = "set DANVAN_SECURITY_PRIVATE_KEY_LOCATION (PKCS#8 PEM) and"
            + " MP_JWT_VERIFY_PUBLICKEY_LOCATION (X.509 PEM) to the token-signing key pair, the same files on every"
            + " instance (docs/security.md#keys)";

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    SigningKeys(IdentityConfig config,
                @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation) {
        String privateKeyLocation = config.privateKeyLocation().orElseThrow(() ->
                new IllegalStateException("No token-signing key configured: " + SETTINGS));
        try {
            this.privateKey = KeyUtils.decodePrivateKey(read(privateKeyLocation));
            this.publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(read(publicKeyLocation));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
            requirePair(privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable token-signing keys: " + SETTINGS, e);
        }
    }

    /** Tokens signed with a key that the published public key does not verify would all be refused. */
    private static void requirePair(PrivateKey privateKey, RSAPublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = "danvan-key-pair-check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IllegalStateException("The token-signing public key does not belong to the private key: " + SETTINGS);
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
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the key " + location + ": " + SETTINGS, e);
        }
    }
}
