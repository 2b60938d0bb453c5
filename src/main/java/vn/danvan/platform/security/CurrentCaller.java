package vn.danvan.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is calling, for per-caller records such as idempotency keys. Until sign-in exists every
 * caller is the same anonymous one; the identity layer replaces this with the token's subject.
 */
@ApplicationScoped
public class CurrentCaller {

    public static final String ANONYMOUS = "anonymous";

    public String id() {
        return ANONYMOUS;
    }
}
