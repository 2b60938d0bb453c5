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
    public static final String ORGANIZATION_CLAIM = "org";
    public static final String CLIENT_CLAIM = "azp";

    private final Instance<SecurityIdentity> identity;

    public CurrentCaller(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The subject of the token (the account ID for this service's own tokens). */
    public String id() {
        return jwt().map(JsonWebToken::getSubject).orElse(ANONYMOUS);
    }

    public String name() {
        return jwt().map(JsonWebToken::getName).orElse(ANONYMOUS);
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
