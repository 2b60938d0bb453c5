package vn.danvan.identity;

import vn.danvan.platform.http.Responses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.UsersApi;
import vn.danvan.api.model.PasswordChange;
import vn.danvan.api.model.PasswordReset;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.api.model.UserCreate;
import vn.danvan.api.model.UserPage;
import vn.danvan.api.model.UserUpdate;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.UUID;

/** /api/v1/users — accounts of officials and machine clients. */
@Idempotent
public class UserResource implements UsersApi {

    private final UserService service;
    private final UserQueries queries;
    private final UserMapper mapper;
    private final UserHistory history;
    private final AppClock clock;
    private final PasswordHasher passwords;

    @Context
    UriInfo uriInfo;

    UserResource(UserService service, UserQueries queries, UserMapper mapper, UserHistory history, AppClock clock,
                 PasswordHasher passwords) {
        this.passwords = passwords;
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Response listUsers(String q, UUID organizationId, GrantedRole role, Boolean active, String sort, Integer pageSize,
                              String pageToken) {
        Page<UserAccount> page = queries.list(q, organizationId, role, active, sort, PageRequest.of(pageSize, pageToken));
        Instant now = clock.now();
        return Response.ok(new UserPage().items(page.items().stream().map(u -> mapper.toApi(u, now)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    // No transaction around the hash: it is computed first, in a hashing slot; the stored answer of an Idempotency-Key
    // is then written in a transaction of its own right after the account's.
    public Response createUser(UserCreate userCreate, String idempotencyKey) {
        String hash = passwords.hashExclusive(userCreate.getPassword());
        UserAccount created = QuarkusTransaction.requiringNew().call(() -> service.create(userCreate, hash));
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/users/{id}").build(created.id), mapper.toApi(created, clock.now()), created.version);
    }

    @Override
    public Response getCurrentUser() {
        return single(service.me());
    }

    @Override
    public Response changeOwnPassword(PasswordChange passwordChange, String idempotencyKey) {
        service.changeOwnPassword(passwordChange.getCurrentPassword(), passwordChange.getNewPassword());
        return Response.noContent().build();
    }

    @Override
    public Response getUser(UUID userId) {
        return single(service.get(userId));
    }

    @Override
    @Transactional
    public Response updateUser(UUID userId, String ifMatch, UserUpdate userUpdate) {
        return single(service.update(userId, ifMatch, userUpdate));
    }

    @Override
    @Transactional
    public Response deleteUser(UUID userId, String ifMatch) {
        service.delete(userId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    public Response resetUserPassword(UUID userId, PasswordReset passwordReset, String idempotencyKey, String ifMatch) {
        String hash = passwords.hashExclusive(passwordReset.getNewPassword());
        return single(QuarkusTransaction.requiringNew().call(() ->
                service.resetPassword(userId, ifMatch, passwordReset.getNewPassword(), hash)));
    }

    @Override
    public Response listUserHistory(UUID userId, Integer pageSize, String pageToken) {
        return Response.ok(history.page(userId, PageRequest.of(pageSize, pageToken))).build();
    }

    private Response single(UserAccount account) {
        return Responses.single(mapper.toApi(account, clock.now()), account.version);
    }

}
