package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedPart;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The histories of a commune's disclosures, consultations (with the hamlets' results) and the People's Inspection
 * Board's findings: the records the caller may read (the commune's reach), their fields as the API names them. The
 * comments on a consultation, whose authors are personal data, are not part of any history.
 */
public final class GrassrootsHistories {

    private GrassrootsHistories() {
    }

    @ApplicationScoped
    public static class Disclosures implements AuditedRecord<DisclosureEntity> {

        static final AuditedFields<DisclosureEntity> FIELDS = AuditedFields.<DisclosureEntity>builder()
                .field("organizationId", d -> d.organizationId)
                .field("dutyCode", d -> d.dutyCode)
                .field("title", d -> d.title)
                .field("content", d -> d.content)
                .field("forms", d -> d.forms)
                .field("approvedOn", d -> d.approvedOn)
                .field("startsOn", d -> d.startsOn)
                .field("endsOn", d -> d.endsOn)
                .field("periodYear", d -> d.periodYear)
                .field("late", d -> d.late)
                .build();

        private final DisclosureService disclosures;

        Disclosures(DisclosureService disclosures) {
            this.disclosures = disclosures;
        }

        @Override
        public Class<DisclosureEntity> type() {
            return DisclosureEntity.class;
        }

        @Override
        public DisclosureEntity visible(UUID id) {
            return disclosures.get(id);
        }

        @Override
        public AuditedFields<DisclosureEntity> fields(DisclosureEntity record) {
            return FIELDS;
        }
    }

    @ApplicationScoped
    public static class Consultations implements AuditedRecord<ConsultationEntity> {

        static final AuditedFields<ConsultationEntity> FIELDS = AuditedFields.<ConsultationEntity>builder()
                .field("organizationId", c -> c.organizationId)
                .field("dutyCode", c -> c.dutyCode)
                .field("kind", c -> c.kind)
                .field("question", c -> c.question)
                .field("opensOn", c -> c.opensOn)
                .field("closesOn", c -> c.closesOn)
                .field("status", c -> c.status)
                .field("outcome", c -> c.outcome)
                .field("adoptedOption", c -> c.adoptedOption)
                .field("decision", c -> c.decision)
                .field("decidedOn", c -> c.decidedOn)
                .build();

        static final AuditedPart<HamletResultEntity> HAMLETS = new AuditedPart<>(HamletResultEntity.class,
                "consultationId", Comparator.comparing((HamletResultEntity h) -> h.heldOn)
                .thenComparing(h -> h.hamlet), "hamletResults", AuditedFields.<HamletResultEntity>builder()
                .field("hamlet", h -> h.hamlet)
                .field("heldOn", h -> h.heldOn)
                .field("method", h -> h.method)
                .field("households", h -> h.households)
                .field("householdsTakingPart", h -> h.householdsTakingPart)
                .field("votes", h -> h.votes)
                .build());

        private final ConsultationService consultations;

        Consultations(ConsultationService consultations) {
            this.consultations = consultations;
        }

        @Override
        public Class<ConsultationEntity> type() {
            return ConsultationEntity.class;
        }

        @Override
        public ConsultationEntity visible(UUID id) {
            return consultations.get(id);
        }

        @Override
        public AuditedFields<ConsultationEntity> fields(ConsultationEntity record) {
            return FIELDS;
        }

        @Override
        public List<AuditedPart<?>> parts(ConsultationEntity record) {
            return List.of(HAMLETS);
        }
    }

    @ApplicationScoped
    public static class Findings implements AuditedRecord<FindingEntity> {

        static final AuditedFields<FindingEntity> FIELDS = AuditedFields.<FindingEntity>builder()
                .field("organizationId", f -> f.organizationId)
                .field("foundOn", f -> f.foundOn)
                .field("subject", f -> f.subject)
                .field("finding", f -> f.finding)
                .field("recommendation", f -> f.recommendation)
                .field("status", f -> f.status)
                .field("handling", f -> f.handling)
                .field("handledOn", f -> f.handledOn)
                .build();

        private final FindingService findings;

        Findings(FindingService findings) {
            this.findings = findings;
        }

        @Override
        public Class<FindingEntity> type() {
            return FindingEntity.class;
        }

        @Override
        public FindingEntity visible(UUID id) {
            return findings.get(id);
        }

        @Override
        public AuditedFields<FindingEntity> fields(FindingEntity record) {
            return FIELDS;
        }
    }
}
