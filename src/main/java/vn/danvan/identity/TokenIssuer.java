package vn.danvan.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Role;
import vn.danvan.api.model.TokenResponse;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Issues RS256 access tokens and opaque refresh tokens (stored hashed). */
@ApplicationScoped
class TokenIssuer {

    static final String EPOCH_CLAIM = "tep";

    private final SigningKeys keys;
    private final DanvanConfig config;
    private final AppClock clock;
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(SigningKeys keys, DanvanConfig config, AppClock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /** A new access token, and a refresh token in {@code familyId} unless it is null (machine clients). */
    TokenResponse issue(UserAccount account, String clientId, UUID familyId) {
        Instant now = clock.now();
        long lifetime = config.security().accessTokenLifetime().toSeconds();
        Set<String> groups = account.roles.stream().map(Role::toString).collect(Collectors.toSet());
        var claims = Jwt.issuer(config.security().issuer())
                .subject(account.id.toString())
                .upn(account.username)
                .groups(groups)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(EPOCH_CLAIM, account.tokenEpoch);
        if (account.organizationId != null) {
            claims.claim(CurrentCaller.ORGANIZATION_CLAIM, account.organizationId.toString());
        }
        if (clientId != null) {
            claims.claim(CurrentCaller.CLIENT_CLAIM, clientId);
        }
        String accessToken = claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
        TokenResponse response = new TokenResponse().accessToken(accessToken)
                .tokenType(TokenResponse.TokenTypeEnum.BEARER).expiresIn((int) lifetime);
        if (familyId != null) {
            response.refreshToken(newRefreshToken(account, clientId, familyId, now))
                    .refreshExpiresIn((int) config.security().refreshTokenLifetime().toSeconds());
        }
        return response;
    }

    private String newRefreshToken(UserAccount account, String clientId, UUID familyId, Instant now) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.familyId = familyId;
        token.userId = account.id;
        token.tokenHash = hash(value);
        token.clientId = clientId;
        token.issuedAt = now;
        token.expiresAt = now.plus(config.security().refreshTokenLifetime());
        token.persist();
        return value;
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
