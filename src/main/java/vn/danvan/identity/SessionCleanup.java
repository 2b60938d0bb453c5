package vn.danvan.identity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.danvan.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets what sign-ins no longer need: the sealed pairs of spent refresh tokens once their reuse interval is over,
 * and refresh tokens and sessions a day after they expire. Safe on several instances: each statement is idempotent.
 */
@ApplicationScoped
class SessionCleanup {

    private final AppClock clock;
    private final RefreshTokenRepository refreshTokens;
    private final UserSessionRepository sessions;

    SessionCleanup(AppClock clock, RefreshTokenRepository refreshTokens, UserSessionRepository sessions) {
        this.clock = clock;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        Instant now = clock.now();
        refreshTokens.update("replaySealed = null where replayUntil < ?1 and replaySealed is not null", now);
        Instant dayAgo = now.minus(Duration.ofDays(1));
        refreshTokens.delete("expiresAt < ?1", dayAgo);
        sessions.delete("expiresAt < ?1", dayAgo);
    }
}
