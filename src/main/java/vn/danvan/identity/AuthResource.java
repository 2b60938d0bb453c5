package vn.danvan.identity;

import vn.danvan.platform.idempotency.Idempotent;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.AuthenticationApi;
import vn.danvan.api.model.JsonWebKey;
import vn.danvan.api.model.JsonWebKeySet;

import java.math.BigInteger;
import java.util.Base64;
import java.util.List;

/** /api/v1/auth — the token endpoint, sign-out and the public keys. */
@Idempotent
public class AuthResource implements AuthenticationApi {

    private final SignInService signIn;
    private final SigningKeys keys;
    private final TokenIssuer tokens;

    AuthResource(SignInService signIn, SigningKeys keys, TokenIssuer tokens) {
        this.signIn = signIn;
        this.keys = keys;
        this.tokens = tokens;
    }

    @Override
    public Response issueToken(String grantType, String username, String password, String refreshToken,
                               String clientId, String clientSecret) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(signIn.grant(grantType, username, password, refreshToken, clientId, clientSecret))
                .cacheControl(noStore).build();
    }

    @Override
    public Response revokeToken(String token, String tokenTypeHint) {
        if (token != null && !token.isBlank()) {
            // RFC 7009: either kind of token signs its session out; the hint only saves a look-up.
            signIn.revoke(token, tokens.sessionOf(token).orElse(null));
        }
        return Response.noContent().build();
    }

    @Override
    public Response getJsonWebKeySet() {
        JsonWebKey key = new JsonWebKey()
                .kty(JsonWebKey.KtyEnum.RSA)
                .kid(keys.keyId())
                .use(JsonWebKey.UseEnum.SIG)
                .alg(JsonWebKey.AlgEnum.RS256)
                .n(base64Url(keys.publicKey().getModulus()))
                .e(base64Url(keys.publicKey().getPublicExponent()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        cache.setNoTransform(false);
        return Response.ok(new JsonWebKeySet().keys(List.of(key))).cacheControl(cache).build();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
