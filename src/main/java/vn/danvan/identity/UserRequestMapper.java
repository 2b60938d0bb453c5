package vn.danvan.identity;

import org.mapstruct.BeanMapping;
import org.mapstruct.CollectionMappingStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.api.model.UserCreate;
import vn.danvan.api.model.UserUpdate;
import vn.danvan.platform.mapping.FromRequestConfig;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Account requests into the entity; UserService checks them first. The roles are one column (RoleSetConverter),
 * compared by value: they get a new set rather than having the old one cleared and refilled.
 */
@Mapper(config = FromRequestConfig.class, collectionMappingStrategy = CollectionMappingStrategy.TARGET_IMMUTABLE)
interface UserRequestMapper {

    // The ID is checked for reuse by UserService.create; of the password only its hash is kept, computed before.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "password"})
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "username", qualifiedByName = "username")
    @Mapping(target = "roles", qualifiedByName = "roles")
    void create(UserCreate request, @MappingTarget UserAccount account);

    @Mapping(target = "roles", qualifiedByName = "roles")
    @Mapping(target = "active", qualifiedByName = "active")
    void update(UserUpdate request, @MappingTarget UserAccount account);

    /** Usernames are compared without case: stored in lower case. */
    @Named("username")
    static String username(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    @Named("roles")
    static Set<GrantedRole> roles(java.util.Collection<GrantedRole> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(GrantedRole.class) : EnumSet.copyOf(roles); // a repeated role counts once
    }

    /** An update without {@code active} deactivates. */
    @Named("active")
    static boolean active(Boolean active) {
        return Boolean.TRUE.equals(active);
    }
}
