package vn.danvan.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.config.DanvanConfig;

/**
 * bcrypt hashes (Elytron's implementation). Checking an unknown user runs against a dummy hash so
 * that the answer takes as long as for a known one.
 */
@ApplicationScoped
class PasswordHasher {

    private final int cost;
    private final String dummyHash;

    PasswordHasher(DanvanConfig config) {
        this.cost = config.security().bcryptCost();
        this.dummyHash = BcryptUtil.bcryptHash("no-such-user-password", cost);
    }

    String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    /** Spends the same time as a real check, for unknown or locked accounts. */
    void matchNothing(String password) {
        BcryptUtil.matches(password == null ? "" : password, dummyHash);
    }
}
