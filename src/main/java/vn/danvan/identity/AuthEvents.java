package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.time.AppClock;

import java.util.UUID;

/** Writes the sign-in log (never passwords or tokens) inside the caller's transaction. */
@ApplicationScoped
class AuthEvents {

    private final AppClock clock;
    private final RequestSource source;
    private final AuthEventRepository log;

    AuthEvents(AppClock clock, RequestSource source, AuthEventRepository log) {
        this.clock = clock;
        this.source = source;
        this.log = log;
    }

    void record(AuthEvent.Kind kind, String username, UUID userId, String clientId) {
        record(kind, null, username, userId, clientId);
    }

    void record(AuthEvent.Kind kind, AuthEvent.Reason reason, String username, UUID userId, String clientId) {
        AuthEvent event = new AuthEvent();
        event.reason = reason;
        event.occurredAt = clock.now();
        event.event = kind;
        event.username = username == null ? null : username.substring(0, Math.min(64, username.length()));
        event.userId = userId;
        event.clientId = clientId;
        event.sourceIp = source.address();
        event.userAgent = source.userAgent();
        log.persist(event);
    }
}
