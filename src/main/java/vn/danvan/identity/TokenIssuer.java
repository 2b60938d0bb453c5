package vn.danvan.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.api.model.TokenResponse;
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
    /** The session (sign-in) a token belongs to: refused once it is revoked. */
    static final String SESSION_CLAIM = "sid";

    private final SigningKeys keys;
    private final IdentityConfig config;
    private final AppClock clock;
    private final UserSessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(SigningKeys keys, IdentityConfig config, AppClock clock, UserSessionRepository sessions,
                RefreshTokenRepository refreshTokens) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
    }

    /**
     * Opens a session: for an official the sign-in that its refresh tokens renew (its id is their family), for a
     * machine client the one token it gets. Runs in the caller's transaction.
     */
    UUID openSession(UserAccount account, String clientId) {
        Instant now = clock.now();
        UserSession session = new UserSession();
        session.id = UUID.randomUUID();
        session.userId = account.id;
        session.clientId = clientId;
        session.createdAt = now;
        session.expiresAt = now.plus(account.isMachineClient() ? config.accessTokenLifetime()
                : config.refreshTokenLifetime());
        sessions.persist(session);
        return session.id;
    }

    /**
     * A new access token in the session, and for officials a refresh token in the session's family (whose expiry the
     * session's follows). Runs in the caller's transaction.
     */
    TokenResponse issue(UserAccount account, String clientId, UUID sessionId) {
        Instant now = clock.now();
        long lifetime = config.accessTokenLifetime().toSeconds();
        Set<String> groups = account.roles.stream().map(GrantedRole::toString).collect(Collectors.toSet());
        var claims = Jwt.issuer(config.issuer())
                .subject(account.id.toString())
                .upn(account.username)
                .groups(groups)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(EPOCH_CLAIM, account.tokenEpoch)
                .claim(SESSION_CLAIM, sessionId.toString());
        if (account.organizationId != null) {
            claims.claim(CurrentCaller.ORGANIZATION_CLAIM, account.organizationId.toString());
        }
        if (clientId != null) {
            claims.claim(CurrentCaller.CLIENT_CLAIM, clientId);
        }
        String accessToken = claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
        TokenResponse response = new TokenResponse().accessToken(accessToken)
                .tokenType(TokenResponse.TokenTypeEnum.BEARER).expiresIn((int) lifetime);
        if (!account.isMachineClient()) {
            response.refreshToken(newRefreshToken(account, clientId, sessionId, now))
                    .refreshExpiresIn((int) config.refreshTokenLifetime().toSeconds());
            sessions.update("expiresAt = ?1 where id = ?2", now.plus(config.refreshTokenLifetime()), sessionId);
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
        token.expiresAt = now.plus(config.refreshTokenLifetime());
        refreshTokens.persist(token);
        return value;
    }

    /**
     * The session named by an access token of this service whose signature verifies (expired or not: signing out
     * a session whose token has just expired is still signing out); empty for anything else.
     */
    java.util.Optional<UUID> sessionOf(String accessToken) {
        if (accessToken.chars().filter(c -> c == '.').count() != 2) {
            return java.util.Optional.empty();
        }
        try {
            var claims = new org.jose4j.jwt.consumer.JwtConsumerBuilder()
                    .setVerificationKey(keys.publicKey())
                    .setJwsAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                            org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setSkipAllDefaultValidators()
                    .build().processToClaims(accessToken);
            Object session = claims.getClaimValue(SESSION_CLAIM);
            if (session == null || !config.issuer().equals(claims.getIssuer())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(UUID.fromString(session.toString()));
        } catch (org.jose4j.jwt.consumer.InvalidJwtException | org.jose4j.jwt.MalformedClaimException
                 | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
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
