package vn.danvan.directive;

import jakarta.inject.Inject;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import vn.danvan.api.model.Directive;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Directive rows to the contract's Directive, with the issuing units' names looked up in one query. */
@Mapper(config = ToContractConfig.class)
public abstract class DirectiveMapper {

    @Inject
    OrganizationTreeQueries organizations;

    public Directive toApi(DirectiveEntity entity) {
        return toApi(List.of(entity)).get(0);
    }

    public List<Directive> toApi(List<DirectiveEntity> entities) {
        Map<UUID, String> unitNames = organizations.names(entities.stream().map(e -> e.issuerOrganizationId)
                .filter(Objects::nonNull).toList());
        return entities.stream().map(e -> toApi(e, unitNames)).toList();
    }

    @Mapping(target = "issuerOrganizationName", source = "issuerOrganizationId", qualifiedByName = "unitName")
    @Mapping(target = "year", source = "issueYear")
    abstract Directive toApi(DirectiveEntity entity, @Context Map<UUID, String> unitNames);

    @Named("unitName")
    String unitName(UUID id, @Context Map<UUID, String> unitNames) {
        return id == null ? null : unitNames.get(id);
    }
}
