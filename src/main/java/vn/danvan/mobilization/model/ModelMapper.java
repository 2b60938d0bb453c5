package vn.danvan.mobilization.model;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.AppraisalResult;
import vn.danvan.api.model.AppraisalScore;
import vn.danvan.api.model.Commendation;
import vn.danvan.api.model.ExemplarPerson;
import vn.danvan.api.model.MobilizationLineageNode;
import vn.danvan.api.model.MobilizationModel;
import vn.danvan.api.model.MobilizationModelSummary;
import vn.danvan.api.model.OutstandingSelection;
import vn.danvan.api.model.PersonInCharge;
import vn.danvan.api.model.Recognition;
import vn.danvan.api.model.Rejection;
import vn.danvan.platform.mapping.ToContractConfig;

/**
 * Models as officials see them. The lifecycle's results (appraisal, recognition, ...) are flat columns of the model,
 * shown as their objects once there is one; the replications are counted beside the model (one query for a page).
 */
@Mapper(config = ToContractConfig.class)
public interface ModelMapper {

    @Mapping(target = "personInCharge", source = "model", conditionExpression = "java(model.inChargeName != null)")
    @Mapping(target = "person", source = "model", conditionExpression = "java(model.personName != null)")
    @Mapping(target = "appraisal", source = "model", conditionExpression = "java(model.appraisedOn != null)")
    @Mapping(target = "recognition", source = "model", conditionExpression = "java(model.recognitionDecision != null)")
    @Mapping(target = "rejection", source = "model", conditionExpression = "java(model.rejectionReason != null)")
    @Mapping(target = "outstanding", source = "model", conditionExpression = "java(model.outstandingOn != null)")
    @Mapping(target = "commendation", source = "model", conditionExpression = "java(model.commendationDecision != null)")
    @Mapping(target = "replicationCount", expression = "java(replicationCount)")
    MobilizationModel toApi(MobilizationModelEntity model, @Context int replicationCount);

    @Mapping(target = "published", expression = "java(card.publishedAt != null)")
    @Mapping(target = "replicationCount", expression = "java(replicationCount)")
    MobilizationModelSummary toSummary(ModelCard card, @Context int replicationCount);

    /** A node of the replication lineage: the walk counts the replications and adds the visible ones. */
    @Mapping(target = "replicationCount", constant = "0")
    @Mapping(target = "replications", expression = "java(new java.util.ArrayList<>())")
    MobilizationLineageNode toNode(MobilizationModelEntity model);

    @Mapping(target = "name", source = "inChargeName")
    @Mapping(target = "position", source = "inChargePosition")
    @Mapping(target = "phone", source = "inChargePhone")
    PersonInCharge personInCharge(MobilizationModelEntity model);

    @Mapping(target = "name", source = "personName")
    @Mapping(target = "position", source = "personPosition")
    @Mapping(target = "organizationName", source = "personOrganization")
    @Mapping(target = "phone", source = "personPhone")
    @Mapping(target = "email", source = "personEmail")
    @Mapping(target = "contactConsent", source = "personContactConsent")
    ExemplarPerson person(MobilizationModelEntity model);

    @Mapping(target = "comment", source = "appraisalComment")
    @Mapping(target = "totalScore", source = "appraisalTotal")
    @Mapping(target = "maxTotalScore", source = "appraisalMaxTotal")
    @Mapping(target = "scores", source = "appraisalScores")
    AppraisalResult appraisal(MobilizationModelEntity model);

    AppraisalScore score(AppraisalScoreEntry entry);

    @Mapping(target = "level", source = "recognitionLevel")
    @Mapping(target = "decisionNumber", source = "recognitionDecision")
    @Mapping(target = "decisionDate", source = "recognitionDate")
    @Mapping(target = "issuingAuthority", source = "recognitionAuthority")
    Recognition recognition(MobilizationModelEntity model);

    @Mapping(target = "reason", source = "rejectionReason")
    @Mapping(target = "decidedOn", source = "rejectedOn")
    Rejection rejection(MobilizationModelEntity model);

    @Mapping(target = "selectedOn", source = "outstandingOn")
    @Mapping(target = "note", source = "outstandingNote")
    OutstandingSelection outstanding(MobilizationModelEntity model);

    @Mapping(target = "form", source = "commendationForm")
    @Mapping(target = "level", source = "commendationLevel")
    @Mapping(target = "decisionNumber", source = "commendationDecision")
    @Mapping(target = "decisionDate", source = "commendationDate")
    @Mapping(target = "issuingAuthority", source = "commendationAuthority")
    Commendation commendation(MobilizationModelEntity model);
}
