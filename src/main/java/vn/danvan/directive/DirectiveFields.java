package vn.danvan.directive;

import vn.danvan.api.model.DirectiveType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The editable fields of a directive, whether they come from a create or an update (see DirectiveRequestMapper). */
record DirectiveFields(DirectiveType type, UUID issuerOrganizationId, String externalIssuer, String numberSymbol,
                       LocalDate issueDate, String subject, String signerName, String signerPosition,
                       List<UUID> recipientOrganizationIds, List<UUID> legalBasisIds, String summary) {
}
