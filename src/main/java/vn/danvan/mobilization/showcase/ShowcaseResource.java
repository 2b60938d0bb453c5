package vn.danvan.mobilization.showcase;

import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.platform.idempotency.Idempotent;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.ShowcaseApi;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.PublicMobilizationModelPage;
import vn.danvan.api.model.PublicPhotoList;
import vn.danvan.mobilization.model.MobilizationModelEntity;
import vn.danvan.mobilization.model.ModelCard;
import vn.danvan.mobilization.model.ModelFiles;
import vn.danvan.mobilization.model.ModelRepository;
import vn.danvan.mobilization.MobilizationConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /api/v1/public/mobilization-models — the showcase for the portal and the media: anonymous or
 * PORTAL_CLIENT, rate-limited per source address, and cacheable by browsers and shared caches (the
 * answers hold only published models and public fields, the same for every caller). The list and the
 * model are read without a JTA transaction (Hibernate's request-scoped session reads), which costs
 * less per request; the photo reads keep one because the attachments service expects it.
 */
@Idempotent
public class ShowcaseResource implements ShowcaseApi {

    private final Showcase showcase;
    private final ModelRepository repository;
    private final ShowcaseMapper mapper;
    private final RateLimiter limiter;
    private final RequestSource source;
    private final MobilizationConfig settings;
    private final ModelFiles files;
    private final AttachmentResponses attachmentResponses;
    private final OrganizationPlaces places;

    /** Photos do not change once uploaded: an hour in caches is safe. */
    private static final int PHOTO_MAX_AGE_SECONDS = 3600;

    ShowcaseResource(Showcase showcase, ModelRepository repository, ShowcaseMapper mapper, RateLimiter limiter,
                     RequestSource source, MobilizationConfig config, ModelFiles files,
                     AttachmentResponses attachmentResponses, OrganizationPlaces places) {
        this.places = places;
        this.showcase = showcase;
        this.repository = repository;
        this.mapper = mapper;
        this.limiter = limiter;
        this.source = source;
        this.settings = config;
        this.files = files;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listPublicMobilizationModels(String q, UUID provinceId, MobilizationKind kind,
                                                 MobilizationField field, Integer year, Integer pageSize,
                                                 String pageToken) {
        throttle();
        Page<ModelCard> page = showcase.list(q, provinceId, kind, field, year,
                PageRequest.of(pageSize, pageToken));
        Map<UUID, Integer> counts = repository.countReplications(page.items().stream().map(m -> m.id).toList());
        Map<UUID, String> names = places.names(page.items().stream().map(m -> m.organizationId).toList());
        return cacheable(new PublicMobilizationModelPage()
                .items(page.items().stream()
                        .map(m -> mapper.toPublicSummary(m, counts.getOrDefault(m.id, 0), names)).toList())
                .nextPageToken(page.nextPageToken()));
    }

    @Override
    public Response getPublicMobilizationModel(UUID modelId) {
        throttle();
        MobilizationModelEntity model = showcase.get(modelId);
        return cacheable(mapper.toPublic(model, repository.countReplications(model.id),
                places.names(List.of(model.organizationId))));
    }

    @Override
    @Transactional
    public Response listPublicMobilizationModelPhotos(UUID modelId) {
        throttle();
        MobilizationModelEntity model = showcase.get(modelId);
        return cacheable(new PublicPhotoList().items(files.publicPhotos(model.id).stream()
                .map(mapper::toPublic).toList()));
    }

    @Override
    @Transactional
    public Response downloadPublicMobilizationModelPhoto(UUID modelId, UUID attachmentId) {
        throttle();
        MobilizationModelEntity model = showcase.get(modelId);
        // The platform's download is private to officials; a published photo may be kept by shared caches.
        return Response.fromResponse(attachmentResponses.download(files.openPublicPhoto(model.id, attachmentId)))
                .header("Cache-Control", null)
                .header("Cache-Control", "public, max-age=" + PHOTO_MAX_AGE_SECONDS)
                .build();
    }

    private void throttle() {
        long wait = limiter.hit(throttleKey(source.address()), settings.showcaseRequestsPerSource(),
                settings.showcaseWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
    }

    /** The rate limiter's key of a source address. */
    public static String throttleKey(String address) {
        return "showcase:" + address;
    }

    private Response cacheable(Object body) {
        return Response.ok(body).header("Cache-Control", "public, max-age=" + settings.showcaseMaxAgeSeconds()).build();
    }
}
