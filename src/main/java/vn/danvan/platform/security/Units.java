package vn.danvan.platform.security;

import vn.danvan.platform.persistence.JpqlLists;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A set of organisation units as a query condition: every unit (an unrestricted scope) or the listed ones. The mobile
 * sync compares the units a caller reached when its token was issued with those it reaches now.
 */
public record Units(boolean all, Set<UUID> ids) {

    public static final Units EVERY = new Units(true, Set.of());
    public static final Units NONE = new Units(false, Set.of());

    public static Units of(java.util.Collection<UUID> ids) {
        return new Units(false, Set.copyOf(ids));
    }

    public boolean isEmpty() {
        return !all && ids.isEmpty();
    }

    /** JPQL: {@code attribute} (a unit ID) is one of these units. */
    public String condition(String attribute, Map<String, Object> params, String param) {
        if (all) {
            return "1 = 1";
        }
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        return JpqlLists.in(attribute, List.copyOf(ids), params, param);
    }
}
