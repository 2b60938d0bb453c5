package vn.danvan.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.platform.time.AppClock;

import java.util.EnumSet;
import java.util.UUID;

/**
 * A fresh installation has no account to sign in with: when there is no system administrator and
 * danvan.security.bootstrap-admin-password is set, one is created on start. Two instances starting
 * together create one (the username is unique).
 */
@ApplicationScoped
class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final IdentityConfig config;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AppClock clock;

    BootstrapAdmin(IdentityConfig config, UserRepository users, PasswordHasher passwords, AppClock clock) {
        this.config = config;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    // After the demo data (default priority 2500), which brings its own administrator.
    void onStart(@Observes @jakarta.annotation.Priority(3000) StartupEvent event) {
        var password = config.bootstrapAdminPassword();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (users.countLiveSystemAdmins() > 0) {
                    return;
                }
                if (password.isEmpty()) {
                    LOG.warn("No system administrator exists: set DANVAN_SECURITY_BOOTSTRAP_ADMIN_PASSWORD to create one.");
                    return;
                }
                UserAccount admin = new UserAccount();
                admin.id = UUID.randomUUID();
                admin.username = config.bootstrapAdminUsername();
                admin.fullName = "Quản trị hệ thống";
                admin.roles = EnumSet.of(GrantedRole.SYSTEM_ADMIN);
                admin.active = true;
                admin.passwordHash = passwords.hash(password.get());
                admin.passwordChangedAt = clock.now();
                users.persist(admin);
                LOG.infof("Created the first system administrator '%s'", admin.username);
            });
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException createdByAnotherInstance) {
            LOG.info("The first system administrator was created by another instance");
        }
    }
}
