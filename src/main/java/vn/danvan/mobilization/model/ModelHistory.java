package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/**
 * The history of a model or exemplar, for those who may see it. Nested objects of the API are named by their path
 * (`appraisal.totalScore`, `person.phone`); the contact person's details are shown as the model's reads show them.
 */
@ApplicationScoped
public class ModelHistory implements AuditedRecord<MobilizationModelEntity> {

    static final AuditedFields<MobilizationModelEntity> FIELDS = AuditedFields.<MobilizationModelEntity>builder()
            .field("kind", m -> m.kind)
            .field("field", m -> m.field)
            .field("level", m -> m.level)
            .field("organizationId", m -> m.organizationId)
            .field("placeOrganizationId", m -> m.placeOrganizationId)
            .field("placeName", m -> m.placeName)
            .field("phase", m -> m.phase)
            .field("registrationYear", m -> m.registrationYear)
            .field("title", m -> m.title)
            .field("objectives", m -> m.objectives)
            .field("method", m -> m.method)
            .field("participants", m -> m.participants)
            .field("beneficiaries", m -> m.beneficiaries)
            .field("startDate", m -> m.startDate)
            .field("plannedEndDate", m -> m.plannedEndDate)
            .field("personInCharge.name", m -> m.inChargeName)
            .field("personInCharge.position", m -> m.inChargePosition)
            .field("personInCharge.phone", m -> m.inChargePhone)
            .field("person.name", m -> m.personName)
            .field("person.position", m -> m.personPosition)
            .field("person.organizationName", m -> m.personOrganization)
            .field("person.phone", m -> m.personPhone)
            .field("person.email", m -> m.personEmail)
            .field("person.contactConsent", m -> m.personContactConsent)
            .field("replicationOfId", m -> m.replicationOfId)
            .field("status", m -> m.status)
            .field("registeredAt", m -> m.registeredAt)
            .field("appraisal.appraiserName", m -> m.appraiserName)
            .field("appraisal.appraisedOn", m -> m.appraisedOn)
            .field("appraisal.comment", m -> m.appraisalComment)
            .field("appraisal.totalScore", m -> m.appraisalTotal)
            .field("appraisal.maxTotalScore", m -> m.appraisalMaxTotal)
            .field("recognition.level", m -> m.recognitionLevel)
            .field("recognition.decisionNumber", m -> m.recognitionDecision)
            .field("recognition.decisionDate", m -> m.recognitionDate)
            .field("recognition.issuingAuthority", m -> m.recognitionAuthority)
            .field("rejection.reason", m -> m.rejectionReason)
            .field("rejection.decidedOn", m -> m.rejectedOn)
            .field("outstanding.selectedOn", m -> m.outstandingOn)
            .field("outstanding.note", m -> m.outstandingNote)
            .field("commendation.form", m -> m.commendationForm)
            .field("commendation.level", m -> m.commendationLevel)
            .field("commendation.issuingAuthority", m -> m.commendationAuthority)
            .field("commendation.decisionNumber", m -> m.commendationDecision)
            .field("commendation.decisionDate", m -> m.commendationDate)
            .field("returnReason", m -> m.returnReason)
            .field("withdrawalReason", m -> m.withdrawalReason)
            .field("publishedAt", m -> m.publishedAt)
            .build();

    private final ModelAccess access;

    ModelHistory(ModelAccess access) {
        this.access = access;
    }

    @Override
    public Class<MobilizationModelEntity> type() {
        return MobilizationModelEntity.class;
    }

    @Override
    public MobilizationModelEntity visible(UUID id) {
        return access.get(id);
    }

    @Override
    public AuditedFields<MobilizationModelEntity> fields(MobilizationModelEntity record) {
        return FIELDS;
    }
}
