package vn.danvan.platform.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.AppraisalResult;
import vn.danvan.api.model.Directive;
import vn.danvan.api.model.MobilizationLineageNode;
import vn.danvan.api.model.MobilizationModel;
import vn.danvan.api.model.CaseFile;
import vn.danvan.api.model.OrganizationTreeNode;
import vn.danvan.api.model.ProgressReport;
import vn.danvan.api.model.PublicMobilizationModel;
import vn.danvan.api.model.Reception;
import vn.danvan.api.model.RegistrationWindow;
import vn.danvan.api.model.Task;
import vn.danvan.api.model.TaskProgressUpdate;
import vn.danvan.api.model.User;
import vn.danvan.api.model.WebhookDelivery;
import vn.danvan.api.model.WebhookSubscription;

/**
 * For mappers from entities to the contract's models ({@code @Mapper(config = ToContractConfig.class)}): every
 * property of a model must be mapped or ignored with a reason, so that a field added to the contract breaks the
 * build until it is mapped.
 *
 * <p>The generator writes {@code removeXItem(x)} beside each list property of a model, and MapStruct takes such a
 * method for a property of its own. It cannot be told to skip them by name pattern (only an accessor naming SPI on
 * the processor path could), so each model's helpers are ignored here once, in a prototype that every mapping
 * method to that model inherits. MapStruct inherits only into methods with one source parameter ({@code @Context}
 * does not count); a method with more sources to one of these models needs its own ignores.
 */
@MapperConfig(uses = TimeMappings.class, unmappedTargetPolicy = ReportingPolicy.ERROR,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface ToContractConfig {

    @Mapping(target = "removeScoresItem", ignore = true)
    AppraisalResult appraisalResult(Object source);

    @Mapping(target = "removeRecipientOrganizationIdsItem", ignore = true)
    @Mapping(target = "removeLegalBasisIdsItem", ignore = true)
    Directive directive(Object source);

    @Mapping(target = "removeReplicationsItem", ignore = true)
    MobilizationLineageNode mobilizationLineageNode(Object source);

    @Mapping(target = "removeIndicatorsItem", ignore = true)
    MobilizationModel mobilizationModel(Object source);

    @Mapping(target = "removeExtensionsItem", ignore = true)
    @Mapping(target = "removeTransfersItem", ignore = true)
    @Mapping(target = "removeStatusHistoryItem", ignore = true)
    @Mapping(target = "removePublicationHistoryItem", ignore = true)
    CaseFile modelCase(Object source);

    @Mapping(target = "removeChildrenItem", ignore = true)
    OrganizationTreeNode organizationTreeNode(Object source);

    @Mapping(target = "removeIndicatorValuesItem", ignore = true)
    @Mapping(target = "removePhotoIdsItem", ignore = true)
    ProgressReport progressReport(Object source);

    @Mapping(target = "removeIndicatorsItem", ignore = true)
    PublicMobilizationModel publicMobilizationModel(Object source);

    @Mapping(target = "removeCitizensItem", ignore = true)
    @Mapping(target = "removeReceivingOfficialsItem", ignore = true)
    Reception reception(Object source);

    @Mapping(target = "removeReopeningsItem", ignore = true)
    RegistrationWindow registrationWindow(Object source);

    @Mapping(target = "removeCoordinatingOrganizationIdsItem", ignore = true)
    @Mapping(target = "removeReportAttachmentIdsItem", ignore = true)
    Task task(Object source);

    @Mapping(target = "removeAttachmentIdsItem", ignore = true)
    TaskProgressUpdate taskUpdateEntry(Object source);

    @Mapping(target = "removeRolesItem", ignore = true)
    @Mapping(target = "removeGrantedRolesItem", ignore = true)
    User user(Object source);

    @Mapping(target = "removeEventTypesItem", ignore = true)
    WebhookSubscription webhookSubscription(Object source);

    @Mapping(target = "removeAttemptsItem", ignore = true)
    WebhookDelivery webhookDelivery(Object source);
}
