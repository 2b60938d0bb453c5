package vn.danvan.directive;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/** The history of a directive: the directives the caller may see, their fields as the API names them. */
@ApplicationScoped
public class DirectiveHistory implements AuditedRecord<DirectiveEntity> {

    static final AuditedFields<DirectiveEntity> FIELDS = AuditedFields.<DirectiveEntity>builder()
            .field("type", d -> d.type)
            .field("issuerOrganizationId", d -> d.issuerOrganizationId)
            .field("externalIssuer", d -> d.externalIssuer)
            .field("numberSymbol", d -> d.numberSymbol)
            .field("issueDate", d -> d.issueDate)
            .field("subject", d -> d.subject)
            .field("signerName", d -> d.signerName)
            .field("signerPosition", d -> d.signerPosition)
            .field("summary", d -> d.summary)
            .field("status", d -> d.status)
            .field("replacedByDirectiveId", d -> d.replacedByDirectiveId)
            .field("statusNote", d -> d.statusNote)
            .build();

    private final DirectiveService directives;

    DirectiveHistory(DirectiveService directives) {
        this.directives = directives;
    }

    @Override
    public Class<DirectiveEntity> type() {
        return DirectiveEntity.class;
    }

    @Override
    public DirectiveEntity visible(UUID id) {
        return directives.get(id);
    }

    @Override
    public AuditedFields<DirectiveEntity> fields(DirectiveEntity record) {
        return FIELDS;
    }
}
