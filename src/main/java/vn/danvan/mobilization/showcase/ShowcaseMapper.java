package vn.danvan.mobilization.showcase;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.api.model.PublicMobilizationStatus;
import vn.danvan.api.model.PublicExemplarPerson;
import vn.danvan.api.model.PublicMobilizationModel;
import vn.danvan.api.model.PublicMobilizationModelSummary;
import vn.danvan.api.model.PublicPhoto;
import vn.danvan.mobilization.model.MobilizationModelEntity;
import vn.danvan.mobilization.model.ModelCard;
import vn.danvan.mobilization.model.ModelMapper;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.mapping.ToContractConfig;

/**
 * The showcase's public views. Only the contract's public models are filled, so nothing internal can slip through;
 * an exemplar's phone and email only with the exemplar's consent.
 */
@Mapper(config = ToContractConfig.class, uses = ModelMapper.class)
public interface ShowcaseMapper {

    @Mapping(target = "person", source = "model", conditionExpression = "java(model.personName != null)")
    @Mapping(target = "recognition", source = "model", conditionExpression = "java(model.recognitionDecision != null)")
    @Mapping(target = "commendation", source = "model", conditionExpression = "java(model.commendationDecision != null)")
    @Mapping(target = "replicationCount", expression = "java(replicationCount)")
    @Mapping(target = "organizationName", expression = "java(organizationNames.getOrDefault(model.organizationId, \"\"))")
    PublicMobilizationModel toPublic(MobilizationModelEntity model, @Context int replicationCount,
                                     @Context java.util.Map<java.util.UUID, String> organizationNames);

    @Mapping(target = "replicationCount", expression = "java(replicationCount)")
    @Mapping(target = "organizationName", expression = "java(organizationNames.getOrDefault(card.organizationId, \"\"))")
    PublicMobilizationModelSummary toPublicSummary(ModelCard card, @Context int replicationCount,
                                                   @Context java.util.Map<java.util.UUID, String> organizationNames);

    @Mapping(target = "name", source = "personName")
    @Mapping(target = "position", source = "personPosition")
    @Mapping(target = "organizationName", source = "personOrganization")
    @Mapping(target = "phone", source = "personPhone", conditionExpression = "java(model.personContactConsent)")
    @Mapping(target = "email", source = "personEmail", conditionExpression = "java(model.personContactConsent)")
    PublicExemplarPerson publicPerson(MobilizationModelEntity model);

    /** Only recognised models are published: another status is a fault, as it was. */
    @ValueMapping(source = MappingConstants.ANY_REMAINING, target = MappingConstants.THROW_EXCEPTION)
    PublicMobilizationStatus publicStatus(MobilizationStatus status);

    /** The contract names the photo types by their media type. */
    @Mapping(target = "contentType", expression = "java(vn.danvan.api.model.PhotoMediaType.fromValue(photo.contentType))")
    PublicPhoto toPublic(AttachmentEntity photo);
}
