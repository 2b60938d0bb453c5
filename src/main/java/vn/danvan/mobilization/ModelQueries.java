package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.paging.KeysetPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The officials' list of models, confined to the caller's scope. */
@ApplicationScoped
public class ModelQueries {

    static final Sorting<ModelCard> SORTING = new Sorting<>(List.of(
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, m -> m.updatedAt),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, m -> m.createdAt),
            new SortKey<>("title", "e.title", String.class, m -> m.title),
            new SortKey<>("registrationYear", "e.registrationYear", Integer.class, m -> m.registrationYear)),
            "e.id", m -> m.id, "-updatedAt");

    /** The filters of the list. */
    public record Filter(String q, MobilizationKind kind, MobilizationField field, MobilizationLevel level,
                         MobilizationStatus status, MobilizationPhase phase, Integer year, UUID organizationId,
                         UUID replicationOfId, Boolean published) {
    }

    private final ModelRepository repository;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationPlaces places;

    ModelQueries(ModelRepository repository, ScopeProvider scopes, ScopeNarrowing narrowing, OrganizationPlaces places) {
        this.places = places;
        this.repository = repository;
        this.scopes = scopes;
        this.narrowing = narrowing;
    }

    public Page<ModelCard> list(Filter f, String sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        Scope scope = narrowing.narrow(scopes.current(), f.organizationId(), "organizationId");
        StringBuilder from = new StringBuilder("from ModelCard e where e.deletedAt is null")
                .append(ModelScopeFilter.condition("e", scope, params, places));
        if (f.q() != null && !f.q().isBlank()) {
            String like = " like :q escape '" + TextSearch.ESCAPE + "'";
            from.append(" and (e.title").append(like).append(" or e.placeName").append(like)
                    .append(" or e.personName").append(like).append(")");
            params.put("q", TextSearch.containsPattern(f.q()));
        }
        equal(from, params, "kind", f.kind());
        equal(from, params, "field", f.field());
        equal(from, params, "level", f.level());
        equal(from, params, "status", f.status());
        equal(from, params, "phase", f.phase());
        equal(from, params, "registrationYear", f.year());
        equal(from, params, "replicationOfId", f.replicationOfId());
        if (f.published() != null) {
            from.append(f.published() ? " and e.publishedAt is not null" : " and e.publishedAt is null");
        }
        String filters = String.join("|", "models", String.valueOf(f), String.valueOf(scope.treePath()));
        return KeysetPager.page(repository.getEntityManager(), ModelCard.class,
                from.toString(), params, filters, SORTING.parse(sort), page);
    }

    private static void equal(StringBuilder from, Map<String, Object> params, String property, Object value) {
        if (value != null) {
            from.append(" and e.").append(property).append(" = :").append(property);
            params.put(property, value);
        }
    }
}
