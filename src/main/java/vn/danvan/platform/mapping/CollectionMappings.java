package vn.danvan.platform.mapping;

import org.mapstruct.Named;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists in requests that may be sent as {@code null}: selected by name ({@code qualifiedByName}) where an absent list
 * means "none" (MapStruct would otherwise set the entity's collection to {@code null}).
 */
public final class CollectionMappings {

    private CollectionMappings() {
    }

    /** A set of the values in their order, a repeated one counted once (the contract's lists of IDs); empty for {@code null}. */
    @Named("orEmpty")
    public static <T> Set<T> orEmpty(Collection<T> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    /** The values in their order with repeats dropped (a list whose order means something), empty for {@code null}. */
    @Named("distinctListOrEmpty")
    public static <T> List<T> distinctListOrEmpty(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    /** An unmodifiable copy, empty for {@code null}. */
    @Named("listOrEmpty")
    public static <T> List<T> listOrEmpty(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
