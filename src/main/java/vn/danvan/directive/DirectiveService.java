package vn.danvan.directive;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DirectiveCreate;
import vn.danvan.api.model.DirectiveRevocation;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.directive.DirectiveLifecycle.Command;
import vn.danvan.api.model.DirectiveSupersession;
import vn.danvan.api.model.DirectiveUpdate;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.UnitValidity;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording, changing and the status transitions of directives. */
@ApplicationScoped
public class DirectiveService {

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final DirectiveRequestMapper requests;
    private final OrganizationTreeQueries organizations;
    private final CurrentCaller caller;
    private final AppClock clock;
    private final UnitValidity validity;

    DirectiveService(EntityManager em, ScopeProvider scopes, DirectiveRequestMapper requests, OrganizationTreeQueries organizations,
                     CurrentCaller caller, AppClock clock, UnitValidity validity) {
        this.validity = validity;
        this.em = em;
        this.scopes = scopes;
        this.requests = requests;
        this.organizations = organizations;
        this.caller = caller;
        this.clock = clock;
    }

    /** A directive the caller may see, or 404. */
    public DirectiveEntity get(UUID id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String where = DirectiveVisibility.condition(scopes.current(), organizations, params);
        var query = em.createQuery("select e from DirectiveEntity e where e.id = :id"
                + " and e.deletedAt is null and " + where, DirectiveEntity.class);
        params.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("entity.directive", id));
    }

    public DirectiveEntity create(DirectiveCreate request, boolean demo) {
        DirectiveFields fields = requests.fields(request);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(DirectiveEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        DirectiveEntity directive = new DirectiveEntity();
        directive.id = id;
        directive.status = DirectiveStatus.DRAFT;
        directive.demo = demo;
        apply(directive, fields);
        em.persist(directive);
        return directive;
    }

    public DirectiveEntity update(UUID id, String ifMatch, DirectiveUpdate request) {
        DirectiveEntity directive = editable(id, ifMatch);
        DirectiveLifecycle.TABLE.require(Command.EDIT, directive.status);
        apply(directive, requests.fields(request));
        return directive;
    }

    public void delete(UUID id, String ifMatch) {
        DirectiveEntity directive = editable(id, ifMatch);
        DirectiveLifecycle.TABLE.require(Command.DELETE, directive.status);
        directive.deletedAt = clock.now();
    }

    public DirectiveEntity issue(UUID id, String ifMatch) {
        DirectiveEntity directive = editableOptionalMatch(id, ifMatch);
        directive.status = DirectiveLifecycle.TABLE.require(Command.ISSUE, directive.status);
        return directive;
    }

    public DirectiveEntity supersede(UUID id, String ifMatch, DirectiveSupersession request) {
        DirectiveEntity directive = editableOptionalMatch(id, ifMatch);
        DirectiveStatus next = DirectiveLifecycle.TABLE.require(Command.SUPERSEDE, directive.status);
        requireReplacement(directive, request.getReplacedByDirectiveId());
        requests.supersede(request, directive);
        directive.status = next;
        return directive;
    }

    public DirectiveEntity revoke(UUID id, String ifMatch, DirectiveRevocation request) {
        DirectiveEntity directive = editableOptionalMatch(id, ifMatch);
        DirectiveStatus next = DirectiveLifecycle.TABLE.require(Command.REVOKE, directive.status);
        if (request.getReplacedByDirectiveId() != null) {
            requireReplacement(directive, request.getReplacedByDirectiveId());
        }
        requests.revoke(request, directive);
        directive.status = next;
        return directive;
    }

    /** A directive the caller may change: visible, and kept by a unit in the caller's scope. */
    public DirectiveEntity writable(UUID id) {
        DirectiveEntity directive = get(id);
        Scope scope = scopes.current();
        boolean keeps = scope.unrestricted() || (directive.ownerOrganizationId != null
                && organizations.isWithin(directive.ownerOrganizationId, scope));
        if (!keeps) {
            throw new ApiException(ProblemType.FORBIDDEN, "directive.not-keeper");
        }
        return directive;
    }

    private DirectiveEntity editable(UUID id, String ifMatch) {
        DirectiveEntity directive = writable(id);
        EntityTags.require(ifMatch, directive.version);
        return directive;
    }

    private DirectiveEntity editableOptionalMatch(UUID id, String ifMatch) {
        DirectiveEntity directive = writable(id);
        EntityTags.check(ifMatch, directive.version);
        return directive;
    }

    /** The replacement is another directive, visible and in force. */
    private void requireReplacement(DirectiveEntity directive, UUID replacementId) {
        if (directive.id.equals(replacementId)) {
            throw ApiException.invalid(FieldViolation.of("replacedByDirectiveId", "self", "directive.replaced-by-self"));
        }
        DirectiveEntity replacement;
        try {
            replacement = get(replacementId);
        } catch (ApiException notVisible) {
            throw ApiException.invalid(FieldViolation.of("replacedByDirectiveId", "notFound",
                    "directive.unknown-directive", replacementId));
        }
        if (replacement.status != DirectiveStatus.ISSUED) {
            throw ApiException.invalid(FieldViolation.of("replacedByDirectiveId", "notIssued",
                    "directive.replacement-not-issued", replacement.numberSymbol));
        }
    }

    private void apply(DirectiveEntity directive, DirectiveFields fields) {
        List<FieldViolation> errors = new ArrayList<>();
        Scope scope = scopes.current();
        // Units must be in force on the directive's date: today's new directive, or an old one recorded for history
        // (dated before its issuer was dissolved).
        LocalDate validOn = fields.issueDate() != null ? fields.issueDate() : clock.today();
        if ((fields.issuerOrganizationId() == null) == (fields.externalIssuer() == null)) {
            errors.add(FieldViolation.of("issuerOrganizationId", "oneIssuer", "directive.one-issuer"));
        } else if (fields.issuerOrganizationId() != null) {
            if (!organizations.isWithin(fields.issuerOrganizationId(), scope)) {
                errors.add(FieldViolation.of("issuerOrganizationId", "outOfScope", "directive.organization-out-of-scope",
                        fields.issuerOrganizationId()));
            } else {
                validity.check("issuerOrganizationId", fields.issuerOrganizationId(), validOn).ifPresent(errors::add);
            }
        } else if (!scope.unrestricted() && !caller.hasRole(Roles.COORDINATOR)) {
            errors.add(FieldViolation.of("externalIssuer", "coordinatorsOnly", "directive.external-issuer-role"));
        }
        for (UUID recipient : fields.recipientOrganizationIds()) {
            if (!organizations.isWithin(recipient, scope)) {
                errors.add(FieldViolation.of("recipientOrganizationIds", "outOfScope",
                        "directive.organization-out-of-scope", recipient));
            } else {
                validity.check("recipientOrganizationIds", recipient, validOn).ifPresent(errors::add);
            }
        }
        for (UUID basis : fields.legalBasisIds()) {
            if (basis.equals(directive.id)) {
                errors.add(FieldViolation.of("legalBasisIds", "self", "directive.basis-self"));
            } else if (!visible(basis)) {
                errors.add(FieldViolation.of("legalBasisIds", "notFound", "directive.unknown-directive", basis));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID owner = fields.issuerOrganizationId() != null ? fields.issuerOrganizationId()
                : caller.organizationReference().flatMap(organizations::idOf).orElse(null);
        requireUniqueNumber(directive.id, fields);
        requests.apply(fields, directive);
        directive.ownerOrganizationId = owner;
    }

    private boolean visible(UUID id) {
        try {
            get(id);
            return true;
        } catch (ApiException notFound) {
            return false;
        }
    }

    private void requireUniqueNumber(UUID id, DirectiveFields fields) {
        String issuerCondition = fields.issuerOrganizationId() != null ? "e.issuerOrganizationId = :issuer"
                : "e.externalIssuer = :issuer";
        long clashes = em.createQuery("select count(e) from DirectiveEntity e where "
                        + issuerCondition + " and e.issueYear = :year and e.numberSymbol = :number"
                        + " and e.deletedAt is null and e.id <> :id", Long.class)
                .setParameter("issuer", fields.issuerOrganizationId() != null ? fields.issuerOrganizationId()
                        : fields.externalIssuer())
                .setParameter("year", fields.issueDate().getYear())
                .setParameter("number", fields.numberSymbol())
                .setParameter("id", id)
                .getSingleResult();
        if (clashes > 0) {
            throw new ApiException(ProblemType.CONFLICT, "directive.duplicate-number", fields.numberSymbol(),
                    fields.issueDate().getYear());
        }
    }
}
