package vn.danvan.reception.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/**
 * The history of a case, for those who may see it. A case holds no citizen's personal data (that stays on its
 * reception, encrypted and masked there), so none of its fields needs masking. Extensions, transfers and the status
 * and publication histories are dated rows of their own, shown with the case.
 */
@ApplicationScoped
public class CaseHistory implements AuditedRecord<CaseEntity> {

    static final AuditedFields<CaseEntity> FIELDS = AuditedFields.<CaseEntity>builder()
            .field("receptionId", c -> c.receptionId)
            .field("organizationId", c -> c.organizationId)
            .field("kind", c -> c.kind)
            .field("instance", c -> c.instance)
            .field("complex", c -> c.complex)
            .field("remoteArea", c -> c.remoteArea)
            .field("receivedOn", c -> c.receivedOn)
            .field("acceptedOn", c -> c.acceptedOn)
            .field("status", c -> c.status)
            .field("deadlineRuleId", c -> c.deadlineRuleId)
            .field("deadline", c -> c.deadline)
            .field("extensionCount", c -> c.extensionCount)
            .field("decisionNumber", c -> c.decisionNumber)
            .field("decidedOn", c -> c.decidedOn)
            .field("decisionSummary", c -> c.decisionSummary)
            .field("resultPublic", c -> c.resultPublic)
            .field("publicSummary", c -> c.publicSummary)
            .field("closedOn", c -> c.closedOn)
            .build();

    private final CaseService cases;

    CaseHistory(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Class<CaseEntity> type() {
        return CaseEntity.class;
    }

    @Override
    public CaseEntity visible(UUID id) {
        return cases.get(id);
    }

    @Override
    public AuditedFields<CaseEntity> fields(CaseEntity record) {
        return FIELDS;
    }
}
