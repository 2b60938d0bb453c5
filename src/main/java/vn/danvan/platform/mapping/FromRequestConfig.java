package vn.danvan.platform.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * For mappers from the contract's request bodies to entities ({@code @Mapper(config = FromRequestConfig.class)}):
 * every property of the request must be used, or listed in {@code @BeanMapping(ignoreUnmappedSourceProperties)}
 * with the reason it is handled elsewhere, so that a field added to a request breaks the build until it is stored.
 * Entity fields that no request carries (ID, instants, version, tombstone, derived columns) are left alone.
 *
 * <p>A method that builds a whole value rather than filling an entity (a record between the request and the service,
 * an embeddable row) adds {@code @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR)}: each of its components
 * must come from the request or be ignored with a reason, as a model does in {@link ToContractConfig}.
 *
 * <p>Beware that MapStruct still copies a request property to an entity field of the same name even when it is
 * listed as handled elsewhere: such targets need their own {@code @Mapping(target = ..., ignore = true)}.
 */
@MapperConfig(uses = {TextMappings.class, CollectionMappings.class}, unmappedSourcePolicy = ReportingPolicy.ERROR,
        unmappedTargetPolicy = ReportingPolicy.IGNORE)
public interface FromRequestConfig {
}
