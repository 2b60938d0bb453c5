package vn.danvan.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.TokenResponse;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The three grants of the token endpoint. Each runs in its own transaction that always commits, so
 * that failed attempts, lockouts and revocations are kept even though the request fails; the
 * failure is thrown only after the commit. Unknown users, wrong passwords and locked accounts get
 * the same answer, in the same time.
 */
@ApplicationScoped
class SignInService {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final TokenIssuer tokens;
    private final AuthEvents events;
    private final RateLimiter limiter;
    private final RequestSource source;
    private final AppClock clock;
    private final DanvanConfig.Security settings;

    SignInService(UserRepository users, PasswordHasher passwords, TokenIssuer tokens, AuthEvents events,
                  RateLimiter limiter, RequestSource source, AppClock clock, DanvanConfig config) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.events = events;
        this.limiter = limiter;
        this.source = source;
        this.clock = clock;
        this.settings = config.security();
    }

    private record Outcome(TokenResponse tokens, ApiException failure) {
        static Outcome ok(TokenResponse tokens) {
            return new Outcome(tokens, null);
        }

        static Outcome fail(ApiException failure) {
            return new Outcome(null, failure);
        }

        TokenResponse get() {
            if (failure != null) {
                throw failure;
            }
            return tokens;
        }
    }

    TokenResponse grant(String grantType, String username, String password, String refreshToken, String clientId,
                        String clientSecret) {
        throttleRequests();
        if (grantType == null || grantType.isBlank()) {
            throw ApiException.invalid(FieldViolation.of("grant_type", "NotNull", "param.grant-required"));
        }
        return switch (grantType) {
            case "password" -> {
                requireParameter("username", username);
                requireParameter("password", password);
                yield withFailureCount(() -> password(username.toLowerCase(Locale.ROOT), password, clientId));
            }
            case "refresh_token" -> {
                requireParameter("refresh_token", refreshToken);
                yield QuarkusTransaction.requiringNew().call(() -> refresh(refreshToken)).get();
            }
            case "client_credentials" -> {
                requireParameter("client_id", clientId);
                requireParameter("client_secret", clientSecret);
                yield withFailureCount(() -> client(clientId.toLowerCase(Locale.ROOT), clientSecret));
            }
            default -> throw new ApiException(ProblemType.UNSUPPORTED_GRANT_TYPE, "detail.unsupported-grant-type");
        };
    }

    void revoke(String refreshToken) {
        throttleRequests();
        QuarkusTransaction.requiringNew().run(() -> {
            RefreshToken token = RefreshToken.find("tokenHash", TokenIssuer.hash(refreshToken)).firstResult();
            if (token != null) {
                RefreshToken.revokeFamily(token.familyId, clock.now());
                events.record(AuthEvent.Kind.SIGNED_OUT, null, token.userId, token.clientId);
            }
        });
    }

    private TokenResponse withFailureCount(java.util.concurrent.Callable<Outcome> attempt) {
        String failuresKey = "sign-in-failures:" + source.address();
        long wait = limiter.check(failuresKey, settings.maxFailuresPerSource(), settings.sourceWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(attempt);
        if (outcome.failure() != null) {
            limiter.hit(failuresKey, settings.maxFailuresPerSource(), settings.sourceWindow());
        }
        return outcome.get();
    }

    private Outcome password(String username, String password, String clientId) {
        Instant now = clock.now();
        UserAccount account = users.findByUsername(username).orElse(null);
        if (account == null || account.isMachineClient() || !account.canSignIn(now)) {
            passwords.matchNothing(password);
            events.record(AuthEvent.Kind.SIGN_IN_FAILED, username, account == null ? null : account.id, clientId);
            return Outcome.fail(invalidCredentials());
        }
        if (!passwords.matches(password, account.passwordHash)) {
            registerFailure(account, now, clientId);
            return Outcome.fail(invalidCredentials());
        }
        account.failedSignIns = 0;
        account.lockedUntil = null;
        events.record(AuthEvent.Kind.SIGN_IN_SUCCEEDED, username, account.id, clientId);
        return Outcome.ok(tokens.issue(account, clientId, UUID.randomUUID()));
    }

    private void registerFailure(UserAccount account, Instant now, String clientId) {
        account.failedSignIns++;
        events.record(AuthEvent.Kind.SIGN_IN_FAILED, account.username, account.id, clientId);
        if (account.failedSignIns >= settings.maxFailedSignIns()) {
            account.failedSignIns = 0;
            account.lockedUntil = now.plus(settings.lockDuration());
            events.record(AuthEvent.Kind.ACCOUNT_LOCKED, account.username, account.id, clientId);
        }
    }

    private Outcome refresh(String value) {
        Instant now = clock.now();
        RefreshToken token = RefreshToken.find("tokenHash", TokenIssuer.hash(value)).firstResult();
        if (token == null) {
            return Outcome.fail(invalidRefreshToken());
        }
        if (token.spentAt != null && token.revokedAt == null) {
            // A spent token presented again: someone holds a copy. Cut off the whole sign-in.
            RefreshToken.revokeFamily(token.familyId, now);
            events.record(AuthEvent.Kind.REFRESH_TOKEN_REUSED, null, token.userId, token.clientId);
            return Outcome.fail(invalidRefreshToken());
        }
        if (token.revokedAt != null || token.spentAt != null || !token.expiresAt.isAfter(now)) {
            return Outcome.fail(invalidRefreshToken());
        }
        UserAccount account = users.findLive(token.userId).orElse(null);
        if (account == null || !account.active) {
            RefreshToken.revokeFamily(token.familyId, now);
            return Outcome.fail(invalidRefreshToken());
        }
        token.spentAt = now;
        events.record(AuthEvent.Kind.TOKEN_REFRESHED, account.username, account.id, token.clientId);
        return Outcome.ok(tokens.issue(account, token.clientId, token.familyId));
    }

    private Outcome client(String clientId, String secret) {
        Instant now = clock.now();
        UserAccount account = users.findByUsername(clientId).orElse(null);
        if (account == null || !account.isMachineClient() || !account.canSignIn(now)) {
            passwords.matchNothing(secret);
            events.record(AuthEvent.Kind.CLIENT_AUTHENTICATION_FAILED, clientId, null, clientId);
            return Outcome.fail(invalidClient());
        }
        if (!passwords.matches(secret, account.passwordHash)) {
            registerFailure(account, now, clientId);
            return Outcome.fail(invalidClient());
        }
        account.failedSignIns = 0;
        events.record(AuthEvent.Kind.CLIENT_AUTHENTICATED, clientId, account.id, clientId);
        return Outcome.ok(tokens.issue(account, clientId, null));
    }

    private void throttleRequests() {
        long wait = limiter.hit("token-requests:" + source.address(), settings.maxTokenRequestsPerSource(),
                settings.sourceWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
    }

    private static void requireParameter(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw ApiException.invalid(FieldViolation.of(name, "NotNull", "param.grant-required"));
        }
    }

    private static ApiException invalidCredentials() {
        return new ApiException(ProblemType.INVALID_GRANT, "detail.invalid-credentials");
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(ProblemType.INVALID_GRANT, "detail.invalid-refresh-token");
    }

    private static ApiException invalidClient() {
        return new ApiException(ProblemType.INVALID_CLIENT, "detail.invalid-client");
    }
}
