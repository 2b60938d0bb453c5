package vn.danvan.directive;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.time.LocalDate;
import java.util.UUID;

/** What other features (tasks) may ask about directives. */
@ApplicationScoped
public class DirectiveFactQueries {

    /** The facts a task needs from its directive. */
    public record DirectiveFacts(UUID id, String numberSymbol, LocalDate issueDate) {
    }

    private final EntityManager em;
    private final DirectiveService service;

    DirectiveFactQueries(EntityManager em, DirectiveService service) {
        this.em = em;
        this.service = service;
    }

    /** An issued directive visible to the caller, or a 400 naming the field. */
    public DirectiveFacts issued(UUID directiveId, String field) {
        DirectiveEntity directive;
        try {
            directive = service.get(directiveId);
        } catch (ApiException notFound) {
            throw ApiException.invalid(FieldViolation.of(field, "notFound", "directive.unknown-directive", directiveId));
        }
        if (directive.status != DirectiveStatus.ISSUED) {
            throw ApiException.invalid(FieldViolation.of(field, "notIssued", "directive.not-issued",
                    directive.numberSymbol));
        }
        return new DirectiveFacts(directive.id, directive.numberSymbol, directive.issueDate);
    }

    /** Number and symbol of directives, for display (any status). */
    public java.util.Map<UUID, String> numberSymbols(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> result = new java.util.HashMap<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        var query = em.createQuery("select e.id, e.numberSymbol"
                + " from DirectiveEntity e where " + vn.danvan.platform.persistence.JpqlLists.in("e.id",
                java.util.List.copyOf(new java.util.LinkedHashSet<>(ids)), params, "id"), Object[].class);
        params.forEach(query::setParameter);
        query.getResultList().forEach(row -> result.put((UUID) row[0], (String) row[1]));
        return result;
    }
}
