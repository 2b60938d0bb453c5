package vn.danvan.reception.casefile;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.CaseExtension;
import vn.danvan.api.model.CasePublicationEvent;
import vn.danvan.api.model.CaseStatusChange;
import vn.danvan.api.model.CaseTransfer;
import vn.danvan.api.model.CaseFile;
import vn.danvan.platform.mapping.ToContractConfig;

/** Cases as the contract shows them, with their extensions, transfers and histories. */
@Mapper(config = ToContractConfig.class)
public interface CaseMapper {

    @Mapping(target = "lateAcceptance", expression = "java(facts.lateAcceptance(entity))")
    @Mapping(target = "acceptanceDue", expression = "java(facts.acceptanceDue(entity))")
    @Mapping(target = "acceptanceOverdue", expression = "java(facts.acceptanceOverdue(entity))")
    @Mapping(target = "overdue", expression = "java(entity.overdue(facts.today()))")
    @Mapping(target = "daysLeft", expression = "java(facts.daysLeft(entity))")
    CaseFile toApi(CaseEntity entity, @Context CaseFacts facts);

    CaseExtension toApi(CaseExtensionEntity extension);

    CaseTransfer toApi(CaseTransferEntity transfer);

    CaseStatusChange toApi(CaseStatusChangeEntity change);

    @Mapping(target = "at", source = "createdAt")
    CasePublicationEvent toApi(CasePublicationEntity event);
}
