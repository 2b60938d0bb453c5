package vn.danvan.mobilization.model;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.AppraisalRequest;
import vn.danvan.api.model.AppraisalRequestScoresInner;
import vn.danvan.api.model.Commendation;
import vn.danvan.api.model.OutstandingSelection;
import vn.danvan.api.model.Recognition;
import vn.danvan.api.model.Rejection;
import vn.danvan.mobilization.settings.AppraisalCriterionEntity;
import vn.danvan.platform.mapping.FromRequestConfig;

import java.time.LocalDate;

/**
 * The lifecycle's decisions written into the model's columns; a request field left unused fails the build. The
 * statuses come from ModelTransitions, not from requests. The decisions' {@code level} is the recognition's or the
 * commendation's, never the model's own level, which they leave alone.
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface ModelDecisionMapper {

    ModelDecisionMapper INSTANCE = Mappers.getMapper(ModelDecisionMapper.class);

    /** The scores are checked against the criteria and written by ModelLifecycle (see entry), with their totals. */
    @BeanMapping(ignoreUnmappedSourceProperties = "scores")
    @Mapping(target = "appraisalComment", source = "comment")
    void appraise(AppraisalRequest request, @MappingTarget MobilizationModelEntity model);

    /** A copy of the criterion's code, name and scale: a later change of the criteria does not rewrite past scores. */
    @Mapping(target = "criterionCode", expression = "java(criterion.code)")
    @Mapping(target = "criterionName", expression = "java(criterion.name)")
    @Mapping(target = "minScore", expression = "java(criterion.minScore)")
    @Mapping(target = "maxScore", expression = "java(criterion.maxScore)")
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR)
    AppraisalScoreEntry entry(AppraisalRequestScoresInner score, @Context AppraisalCriterionEntity criterion);

    @Mapping(target = "level", ignore = true)
    @Mapping(target = "recognitionLevel", source = "level")
    @Mapping(target = "recognitionDecision", source = "decisionNumber")
    @Mapping(target = "recognitionDate", source = "decisionDate")
    @Mapping(target = "recognitionAuthority", source = "issuingAuthority")
    void recognize(Recognition request, @MappingTarget MobilizationModelEntity model);

    /** Decided today unless the request says when. */
    @Mapping(target = "rejectionReason", source = "reason")
    @Mapping(target = "rejectedOn", source = "decidedOn", defaultExpression = "java(today)")
    void reject(Rejection request, @MappingTarget MobilizationModelEntity model, @Context LocalDate today);

    /** Selected today unless the request says when. */
    @Mapping(target = "outstandingOn", source = "selectedOn", defaultExpression = "java(today)")
    @Mapping(target = "outstandingNote", source = "note")
    void selectOutstanding(OutstandingSelection request, @MappingTarget MobilizationModelEntity model,
                           @Context LocalDate today);

    @Mapping(target = "level", ignore = true)
    @Mapping(target = "commendationForm", source = "form")
    @Mapping(target = "commendationLevel", source = "level")
    @Mapping(target = "commendationAuthority", source = "issuingAuthority")
    @Mapping(target = "commendationDecision", source = "decisionNumber")
    @Mapping(target = "commendationDate", source = "decisionDate")
    void commend(Commendation request, @MappingTarget MobilizationModelEntity model);
}
