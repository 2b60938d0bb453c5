package vn.danvan.directive;

import vn.danvan.api.model.DirectiveCreate;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.api.model.DirectiveUpdate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The editable fields of a directive, whether they come from a create or an update. */
record DirectiveFields(DirectiveType type, UUID issuerOrganizationId, String externalIssuer, String numberSymbol,
                       LocalDate issueDate, String subject, String signerName, String signerPosition,
                       List<UUID> recipientOrganizationIds, List<UUID> legalBasisIds, String summary) {

    static DirectiveFields of(DirectiveCreate c) {
        return new DirectiveFields(c.getType(), c.getIssuerOrganizationId(), trim(c.getExternalIssuer()),
                c.getNumberSymbol().strip(), c.getIssueDate(), c.getSubject().strip(), trim(c.getSignerName()),
                trim(c.getSignerPosition()), list(c.getRecipientOrganizationIds()), list(c.getLegalBasisIds()),
                trim(c.getSummary()));
    }

    static DirectiveFields of(DirectiveUpdate u) {
        return new DirectiveFields(u.getType(), u.getIssuerOrganizationId(), trim(u.getExternalIssuer()),
                u.getNumberSymbol().strip(), u.getIssueDate(), u.getSubject().strip(), trim(u.getSignerName()),
                trim(u.getSignerPosition()), list(u.getRecipientOrganizationIds()), list(u.getLegalBasisIds()),
                trim(u.getSummary()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<UUID> list(java.util.Collection<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
