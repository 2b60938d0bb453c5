package vn.danvan.mobilization.settings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/** The histories of a province's registration windows and appraisal criteria, for those who may read them. */
public final class SettingsHistories {

    private SettingsHistories() {
    }

    @ApplicationScoped
    public static class Windows implements AuditedRecord<RegistrationWindowEntity> {

        static final AuditedFields<RegistrationWindowEntity> FIELDS = AuditedFields.<RegistrationWindowEntity>builder()
                .field("provinceId", w -> w.provinceId)
                .field("phase", w -> w.phase)
                .field("year", w -> w.year)
                .field("opensOn", w -> w.opensOn)
                .field("closesOn", w -> w.closesOn)
                .field("reportDueOn", w -> w.reportDueOn)
                .field("note", w -> w.note)
                .build();

        private final RegistrationWindows windows;

        Windows(RegistrationWindows windows) {
            this.windows = windows;
        }

        @Override
        public Class<RegistrationWindowEntity> type() {
            return RegistrationWindowEntity.class;
        }

        @Override
        public RegistrationWindowEntity visible(UUID id) {
            return windows.get(id);
        }

        @Override
        public AuditedFields<RegistrationWindowEntity> fields(RegistrationWindowEntity record) {
            return FIELDS;
        }
    }

    @ApplicationScoped
    public static class Criteria implements AuditedRecord<AppraisalCriterionEntity> {

        static final AuditedFields<AppraisalCriterionEntity> FIELDS = AuditedFields.<AppraisalCriterionEntity>builder()
                .field("provinceId", c -> c.provinceId)
                .field("phase", c -> c.phase)
                .field("code", c -> c.code)
                .field("name", c -> c.name)
                .field("description", c -> c.description)
                .field("minScore", c -> c.minScore)
                .field("maxScore", c -> c.maxScore)
                .field("sortOrder", c -> c.sortOrder)
                .build();

        private final AppraisalCriteria criteria;

        Criteria(AppraisalCriteria criteria) {
            this.criteria = criteria;
        }

        @Override
        public Class<AppraisalCriterionEntity> type() {
            return AppraisalCriterionEntity.class;
        }

        @Override
        public AppraisalCriterionEntity visible(UUID id) {
            return criteria.get(id);
        }

        @Override
        public AuditedFields<AppraisalCriterionEntity> fields(AppraisalCriterionEntity record) {
            return FIELDS;
        }
    }
}
