package vn.danvan.identity;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.api.model.Role;
import vn.danvan.api.model.User;
import vn.danvan.platform.mapping.ToContractConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Accounts as the contract shows them; whether an account is locked depends on the instant. */
@Mapper(config = ToContractConfig.class)
public interface UserMapper {

    @Mapping(target = "locked", expression = "java(account.isLocked(now))")
    @Mapping(target = "roles", expression = "java(UserMapper.releasedRoles(account.roles))")
    @Mapping(target = "grantedRoles", expression = "java(new java.util.ArrayList<>(account.roles))")
    User toApi(UserAccount account, @Context Instant now);

    /**
     * The roles 0.4.0 clients know ({@code Role}): a role added since (FRONT_OFFICER) is listed only in
     * {@code grantedRoles}, since a value a client does not know in {@code roles} would break it (CHANGELOG, Unreleased).
     */
    static List<Role> releasedRoles(Set<GrantedRole> roles) {
        List<Role> released = new ArrayList<>();
        for (GrantedRole role : roles) {
            if (role != GrantedRole.FRONT_OFFICER) {
                released.add(Role.fromValue(role.toString()));
            }
        }
        return released;
    }
}
