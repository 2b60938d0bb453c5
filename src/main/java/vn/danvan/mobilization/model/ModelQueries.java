package vn.danvan.mobilization.model;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.mobilization.scope.ModelScopeFilter;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.mobilization.scope.ModelScopeNarrowing;
import vn.danvan.platform.paging.ListQuery;
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

    /** Models in the mobile sync: those of the units within the caller's reach. */
    static final DeltaCollection<MobilizationModelEntity> SYNC =
            DeltaCollection.ofUnit("mobilization-models", MobilizationModelEntity.class, "e.organizationId");

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
    private final ModelScopeNarrowing narrowing;
    private final OrganizationPlaces places;

    ModelQueries(ModelRepository repository, ScopeProvider scopes, ModelScopeNarrowing narrowing, OrganizationPlaces places) {
        this.places = places;
        this.repository = repository;
        this.scopes = scopes;
        this.narrowing = narrowing;
    }

    public Page<ModelCard> list(Filter f, String sort, PageRequest page) {
        Scope scope = narrowing.narrow(scopes.current(), f.organizationId(), "organizationId");
        ListQuery<ModelCard> query = ListQuery.of(ModelCard.class)
                .where(params -> ModelScopeFilter.condition("e", scope, params, places))
                .matches(f.q(), "e.title", "e.placeName", "e.personName")
                .equal("e.kind", f.kind())
                .equal("e.field", f.field())
                .equal("e.level", f.level())
                .equal("e.status", f.status())
                .equal("e.phase", f.phase())
                .equal("e.registrationYear", f.year())
                .equal("e.replicationOfId", f.replicationOfId());
        if (f.published() != null) {
            query.where(f.published() ? "e.publishedAt is not null" : "e.publishedAt is null");
        }
        return query.page(repository.getEntityManager(), SORTING.parse(sort), page);
    }
}
