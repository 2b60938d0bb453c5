package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.paging.KeysetPager;
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
        Map<String, Object> params = new HashMap<>();
        StringBuilder from = new StringBuilder(
                "from ModelCard e where e.publishedAt is not null and e.deletedAt is null");
        if (provinceId != null) {
            from.append(" and e.provinceId = :province");
            params.put("province", provinceId);
        }
        if (kind != null) {
            from.append(" and e.kind = :kind");
            params.put("kind", kind);
        }
        if (field != null) {
            from.append(" and e.field = :field");
            params.put("field", field);
        }
        if (year != null) {
            from.append(" and e.registrationYear = :year");
            params.put("year", year);
        }
        if (q != null && !q.isBlank()) {
            String like = " like :q escape '" + TextSearch.ESCAPE + "'";
            from.append(" and (e.title").append(like).append(" or e.placeName").append(like)
                    .append(" or e.personName").append(like).append(")");
            params.put("q", TextSearch.containsPattern(q));
        }
        String filters = String.join("|", "showcase", String.valueOf(q), String.valueOf(provinceId),
                String.valueOf(kind), String.valueOf(field), String.valueOf(year));
        return KeysetPager.page(repository.getEntityManager(), ModelCard.class, from.toString(), params,
                filters, SORTING.parse(null), page);
    }

    public MobilizationModelEntity get(UUID id) {
        return repository.findPublished(id).orElseThrow(() -> ApiException.notFound(ModelAccess.ENTITY, id));
    }
}
