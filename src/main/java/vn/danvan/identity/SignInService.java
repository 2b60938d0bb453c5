package vn.danvan.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.TokenResponse;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The three grants of the token endpoint, safe under parallel requests. No database connection or transaction is
 * held while a password is hashed: an attempt reads the account, takes its number in the lockout counter, checks the
 * password in a hashing slot and records the outcome, each database step a short transaction of its own that commits
 * whatever the answer (so failures, lockouts and revocations are kept). Unknown users, wrong passwords and locked
 * accounts get the same answer, in the same time. A refresh token is spent by one conditional update, so only one of
 * many parallel presentations rotates it; the others, within the reuse interval, get the same new pair.
 */
@ApplicationScoped
class SignInService {

    private final UserRepository users;
    private final UserSessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwords;
    private final SignInAttempts attempts;
    private final TokenIssuer tokens;
    private final AuthEvents events;
    private final RateLimiter limiter;
    private final RequestSource source;
    private final AppClock clock;
    private final ObjectMapper json;
    private final IdentityConfig settings;

    SignInService(UserRepository users, UserSessionRepository sessions, RefreshTokenRepository refreshTokens,
                  PasswordHasher passwords, SignInAttempts attempts, TokenIssuer tokens, AuthEvents events,
                  RateLimiter limiter, RequestSource source, AppClock clock, ObjectMapper json, IdentityConfig config) {
        this.users = users;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.attempts = attempts;
        this.tokens = tokens;
        this.events = events;
        this.limiter = limiter;
        this.source = source;
        this.clock = clock;
        this.json = json;
        this.settings = config;
    }

    /** What an account looked like when an attempt began (read in a transaction that is already over). */
    private record Account(UUID id, String username, String passwordHash, boolean machine, boolean live) {
        static Account of(UserAccount account) {
            return new Account(account.id, account.username, account.passwordHash, account.isMachineClient(),
                    account.active && account.deletedAt == null);
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
                yield countingSourceFailures(() -> passwords.exclusive(() ->
                        password(username.toLowerCase(Locale.ROOT), password, clientId)));
            }
            case "refresh_token" -> {
                requireParameter("refresh_token", refreshToken);
                yield refresh(refreshToken);
            }
            case "client_credentials" -> {
                requireParameter("client_id", clientId);
                requireParameter("client_secret", clientSecret);
                yield countingSourceFailures(() -> passwords.exclusive(() ->
                        client(clientId.toLowerCase(Locale.ROOT), clientSecret)));
            }
            default -> throw new ApiException(ProblemType.UNSUPPORTED_GRANT_TYPE, "detail.unsupported-grant-type");
        };
    }

    /** Signs out the session of a refresh token or of an access token of this service; unknown tokens change nothing. */
    void revoke(String token, UUID accessTokenSession) {
        throttleRequests();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.now();
            if (accessTokenSession != null) {
                UserSession session = sessions.findById(accessTokenSession);
                if (session != null) {
                    refreshTokens.revokeFamily(session.id, now);
                    events.record(AuthEvent.Kind.SIGNED_OUT, null, session.userId, session.clientId);
                }
                return;
            }
            RefreshToken found = refreshTokens.findByHash(TokenIssuer.hash(token));
            if (found != null) {
                refreshTokens.revokeFamily(found.familyId, now);
                events.record(AuthEvent.Kind.SIGNED_OUT, null, found.userId, found.clientId);
            }
        });
    }

    /** Failures from one address are counted per instance; past the limit the address waits (429). */
    private TokenResponse countingSourceFailures(Supplier<TokenResponse> attempt) {
        String failuresKey = "sign-in-failures:" + source.address();
        long wait = limiter.check(failuresKey, settings.maxFailuresPerSource(), settings.sourceWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
        try {
            return attempt.get();
        } catch (ApiException failure) {
            if (failure.type() == ProblemType.INVALID_GRANT || failure.type() == ProblemType.INVALID_CLIENT) {
                limiter.hit(failuresKey, settings.maxFailuresPerSource(), settings.sourceWindow());
            }
            throw failure;
        }
    }

    private TokenResponse password(String username, String password, String clientId) {
        Instant now = clock.now();
        Account account = inTransaction(() -> users.findByUsername(username).map(Account::of).orElse(null));
        if (account == null || account.machine() || !account.live()) {
            passwords.matchNothing(password);
            AuthEvent.Reason reason = account == null ? AuthEvent.Reason.UNKNOWN_ACCOUNT
                    : account.machine() ? AuthEvent.Reason.MACHINE_CLIENT : AuthEvent.Reason.ACCOUNT_DISABLED;
            inTransaction(() -> events.record(AuthEvent.Kind.SIGN_IN_FAILED, reason, username,
                    account == null ? null : account.id(), clientId));
            throw invalidCredentials();
        }
        SignInAttempts.Attempt attempt = inTransaction(() -> attempts.begin(account.id(), now));
        boolean checked = attempt.mayCheck(attempts.max());
        boolean right = checked ? passwords.matches(password, account.passwordHash()) : fakeCheck(password);
        if (!right) {
            failed(account, clientId, checked ? AuthEvent.Reason.WRONG_PASSWORD : AuthEvent.Reason.ACCOUNT_LOCKED, now);
            throw invalidCredentials();
        }
        return orRefuse(() -> {
            attempts.succeeded(account.id(), attempt);
            // Disabled, deleted or given a new password while the hash was checked: the old password no longer counts.
            UserAccount live = users.findLive(account.id()).filter(a -> a.active
                    && a.passwordHash.equals(account.passwordHash())).orElse(null);
            if (live == null) {
                events.record(AuthEvent.Kind.SIGN_IN_FAILED, AuthEvent.Reason.ACCOUNT_DISABLED, username, account.id(),
                        clientId);
                return null;
            }
            events.record(AuthEvent.Kind.SIGN_IN_SUCCEEDED, username, live.id, clientId);
            return tokens.issue(live, clientId, tokens.openSession(live, clientId));
        }, SignInService::invalidCredentials);
    }

    private boolean fakeCheck(String password) {
        passwords.matchNothing(password);
        return false;
    }

    /** Logs the failure and locks the account when its count has reached the limit, in one transaction. */
    private void failed(Account account, String clientId, AuthEvent.Reason reason, Instant now) {
        inTransaction(() -> {
            events.record(AuthEvent.Kind.SIGN_IN_FAILED, reason, account.username(), account.id(), clientId);
            if (attempts.lockIfDue(account.id(), now, now.plus(settings.lockDuration()))) {
                events.record(AuthEvent.Kind.ACCOUNT_LOCKED, account.username(), account.id(), clientId);
            }
        });
    }

    private enum Spend { ROTATED, LOST, REFUSED }

    private TokenResponse refresh(String value) {
        String hash = TokenIssuer.hash(value);
        RefreshToken token = inTransaction(() -> refreshTokens.findByHash(hash));
        if (token == null || token.revokedAt != null || !token.expiresAt.isAfter(clock.now())) {
            throw invalidRefreshToken();
        }
        if (token.spentAt == null) {
            TokenResponse[] rotated = new TokenResponse[1];
            Spend outcome = inTransaction(() -> rotate(token, value, rotated));
            if (outcome == Spend.ROTATED) {
                return rotated[0];
            }
            if (outcome == Spend.REFUSED) {
                throw invalidRefreshToken();
            }
        }
        return repeatOrRevoke(hash, value);
    }

    /** Spends the token if no one else has, and issues its successor; everything or nothing. */
    private Spend rotate(RefreshToken token, String value, TokenResponse[] rotated) {
        Instant now = clock.now();
        if (!refreshTokens.spend(token.id, now)) {
            return Spend.LOST;
        }
        UserAccount account = users.findLive(token.userId).filter(a -> a.active).orElse(null);
        if (account == null) {
            refreshTokens.revokeFamily(token.familyId, now);
            return Spend.REFUSED;
        }
        TokenResponse pair = tokens.issue(account, token.clientId, token.familyId);
        refreshTokens.update("replayUntil = ?1, replaySealed = ?2 where id = ?3",
                now.plus(settings.refreshReuseInterval()), RefreshReplay.seal(value, token.id, toJson(pair)), token.id);
        events.record(AuthEvent.Kind.TOKEN_REFRESHED, account.username, account.id, token.clientId);
        rotated[0] = pair;
        return Spend.ROTATED;
    }

    /**
     * A spent token again: within the reuse interval the client lost the answer and retries, and gets the same pair;
     * after it, someone holds a copy, and the whole sign-in is cut off.
     */
    private TokenResponse repeatOrRevoke(String hash, String value) {
        // A new transaction: it sees the rotation that won, committed after this request's first read.
        TokenResponse repeated = inTransaction(() -> {
            Instant now = clock.now();
            RefreshToken spent = refreshTokens.findByHash(hash);
            if (spent == null || spent.revokedAt != null) {
                return null;
            }
            if (spent.replayUntil != null && now.isBefore(spent.replayUntil) && spent.replaySealed != null) {
                String pair = RefreshReplay.open(value, spent.id, spent.replaySealed).orElse(null);
                if (pair != null) {
                    events.record(AuthEvent.Kind.TOKEN_REFRESH_REPEATED, null, spent.userId, spent.clientId);
                    return fromJson(pair);
                }
            }
            refreshTokens.revokeFamily(spent.familyId, now);
            events.record(AuthEvent.Kind.REFRESH_TOKEN_REUSED, null, spent.userId, spent.clientId);
            return null;
        });
        if (repeated == null) {
            throw invalidRefreshToken();
        }
        return repeated;
    }

    /** Machine clients are never locked (that would stop the portal's petitions): their failures slow their source. */
    private TokenResponse client(String clientId, String secret) {
        Account account = inTransaction(() -> users.findByUsername(clientId).map(Account::of).orElse(null));
        if (account == null || !account.machine() || !account.live()) {
            passwords.matchNothing(secret);
            AuthEvent.Reason reason = account == null ? AuthEvent.Reason.UNKNOWN_ACCOUNT
                    : !account.machine() ? AuthEvent.Reason.NOT_A_MACHINE_CLIENT : AuthEvent.Reason.ACCOUNT_DISABLED;
            inTransaction(() -> events.record(AuthEvent.Kind.CLIENT_AUTHENTICATION_FAILED, reason, clientId, null, clientId));
            throw invalidClient();
        }
        if (!passwords.matches(secret, account.passwordHash())) {
            inTransaction(() -> events.record(AuthEvent.Kind.CLIENT_AUTHENTICATION_FAILED, AuthEvent.Reason.WRONG_SECRET,
                    clientId, account.id(), clientId));
            throw invalidClient();
        }
        return orRefuse(() -> {
            UserAccount live = users.findLive(account.id()).filter(a -> a.active).orElse(null);
            if (live == null) {
                return null;
            }
            events.record(AuthEvent.Kind.CLIENT_AUTHENTICATED, clientId, live.id, clientId);
            return tokens.issue(live, clientId, tokens.openSession(live, clientId));
        }, SignInService::invalidClient);
    }

    private void throttleRequests() {
        long wait = limiter.hit("token-requests:" + source.address(), settings.maxTokenRequestsPerSource(),
                settings.sourceWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private static void inTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }

    /** Runs work that answers null for a refusal it has logged; the refusal is thrown after the commit. */
    private static TokenResponse orRefuse(Supplier<TokenResponse> work, Supplier<ApiException> refusal) {
        TokenResponse result = inTransaction(work);
        if (result == null) {
            throw refusal.get();
        }
        return result;
    }

    private String toJson(TokenResponse pair) {
        try {
            return json.writeValueAsString(pair);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TokenResponse fromJson(String pair) {
        try {
            return json.readValue(pair, TokenResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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
