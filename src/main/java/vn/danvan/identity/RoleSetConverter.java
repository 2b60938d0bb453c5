package vn.danvan.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.danvan.api.model.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of roles as a comma-separated column, in a stable order. */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::toString).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Role::fromValue).forEach(roles::add);
        }
        return roles;
    }
}
