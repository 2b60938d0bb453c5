package vn.danvan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the subject, roles, organisation and client application of the access token.
 * Outside a request (start-up jobs) and for anonymous calls the caller is {@link #ANONYMOUS}.
 */
@ApplicationScoped
public class CurrentCaller {

    public static final String ANONYMOUS = "anonymous";

    /**
     * Who a piece of work done by the server itself stands for, shown as such wherever an actor is named (the audit
     * trail, task timelines, progress updates).
     */
    public record Actor(String id, String name) {
    }

    /** The demo data loaded at start-up: named, so that its histories and timelines say who "did" it. */
    public static final Actor DEMO_DATA = new Actor("demo-data", "Dữ liệu mẫu (demo data)");

    private static final ThreadLocal<Actor> STAND_IN = new ThreadLocal<>();
    public static final String ORGANIZATION_CLAIM = "org";
    public static final String CLIENT_CLAIM = "azp";

    private final Instance<SecurityIdentity> identity;

    public CurrentCaller(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The subject of the token (the account ID for this service's own tokens). */
    public String id() {
        return jwt().map(JsonWebToken::getSubject).orElseGet(() -> standIn().map(Actor::id).orElse(ANONYMOUS));
    }

    public String name() {
        return jwt().map(JsonWebToken::getName).orElseGet(() -> standIn().map(Actor::name).orElse(ANONYMOUS));
    }

    /** The actor the server's own work on this thread stands for, outside a signed-in request. */
    public Optional<Actor> standIn() {
        return jwt().isPresent() ? Optional.empty() : Optional.ofNullable(STAND_IN.get());
    }

    /** Runs work of the server's own (outside any request) as {@code actor}. */
    public <T> T actingAs(Actor actor, java.util.function.Supplier<T> work) {
        Actor earlier = STAND_IN.get();
        STAND_IN.set(actor);
        try {
            return work.get();
        } finally {
            if (earlier == null) {
                STAND_IN.remove();
            } else {
                STAND_IN.set(earlier);
            }
        }
    }

    public Set<String> roles() {
        SecurityIdentity current = current();
        return current == null || current.isAnonymous() ? Set.of() : current.getRoles();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The organisation claim as it is: an ID (this service's tokens) or an official code (external ones). */
    public Optional<String> organizationReference() {
        return jwt().map(t -> t.<Object>getClaim(ORGANIZATION_CLAIM)).map(Object::toString);
    }

    /** The client application named at sign-in (e.g. mobile-app), for the audit trail. */
    public Optional<String> clientId() {
        return jwt().map(t -> t.<Object>getClaim(CLIENT_CLAIM)).map(Object::toString);
    }

    public Optional<UUID> accountId() {
        return jwt().map(JsonWebToken::getSubject).flatMap(CurrentCaller::uuid);
    }

    private Optional<JsonWebToken> jwt() {
        SecurityIdentity current = current();
        if (current == null || current.isAnonymous() || !(current.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    private SecurityIdentity current() {
        try {
            return identity.isResolvable() ? identity.get() : null;
        } catch (RuntimeException noRequestContext) {
            return null;
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
