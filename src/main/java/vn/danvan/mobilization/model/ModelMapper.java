package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AppraisalResult;
import vn.danvan.api.model.AppraisalScore;
import vn.danvan.api.model.Commendation;
import vn.danvan.api.model.ExemplarPerson;
import vn.danvan.api.model.MobilizationModel;
import vn.danvan.api.model.MobilizationModelSummary;
import vn.danvan.api.model.ModelIndicator;
import vn.danvan.api.model.OutstandingSelection;
import vn.danvan.api.model.PersonInCharge;
import vn.danvan.api.model.PublicExemplarPerson;
import vn.danvan.api.model.PublicMobilizationModel;
import vn.danvan.api.model.PublicMobilizationModelSummary;
import vn.danvan.api.model.Recognition;
import vn.danvan.api.model.Rejection;

import java.util.List;

import static vn.danvan.platform.mapping.TimeMappings.toOffsetDateTime;

/**
 * Maps models to the contract: the full view for officials, and the public views of the showcase,
 * which are built field by field from an explicit list so that nothing internal can slip through.
 */
@ApplicationScoped
public class ModelMapper {

    public MobilizationModel toApi(MobilizationModelEntity e, int replicationCount) {
        MobilizationModel m = new MobilizationModel()
                .id(e.id).kind(e.kind).field(e.field).level(e.level)
                .organizationId(e.organizationId).provinceId(e.provinceId)
                .placeOrganizationId(e.placeOrganizationId).placeName(e.placeName)
                .phase(e.phase).registrationYear(e.registrationYear).title(e.title)
                .objectives(e.objectives).method(e.method).participants(e.participants).beneficiaries(e.beneficiaries)
                .startDate(e.startDate).plannedEndDate(e.plannedEndDate)
                .personInCharge(e.inChargeName == null ? null : new PersonInCharge().name(e.inChargeName)
                        .position(e.inChargePosition).phone(e.inChargePhone))
                .person(e.personName == null ? null : new ExemplarPerson().name(e.personName)
                        .position(e.personPosition).organizationName(e.personOrganization).phone(e.personPhone)
                        .email(e.personEmail).contactConsent(e.personContactConsent))
                .indicators(indicators(e.indicators))
                .replicationOfId(e.replicationOfId)
                .status(e.status)
                .registeredAt(toOffsetDateTime(e.registeredAt))
                .appraisal(appraisal(e))
                .recognition(recognition(e))
                .rejection(e.rejectionReason == null ? null
                        : new Rejection().reason(e.rejectionReason).decidedOn(e.rejectedOn))
                .outstanding(e.outstandingOn == null ? null
                        : new OutstandingSelection().selectedOn(e.outstandingOn).note(e.outstandingNote))
                .commendation(commendation(e))
                .returnReason(e.returnReason)
                .withdrawalReason(e.withdrawalReason)
                .published(e.isPublished())
                .publishedAt(toOffsetDateTime(e.publishedAt))
                .replicationCount(replicationCount)
                .demo(e.demo)
                .createdAt(toOffsetDateTime(e.createdAt))
                .updatedAt(toOffsetDateTime(e.updatedAt))
                .version(e.version);
        return m;
    }

    public MobilizationModelSummary toSummary(ModelCard e, int replicationCount) {
        return new MobilizationModelSummary()
                .id(e.id).kind(e.kind).field(e.field).level(e.level)
                .organizationId(e.organizationId).provinceId(e.provinceId).placeName(e.placeName)
                .phase(e.phase).registrationYear(e.registrationYear).title(e.title).status(e.status)
                .published(e.publishedAt != null).publishedAt(toOffsetDateTime(e.publishedAt))
                .replicationOfId(e.replicationOfId).replicationCount(replicationCount)
                .createdAt(toOffsetDateTime(e.createdAt)).updatedAt(toOffsetDateTime(e.updatedAt))
                .version(e.version);
    }

    /** The showcase's view: public fields only; an exemplar's phone and email only with consent. */
    public PublicMobilizationModel toPublic(MobilizationModelEntity e, int replicationCount) {
        return new PublicMobilizationModel()
                .id(e.id).kind(e.kind).field(e.field).level(e.level)
                .organizationId(e.organizationId).provinceId(e.provinceId).placeName(e.placeName)
                .phase(e.phase).registrationYear(e.registrationYear).title(e.title)
                .objectives(e.objectives).method(e.method).participants(e.participants).beneficiaries(e.beneficiaries)
                .startDate(e.startDate)
                .indicators(indicators(e.indicators))
                .replicationOfId(e.replicationOfId).replicationCount(replicationCount)
                .status(PublicMobilizationModel.StatusEnum.fromValue(e.status.toString()))
                .recognition(recognition(e))
                .commendation(commendation(e))
                .person(publicPerson(e))
                .publishedAt(toOffsetDateTime(e.publishedAt));
    }

    public PublicMobilizationModelSummary toPublicSummary(ModelCard e, int replicationCount) {
        return new PublicMobilizationModelSummary()
                .id(e.id).kind(e.kind).field(e.field).level(e.level)
                .organizationId(e.organizationId).provinceId(e.provinceId).placeName(e.placeName)
                .registrationYear(e.registrationYear).title(e.title)
                .status(PublicMobilizationModelSummary.StatusEnum.fromValue(e.status.toString()))
                .replicationCount(replicationCount)
                .personName(e.personName)
                .publishedAt(toOffsetDateTime(e.publishedAt));
    }

    private static PublicExemplarPerson publicPerson(MobilizationModelEntity e) {
        if (e.personName == null) {
            return null;
        }
        PublicExemplarPerson person = new PublicExemplarPerson().name(e.personName).position(e.personPosition)
                .organizationName(e.personOrganization);
        if (e.personContactConsent) {
            person.phone(e.personPhone).email(e.personEmail);
        }
        return person;
    }

    private static List<ModelIndicator> indicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> new ModelIndicator().name(i.name).unit(i.unit).target(i.target)
                .achieved(i.achieved)).toList();
    }

    private static AppraisalResult appraisal(MobilizationModelEntity e) {
        if (e.appraisedOn == null) {
            return null;
        }
        return new AppraisalResult().appraiserName(e.appraiserName).appraisedOn(e.appraisedOn)
                .comment(e.appraisalComment).totalScore(e.appraisalTotal).maxTotalScore(e.appraisalMaxTotal)
                .scores(e.appraisalScores.stream().map(s -> new AppraisalScore().criterionId(s.criterionId)
                        .criterionCode(s.criterionCode).criterionName(s.criterionName).score(s.score)
                        .minScore(s.minScore).maxScore(s.maxScore).comment(s.comment)).toList());
    }

    private static Recognition recognition(MobilizationModelEntity e) {
        if (e.recognitionDecision == null) {
            return null;
        }
        return new Recognition().level(e.recognitionLevel).decisionNumber(e.recognitionDecision)
                .decisionDate(e.recognitionDate).issuingAuthority(e.recognitionAuthority);
    }

    private static Commendation commendation(MobilizationModelEntity e) {
        if (e.commendationDecision == null) {
            return null;
        }
        return new Commendation().form(e.commendationForm).level(e.commendationLevel)
                .issuingAuthority(e.commendationAuthority).decisionNumber(e.commendationDecision)
                .decisionDate(e.commendationDate);
    }
}
