package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Role;
import vn.danvan.api.model.UserCreate;
import vn.danvan.api.model.UserUpdate;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

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
    private static final Set<Role> ORG_ADMIN_GRANTS = EnumSet.of(Role.ORG_ADMIN, Role.OFFICER, Role.VIEWER);

    private final UserRepository users;
    private final OrganizationDirectory organizations;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;
    private final PasswordHasher passwords;
    private final AuthEvents events;
    private final AppClock clock;

    UserService(UserRepository users, OrganizationDirectory organizations, ScopeProvider scopes, CurrentCaller caller,
                PasswordHasher passwords, AuthEvents events, AppClock clock) {
        this.users = users;
        this.organizations = organizations;
        this.scopes = scopes;
        this.caller = caller;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
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

    public UserAccount create(UserCreate request) {
        String username = request.getUsername().toLowerCase(Locale.ROOT);
        Set<Role> roles = EnumSet.copyOf(request.getRoles());
        List<FieldViolation> violations = new ArrayList<>();
        checkRoles(roles, roles, request.getOrganizationId(), violations);
        PasswordPolicy.check("password", username, request.getPassword()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (users.findById(id) != null) {
            throw new ApiException(ProblemType.DUPLICATE_ID, "user.duplicate-id", id);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "user.duplicate-username", username);
        }
        UserAccount account = new UserAccount();
        account.id = id;
        account.username = username;
        account.fullName = request.getFullName();
        account.position = request.getPosition();
        account.organizationId = request.getOrganizationId();
        account.phone = request.getPhone();
        account.email = request.getEmail();
        account.roles = roles;
        account.active = true;
        account.passwordHash = passwords.hash(request.getPassword());
        account.passwordChangedAt = clock.now();
        users.persistAndFlush(account);
        return account;
    }

    public UserAccount update(UUID id, String ifMatch, UserUpdate request) {
        UserAccount account = get(id);
        EntityTags.require(ifMatch, account.version);
        Set<Role> roles = EnumSet.copyOf(request.getRoles());
        List<FieldViolation> violations = new ArrayList<>();
        boolean self = caller.accountId().filter(account.id::equals).isPresent();
        if (self && (!roles.equals(account.roles) || !Objects.equals(request.getOrganizationId(), account.organizationId)
                || !Objects.equals(request.getActive(), account.active))) {
            violations.add(FieldViolation.of("roles", "OwnAccount", "user.own-account"));
        }
        Set<Role> touched = EnumSet.copyOf(roles);
        touched.addAll(account.roles);
        checkRoles(roles, touched, request.getOrganizationId(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        boolean accessChanged = !roles.equals(account.roles)
                || !Objects.equals(request.getOrganizationId(), account.organizationId)
                || account.active != Boolean.TRUE.equals(request.getActive());
        account.fullName = request.getFullName();
        account.position = request.getPosition();
        account.organizationId = request.getOrganizationId();
        account.phone = request.getPhone();
        account.email = request.getEmail();
        account.roles = roles;
        account.active = Boolean.TRUE.equals(request.getActive());
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

    public UserAccount resetPassword(UUID id, String ifMatch, String newPassword) {
        UserAccount account = get(id);
        EntityTags.check(ifMatch, account.version);
        List<FieldViolation> violations = new ArrayList<>();
        checkGrantable(account.roles, violations);
        PasswordPolicy.check("newPassword", account.username, newPassword).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        setPassword(account, newPassword);
        events.record(AuthEvent.Kind.PASSWORD_RESET, account.username, account.id, caller.clientId().orElse(null));
        users.flush();
        return account;
    }

    /** @return a failure to throw after the transaction commits (so that a wrong guess is counted), or null */
    ApiException changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = me();
        if (!passwords.matches(currentPassword, account.passwordHash)) {
            account.failedSignIns++;
            events.record(AuthEvent.Kind.SIGN_IN_FAILED, account.username, account.id, caller.clientId().orElse(null));
            return ApiException.invalid(FieldViolation.of("currentPassword", "WrongPassword", "detail.wrong-current-password"));
        }
        var violation = PasswordPolicy.check("newPassword", account.username, newPassword);
        if (violation.isPresent()) {
            return ApiException.invalid(violation.get());
        }
        setPassword(account, newPassword);
        events.record(AuthEvent.Kind.PASSWORD_CHANGED, account.username, account.id, caller.clientId().orElse(null));
        return null;
    }

    private void setPassword(UserAccount account, String password) {
        account.passwordHash = passwords.hash(password);
        account.passwordChangedAt = clock.now();
        account.failedSignIns = 0;
        account.lockedUntil = null;
        invalidateTokens(account);
    }

    private void invalidateTokens(UserAccount account) {
        account.tokenEpoch++;
        RefreshToken.revokeAllOf(account.id, clock.now());
    }

    private void checkRoles(Set<Role> roles, Set<Role> touched, UUID organizationId, List<FieldViolation> violations) {
        if (roles.contains(Role.PORTAL_CLIENT) && roles.size() > 1) {
            violations.add(FieldViolation.of("roles", "Exclusive", "user.portal-client-exclusive"));
        }
        checkGrantable(touched, violations);
        if (organizationId == null) {
            if (!roles.equals(EnumSet.of(Role.SYSTEM_ADMIN))) {
                violations.add(FieldViolation.of("organizationId", "NotNull", "user.organization-required"));
            }
        } else if (!organizations.isWithin(organizationId, scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "user.organization-not-found", organizationId));
        }
    }

    private void checkGrantable(Set<Role> roles, List<FieldViolation> violations) {
        if (caller.hasRole(Role.SYSTEM_ADMIN.toString())) {
            return;
        }
        roles.stream().filter(r -> !ORG_ADMIN_GRANTS.contains(r)).findFirst().ifPresent(r ->
                violations.add(FieldViolation.of("roles", "NotGrantable", "user.role-not-grantable", r)));
    }
}
