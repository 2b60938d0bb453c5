package vn.danvan.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.danvan.api.model.GrantedRole;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of roles as a comma-separated column, in a stable order. */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<GrantedRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<GrantedRole> roles) {
        return roles == null ? "" : roles.stream().sorted().map(GrantedRole::toString).collect(Collectors.joining(","));
    }

    @Override
    public Set<GrantedRole> convertToEntityAttribute(String column) {
        Set<GrantedRole> roles = EnumSet.noneOf(GrantedRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(GrantedRole::fromValue).forEach(roles::add);
        }
        return roles;
    }
}
