package vn.danvan.platform.audit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.AuditAction;
import vn.danvan.api.model.AuditActor;
import vn.danvan.api.model.AuditChange;
import vn.danvan.api.model.AuditEntry;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;

/** A revision as the contract's history entry; a plain instance because AuditEntries is static. */
@Mapper(config = ToContractConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
interface AuditEntryMapper {

    AuditEntryMapper INSTANCE = Mappers.getMapper(AuditEntryMapper.class);

    // Three sources: ToContractConfig's per-model ignores are not inherited, so the list helper is ignored here.
    @Mapping(target = "removeChangesItem", ignore = true)
    @Mapping(target = "revision", source = "revision.id")
    @Mapping(target = "at", source = "revision.at")
    @Mapping(target = "actor", source = "revision")
    @Mapping(target = "clientId", source = "revision.clientId")
    @Mapping(target = "sourceIp", source = "revision.sourceIp")
    AuditEntry entry(AuditRevision revision, AuditAction action, List<AuditChange> changes);

    @Mapping(target = "id", source = "actorId")
    @Mapping(target = "name", source = "actorName")
    AuditActor actor(AuditRevision revision);
}
