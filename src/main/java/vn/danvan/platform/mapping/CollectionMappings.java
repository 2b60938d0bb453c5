package vn.danvan.platform.mapping;

import org.mapstruct.Named;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Lists in requests that may be sent as {@code null}: selected by name ({@code qualifiedByName}) where an absent list
 * means "none" (MapStruct would otherwise set the entity's collection to {@code null}).
 */
public final class CollectionMappings {

    private CollectionMappings() {
    }

    @Named("orEmpty")
    public static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    /** An unmodifiable copy, empty for {@code null}. */
    @Named("listOrEmpty")
    public static <T> List<T> listOrEmpty(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
