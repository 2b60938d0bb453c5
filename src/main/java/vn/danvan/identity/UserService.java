package vn.danvan.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.api.model.UserCreate;
import vn.danvan.api.model.UserUpdate;
import vn.danvan.organization.OrganizationRepository;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.sync.SyncDepartures;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts, managed by system administrators everywhere and by organisation administrators inside
 * their subtree, who may give only ORG_ADMIN, OFFICER and VIEWER. Nobody changes their own roles,
 * organisation or active flag. Callers hold the transaction.
 */
@ApplicationScoped
public class UserService {

    static final String ENTITY = "entity.user";
    private static final Set<GrantedRole> ORG_ADMIN_GRANTS = EnumSet.of(GrantedRole.ORG_ADMIN, GrantedRole.OFFICER, GrantedRole.VIEWER,
            GrantedRole.FRONT_OFFICER);

    private final UserRepository users;
    private final UserRequestMapper requests;
    private final OrganizationTreeQueries organizations;
    private final OrganizationRepository units;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;
    private final PasswordHasher passwords;
    private final SignInAttempts attempts;
    private final AuthEvents events;
    private final RefreshTokenRepository refreshTokens;
    private final AppClock clock;
    private final java.time.Duration lockDuration;
    private final SyncDepartures departures;

    UserService(UserRepository users, UserRequestMapper requests, OrganizationTreeQueries organizations,
                OrganizationRepository units, ScopeProvider scopes, CurrentCaller caller, PasswordHasher passwords, SignInAttempts attempts,
                AuthEvents events, RefreshTokenRepository refreshTokens, AppClock clock, IdentityConfig config,
                SyncDepartures departures) {
        this.departures = departures;
        this.users = users;
        this.requests = requests;
        this.organizations = organizations;
        this.units = units;
        this.scopes = scopes;
        this.caller = caller;
        this.passwords = passwords;
        this.attempts = attempts;
        this.events = events;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.lockDuration = config.lockDuration();
    }

    /** An account inside the caller's scope, or 404 exactly as for one that does not exist. */
    public UserAccount get(UUID id) {
        return users.findLive(id).filter(this::visible).orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public UserAccount me() {
        UUID id = caller.accountId().orElseThrow(() -> ApiException.notFound(ENTITY, caller.id()));
        return users.findLive(id).orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    boolean visible(UserAccount account) {
        var scope = scopes.current();
        return scope.unrestricted() || organizations.isWithin(account.organizationId, scope);
    }

    /** @param passwordHash the hash of the request's password, computed before the transaction (see PasswordHasher) */
    public UserAccount create(UserCreate request, String passwordHash) {
        String username = request.getUsername().toLowerCase(Locale.ROOT);
        Set<GrantedRole> roles = EnumSet.copyOf(request.getRoles());
        List<FieldViolation> violations = new ArrayList<>();
        checkRoles(roles, roles, request.getOrganizationId(), violations);
        checkFrontOfficer(roles, request.getOrganizationId(), "roles", violations);
        PasswordPolicy.check("password", username, request.getPassword()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (users.findById(id) != null) {
            throw ApiException.idTaken();
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "user.duplicate-username", username);
        }
        UserAccount account = new UserAccount();
        account.id = id;
        requests.create(request, account);
        account.active = true;
        account.passwordHash = passwordHash;
        account.passwordChangedAt = clock.now();
        users.persistAndFlush(account);
        return account;
    }

    public UserAccount update(UUID id, String ifMatch, UserUpdate request) {
        UserAccount account = get(id);
        EntityTags.require(ifMatch, account.version);
        Set<GrantedRole> roles = EnumSet.copyOf(request.getRoles());
        List<FieldViolation> violations = new ArrayList<>();
        boolean self = caller.accountId().filter(account.id::equals).isPresent();
        if (self && (!roles.equals(account.roles) || !Objects.equals(request.getOrganizationId(), account.organizationId)
                || !Objects.equals(request.getActive(), account.active))) {
            violations.add(FieldViolation.of("roles", "OwnAccount", "user.own-account"));
        }
        Set<GrantedRole> touched = EnumSet.copyOf(roles);
        touched.addAll(account.roles);
        checkRoles(roles, touched, request.getOrganizationId(), violations);
        // FRONT_OFFICER newly granted, or kept by an account moved to another unit: that unit must be a Front body.
        if (!account.roles.contains(GrantedRole.FRONT_OFFICER)) {
            checkFrontOfficer(roles, request.getOrganizationId(), "roles", violations);
        } else if (!Objects.equals(request.getOrganizationId(), account.organizationId)) {
            checkFrontOfficer(roles, request.getOrganizationId(), "organizationId", violations);
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        boolean accessChanged = !roles.equals(account.roles)
                || !Objects.equals(request.getOrganizationId(), account.organizationId)
                || account.active != Boolean.TRUE.equals(request.getActive());
        // Phones holding the directory drop an official who left the unit or can no longer sign in.
        boolean wasInDirectory = account.active && !account.roles.contains(GrantedRole.PORTAL_CLIENT);
        boolean staysInDirectory = Boolean.TRUE.equals(request.getActive()) && !roles.contains(GrantedRole.PORTAL_CLIENT);
        if (wasInDirectory) {
            departures.record(OfficialQueries.SYNC, account.id, account.organizationId,
                    staysInDirectory ? request.getOrganizationId() : null);
        }
        requests.update(request, account);
        if (accessChanged) {
            invalidateTokens(account);
        }
        users.flush();
        return account;
    }

    public void delete(UUID id, String ifMatch) {
        UserAccount account = get(id);
        EntityTags.require(ifMatch, account.version);
        if (caller.accountId().filter(account.id::equals).isPresent()) {
            throw new ApiException(ProblemType.INVALID_STATE, "user.own-account-delete");
        }
        List<FieldViolation> violations = new ArrayList<>();
        checkGrantable(account.roles, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        account.deletedAt = clock.now();
        invalidateTokens(account);
        users.flush();
    }

    /** @param newHash the hash of the new password, computed before the transaction (see PasswordHasher) */
    public UserAccount resetPassword(UUID id, String ifMatch, String newPassword, String newHash) {
        UserAccount account = get(id);
        EntityTags.check(ifMatch, account.version);
        List<FieldViolation> violations = new ArrayList<>();
        checkGrantable(account.roles, violations);
        PasswordPolicy.check("newPassword", account.username, newPassword).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        setPassword(account, newHash);
        events.record(AuthEvent.Kind.PASSWORD_RESET, account.username, account.id, caller.clientId().orElse(null));
        users.flush();
        return account;
    }

    /**
     * Changes the caller's own password. A wrong current password counts as a failed sign-in (the same lockout
     * counter, logged); once the account is locked, or as many attempts as the limit allows are under way, further
     * attempts answer 429 until the lock ends. No transaction is open while a hash is computed.
     */
    void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = QuarkusTransaction.requiringNew().call(this::me);
        String client = caller.clientId().orElse(null);
        passwords.exclusive(() -> {
            Instant now = clock.now();
            SignInAttempts.Attempt attempt = QuarkusTransaction.requiringNew().call(() -> attempts.begin(account.id, now));
            if (!attempt.mayCheck(attempts.max())) {
                passwords.matchNothing(currentPassword);
                failedPasswordChange(account, client, now);
                long wait = Math.max(1, QuarkusTransaction.requiringNew().call(() -> attempts.secondsLocked(account.id, now)));
                throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.account-locked-wait", wait).retryAfter(wait);
            }
            if (!passwords.matches(currentPassword, account.passwordHash)) {
                failedPasswordChange(account, client, now);
                throw ApiException.invalid(FieldViolation.of("currentPassword", "WrongPassword",
                        "detail.wrong-current-password"));
            }
            PasswordPolicy.check("newPassword", account.username, newPassword).ifPresent(v -> {
                QuarkusTransaction.requiringNew().run(() -> attempts.succeeded(account.id, attempt));
                throw ApiException.invalid(v);
            });
            String newHash = passwords.hash(newPassword);
            QuarkusTransaction.requiringNew().run(() -> {
                attempts.succeeded(account.id, attempt);
                UserAccount live = me();
                if (!live.passwordHash.equals(account.passwordHash)) {
                    // Changed meanwhile (another device, an administrator): the current password given is no longer it.
                    throw new ApiException(ProblemType.CONCURRENT_MODIFICATION, "detail.modified-concurrently");
                }
                setPassword(live, newHash);
                events.record(AuthEvent.Kind.PASSWORD_CHANGED, live.username, live.id, client);
            });
            return null;
        });
    }

    private void failedPasswordChange(UserAccount account, String client, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            events.record(AuthEvent.Kind.PASSWORD_CHANGE_FAILED, AuthEvent.Reason.WRONG_PASSWORD, account.username,
                    account.id, client);
            if (attempts.lockIfDue(account.id, now, now.plus(lockDuration))) {
                events.record(AuthEvent.Kind.ACCOUNT_LOCKED, account.username, account.id, client);
            }
        });
    }

    private void setPassword(UserAccount account, String hash) {
        account.passwordHash = hash;
        account.passwordChangedAt = clock.now();
        account.failedSignIns = 0;
        account.lockedUntil = null;
        invalidateTokens(account);
    }

    private void invalidateTokens(UserAccount account) {
        account.tokenEpoch++;
        refreshTokens.revokeAllOf(account.id, clock.now());
    }

    private void checkRoles(Set<GrantedRole> roles, Set<GrantedRole> touched, UUID organizationId, List<FieldViolation> violations) {
        if (roles.contains(GrantedRole.PORTAL_CLIENT) && roles.size() > 1) {
            violations.add(FieldViolation.of("roles", "Exclusive", "user.portal-client-exclusive"));
        }
        checkGrantable(touched, violations);
        if (organizationId == null) {
            if (!roles.equals(EnumSet.of(GrantedRole.SYSTEM_ADMIN))) {
                violations.add(FieldViolation.of("organizationId", "NotNull", "user.organization-required"));
            }
        } else if (!organizations.isWithin(organizationId, scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "user.organization-not-found", organizationId));
        }
    }

    /**
     * FRONT_OFFICER only for an account of a Fatherland Front committee or a socio-political organisation: its holder
     * records and reads that organisation's recommendations, which makes no sense for any other unit.
     */
    private void checkFrontOfficer(Set<GrantedRole> roles, UUID organizationId, String field,
                                   List<FieldViolation> violations) {
        // A unit outside the caller's scope is refused as not found (checkRoles), without naming it here.
        if (!roles.contains(GrantedRole.FRONT_OFFICER) || organizationId == null
                || !organizations.isWithin(organizationId, scopes.current())) {
            return;
        }
        units.findLive(organizationId).filter(unit -> !unit.isFrontBody()).ifPresent(unit -> violations.add(
                FieldViolation.of(field, "NotFrontBody", "user.front-officer-not-front", unit.name)));
    }

    private void checkGrantable(Set<GrantedRole> roles, List<FieldViolation> violations) {
        if (caller.hasRole(GrantedRole.SYSTEM_ADMIN.toString())) {
            return;
        }
        roles.stream().filter(r -> !ORG_ADMIN_GRANTS.contains(r)).findFirst().ifPresent(r ->
                violations.add(FieldViolation.of("roles", "NotGrantable", "user.role-not-grantable", r)));
    }
}
