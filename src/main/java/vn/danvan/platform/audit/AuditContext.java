package vn.danvan.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Who is changing data, when, through which client and from where: what every audit revision records.
 * Inside an HTTP request the actor is the {@link CurrentCaller}; outside one it is the actor the work stands
 * for ({@link CurrentCaller#DEMO_DATA} for the demo data at start-up), else {@value #SYSTEM} (scheduled jobs).
 *
 * <p>The client is the application named at sign-in (the token's {@code azp}, e.g. mobile-app), or
 * the request's {@code User-Agent} when the token names none.
 */
@ApplicationScoped
@Unremovable // looked up by the Envers revision listener, which CDI does not see
public class AuditContext {

    public static final String SYSTEM = "system";
    public static final String UNKNOWN_CLIENT = "unknown";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CurrentCaller caller;
    private final CurrentVertxRequest request;
    private final AppClock clock;

    public AuditContext(CurrentCaller caller, CurrentVertxRequest request, AppClock clock) {
        this.caller = caller;
        this.request = request;
        this.clock = clock;
    }

    void describe(AuditRevision revision) {
        // Microseconds: what DATETIME(6) keeps, as for the records' own timestamps.
        revision.at = clock.now().truncatedTo(ChronoUnit.MICROS);
        RoutingContext http = currentRequest();
        if (http == null) {
            // The server's own work: scheduled jobs are "system"; the demo data names itself (CurrentCaller.DEMO_DATA).
            CurrentCaller.Actor actor = caller.standIn().orElse(null);
            revision.actorId = actor == null ? SYSTEM : limit(actor.id(), 100);
            revision.actorName = actor == null ? SYSTEM : limit(actor.name(), 255);
            revision.clientId = actor == null ? SYSTEM : limit(actor.id(), 200);
            return;
        }
        revision.actorId = limit(caller.id(), 100);
        revision.actorName = limit(caller.name(), 255);
        HttpServerRequest incoming = http.request();
        String userAgent = incoming.getHeader("User-Agent");
        boolean hasAgent = userAgent != null && !userAgent.isBlank();
        revision.userAgent = hasAgent ? limit(userAgent.strip(), 500) : null;
        revision.clientId = caller.clientId().map(c -> limit(c, 200))
                .orElse(hasAgent ? limit(userAgent.strip(), 200) : UNKNOWN_CLIENT);
        SocketAddress remote = incoming.remoteAddress();
        revision.sourceIp = remote == null ? null : ipAddress(remote.hostAddress());
        String requestId = incoming.getHeader(REQUEST_ID_HEADER);
        revision.requestId = requestId != null && REQUEST_ID.matcher(requestId).matches() ? requestId : null;
    }

    /** The HTTP request being served on this thread, or {@code null} outside one. */
    private RoutingContext currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return request.getCurrent();
    }

    /** The address without an IPv6 zone ("fe80::1%eth0" → "fe80::1"). */
    private static String ipAddress(String address) {
        if (address == null) {
            return null;
        }
        int zone = address.indexOf('%');
        return limit(zone < 0 ? address : address.substring(0, zone), 45);
    }

    private static String limit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max);
    }
}
