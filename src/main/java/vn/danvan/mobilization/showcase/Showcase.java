package vn.danvan.mobilization.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.mobilization.model.MobilizationModelEntity;
import vn.danvan.mobilization.model.ModelAccess;
import vn.danvan.mobilization.model.ModelCard;
import vn.danvan.mobilization.model.ModelRepository;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.text.TextSearch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public showcase's reads: published models only, whoever asks (no scope: published models are
 * public information). Newest publication first, on the index ix_mobilization_model_published.
 */
@ApplicationScoped
public class Showcase {

    private static final Sorting<ModelCard> SORTING = new Sorting<>(List.of(
            new SortKey<>("publishedAt", "e.publishedAt", Instant.class, m -> m.publishedAt)),
            "e.id", m -> m.id, "-publishedAt");

    private final ModelRepository repository;

    Showcase(ModelRepository repository) {
        this.repository = repository;
    }

    public Page<ModelCard> list(String q, UUID provinceId, MobilizationKind kind, MobilizationField field,
                                Integer year, PageRequest page) {
        return ListQuery.of(ModelCard.class)
                .where("e.publishedAt is not null")
                .equal("e.provinceId", provinceId)
                .equal("e.kind", kind)
                .equal("e.field", field)
                .equal("e.registrationYear", year)
                .matches(q, "e.title", "e.placeName", "e.personName")
                .page(repository.getEntityManager(), SORTING.parse(null), page);
    }

    public MobilizationModelEntity get(UUID id) {
        return repository.findPublished(id).orElseThrow(() -> ApiException.notFound(ModelAccess.ENTITY, id));
    }
}
