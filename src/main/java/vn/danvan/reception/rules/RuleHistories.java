package vn.danvan.reception.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;
import vn.danvan.platform.error.ApiException;

import java.util.UUID;

/** The histories of deadline rules and reception rules: law for the whole country, readable by every official. */
public final class RuleHistories {

    private RuleHistories() {
    }

    private static <E extends vn.danvan.platform.persistence.SyncedEntity> E live(EntityManager em, Class<E> type,
                                                                                 String entity, UUID id) {
        E rule = em.find(type, id);
        if (rule == null || rule.isDeleted()) {
            throw ApiException.notFound(entity, id);
        }
        return rule;
    }

    @ApplicationScoped
    public static class Deadlines implements AuditedRecord<DeadlineRuleEntity> {

        static final AuditedFields<DeadlineRuleEntity> FIELDS = AuditedFields.<DeadlineRuleEntity>builder()
                .field("kind", r -> r.kind)
                .field("instance", r -> r.instance)
                .field("complex", r -> r.complex)
                .field("remoteArea", r -> r.remoteArea)
                .field("days", r -> r.days)
                .field("extensionDays", r -> r.extensionDays)
                .field("maxExtensions", r -> r.maxExtensions)
                .field("effectiveFrom", r -> r.effectiveFrom)
                .field("effectiveTo", r -> r.effectiveTo)
                .field("legalBasis", r -> r.legalBasis)
                .build();

        private final EntityManager em;

        Deadlines(EntityManager em) {
            this.em = em;
        }

        @Override
        public Class<DeadlineRuleEntity> type() {
            return DeadlineRuleEntity.class;
        }

        @Override
        public DeadlineRuleEntity visible(UUID id) {
            return live(em, DeadlineRuleEntity.class, "entity.deadline-rule", id);
        }

        @Override
        public AuditedFields<DeadlineRuleEntity> fields(DeadlineRuleEntity record) {
            return FIELDS;
        }
    }

    @ApplicationScoped
    public static class Receptions implements AuditedRecord<ReceptionRuleEntity> {

        static final AuditedFields<ReceptionRuleEntity> FIELDS = AuditedFields.<ReceptionRuleEntity>builder()
                .field("code", r -> r.code)
                .field("parameter", r -> r.parameter)
                .field("effectiveFrom", r -> r.effectiveFrom)
                .field("effectiveTo", r -> r.effectiveTo)
                .field("legalBasis", r -> r.legalBasis)
                .build();

        private final EntityManager em;

        Receptions(EntityManager em) {
            this.em = em;
        }

        @Override
        public Class<ReceptionRuleEntity> type() {
            return ReceptionRuleEntity.class;
        }

        @Override
        public ReceptionRuleEntity visible(UUID id) {
            return live(em, ReceptionRuleEntity.class, "entity.reception-rule", id);
        }

        @Override
        public AuditedFields<ReceptionRuleEntity> fields(ReceptionRuleEntity record) {
            return FIELDS;
        }
    }
}
