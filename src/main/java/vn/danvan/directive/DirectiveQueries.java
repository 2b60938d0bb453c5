package vn.danvan.directive;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.ScopeProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The directive list: visible to the caller, filtered, sorted, paged by keyset. */
@ApplicationScoped
public class DirectiveQueries {

    static final Sorting<DirectiveEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("issueDate", "e.issueDate", LocalDate.class, d -> d.issueDate),
            new SortKey<>("numberSymbol", "e.numberSymbol", String.class, d -> d.numberSymbol),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, d -> d.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, d -> d.updatedAt)),
            "e.id", d -> d.id, "-issueDate");

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final vn.danvan.organization.OrganizationTreeQueries organizations;

    DirectiveQueries(EntityManager em, ScopeProvider scopes, vn.danvan.organization.OrganizationTreeQueries organizations) {
        this.em = em;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    public Page<DirectiveEntity> list(String q, DirectiveType type, DirectiveStatus status, UUID issuerOrganizationId,
                                      Integer year, String sort, PageRequest page) {
        return ListQuery.of(DirectiveEntity.class)
                .where(params -> DirectiveVisibility.condition(scopes.current(), organizations, params))
                .matches(q, "e.numberSymbol", "e.subject", "e.summary")
                .equal("e.type", type)
                .equal("e.status", status)
                .equal("e.issuerOrganizationId", issuerOrganizationId)
                .equal("e.issueYear", year)
                .page(em, SORTING.parse(sort), page);
    }
}
