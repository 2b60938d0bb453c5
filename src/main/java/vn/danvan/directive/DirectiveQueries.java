package vn.danvan.directive;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.platform.paging.KeysetPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final ScopeProvider scopes;
    private final vn.danvan.organization.OrganizationDirectory organizations;

    DirectiveQueries(ScopeProvider scopes, vn.danvan.organization.OrganizationDirectory organizations) {
        this.scopes = scopes;
        this.organizations = organizations;
    }

    public Page<DirectiveEntity> list(String q, DirectiveType type, DirectiveStatus status, UUID issuerOrganizationId,
                                      Integer year, String sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder from = new StringBuilder("from DirectiveEntity e where e.deletedAt is null and ")
                .append(DirectiveVisibility.condition(scopes.current(), organizations, params));
        StringBuilder filters = new StringBuilder();
        if (q != null && !q.isBlank()) {
            from.append(" and (e.numberSymbol like :q escape '" + TextSearch.ESCAPE + "' or e.subject like :q escape '"
                    + TextSearch.ESCAPE + "' or e.summary like :q escape '" + TextSearch.ESCAPE + "')");
            params.put("q", TextSearch.containsPattern(q));
            filters.append("q=").append(q);
        }
        if (type != null) {
            from.append(" and e.type = :type");
            params.put("type", type);
            filters.append("|type=").append(type);
        }
        if (status != null) {
            from.append(" and e.status = :status");
            params.put("status", status);
            filters.append("|status=").append(status);
        }
        if (issuerOrganizationId != null) {
            from.append(" and e.issuerOrganizationId = :issuer");
            params.put("issuer", issuerOrganizationId);
            filters.append("|issuer=").append(issuerOrganizationId);
        }
        if (year != null) {
            from.append(" and e.issueYear = :year");
            params.put("year", year);
            filters.append("|year=").append(year);
        }
        return KeysetPager.page(Panache.getEntityManager(), DirectiveEntity.class, from.toString(), params,
                filters.toString(), SORTING.parse(sort), page);
    }
}
