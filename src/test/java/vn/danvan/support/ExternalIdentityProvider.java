package vn.danvan.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import vn.danvan.platform.security.KeyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A stand-in for the provincial single sign-on: its own key pair, a JWKS file, and tokens it signs. */
public final class ExternalIdentityProvider {

    public static final String ISSUER = "https://sso.quangngai.test";
    private static final Path FOLDER = Path.of("target", "test-keys", "external-idp");

    private ExternalIdentityProvider() {
    }

    static Map<String, String> configuration() {
        KeyFiles.ensure(FOLDER);
        try {
            RSAPublicKey key = (RSAPublicKey) KeyUtils.decodePublicKey(Files.readString(FOLDER.resolve(KeyFiles.PUBLIC_KEY)));
            String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"sso-1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}]}";
            Files.writeString(FOLDER.resolve("jwks.json"), jwks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "danvan.security.external.issuer", ISSUER,
                "danvan.security.external.jwks-location", FOLDER.resolve("jwks.json").toAbsolutePath().toString(),
                "danvan.security.external.roles-claim", "vai_tro",
                "danvan.security.external.organization-claim", "ma_don_vi",
                "danvan.security.external.role-map.can-bo", "OFFICER",
                "danvan.security.external.role-map.dieu-phoi", "COORDINATOR");
    }

    /** A token of the identity provider for a user with its roles, in the unit with this official code. */
    public static String token(List<String> roles, String officialCode) {
        try {
            var privateKey = KeyUtils.decodePrivateKey(Files.readString(FOLDER.resolve(KeyFiles.PRIVATE_KEY)));
            return Jwt.issuer(ISSUER).subject("sso-" + officialCode).claim("vai_tro", roles)
                    .claim("ma_don_vi", officialCode).expiresIn(300).jws().keyId("sso-1").sign(privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
