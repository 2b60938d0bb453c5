package vn.danvan.democracy;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.PublicGrassrootsDemocracyApi;
import vn.danvan.api.model.PublicGrassrootsCommentCreate;
import vn.danvan.api.model.PublicGrassrootsCommentReceipt;
import vn.danvan.api.model.PublicGrassrootsConsultationPage;
import vn.danvan.api.model.PublicGrassrootsDisclosurePage;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * /api/v1/public/grassroots-… — what anyone may read without an account: the communes' current disclosures and open
 * consultations (the same for every caller, so cacheable), and comments with a tracking code. Rate-limited per source
 * address. The public models hold no personal data.
 */
@Idempotent
public class PublicGrassrootsResource implements PublicGrassrootsDemocracyApi {

    /** The rate limiter's key prefix of comments, per source address. */
    static final String COMMENT_KEY = "grassroots-comment:";

    private final DisclosureService disclosures;
    private final ConsultationService consultations;
    private final GrassrootsCommentService comments;
    private final GrassrootsDutyService duties;
    private final CommuneReach reach;
    private final GrassrootsMapper mapper;
    private final RateLimiter limiter;
    private final RequestSource source;
    private final DemocracyConfig config;

    @Context
    UriInfo uriInfo;

    PublicGrassrootsResource(DisclosureService disclosures, ConsultationService consultations,
                             GrassrootsCommentService comments, GrassrootsDutyService duties, CommuneReach reach,
                             GrassrootsMapper mapper, RateLimiter limiter, RequestSource source, DemocracyConfig config) {
        this.disclosures = disclosures;
        this.consultations = consultations;
        this.comments = comments;
        this.duties = duties;
        this.reach = reach;
        this.mapper = mapper;
        this.limiter = limiter;
        this.source = source;
        this.config = config;
    }

    @Override
    public Response listPublicGrassrootsDisclosures(UUID organizationId, String q, Integer pageSize, String pageToken) {
        throttle("grassroots-read:", config.publicRequestsPerSource(), config.publicWindow());
        Page<DisclosureEntity> page = disclosures.current(organizationId, q, PageRequest.of(pageSize, pageToken));
        var names = reach.names(page.items().stream().map(d -> d.organizationId).distinct().toList());
        Map<String, String> titles = new HashMap<>();
        page.items().forEach(d -> titles.computeIfAbsent(d.dutyCode, code -> duties.inForce(code, d.approvedOn)
                .map(duty -> duty.title).orElse(code)));
        return cacheable(new PublicGrassrootsDisclosurePage().items(page.items().stream()
                .map(d -> mapper.toPublic(d, names, titles)).toList()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public Response listPublicGrassrootsConsultations(UUID organizationId, String q, Integer pageSize, String pageToken) {
        throttle("grassroots-read:", config.publicRequestsPerSource(), config.publicWindow());
        Page<ConsultationEntity> page = consultations.openToday(organizationId, q, PageRequest.of(pageSize, pageToken));
        var names = reach.names(page.items().stream().map(c -> c.organizationId).distinct().toList());
        return cacheable(new PublicGrassrootsConsultationPage().items(page.items().stream()
                .map(c -> mapper.toPublic(c, names)).toList()).nextPageToken(page.nextPageToken()));
    }

    @Override
    @Transactional
    public Response submitPublicGrassrootsComment(UUID consultationId, PublicGrassrootsCommentCreate request,
                                                  String idempotencyKey) {
        throttle(COMMENT_KEY, config.commentsPerSource(), config.commentWindow());
        GrassrootsCommentService.Receipt receipt = comments.submit(consultationId, request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/public/grassroots-comments/{code}")
                        .build(receipt.trackingCode()),
                new PublicGrassrootsCommentReceipt().trackingCode(receipt.trackingCode()).secret(receipt.secret())
                        .receivedOn(receipt.receivedOn()));
    }

    @Override
    @Transactional
    public Response lookUpGrassrootsComment(String trackingCode, String secret) {
        throttle("grassroots-lookup:", config.commentsPerSource() * 6, config.commentWindow());
        GrassrootsCommentEntity comment = comments.lookUp(trackingCode, secret);
        return Response.ok(mapper.toPublic(comment, comments.question(comment))).build();
    }

    private void throttle(String prefix, int limit, java.time.Duration window) {
        long wait = limiter.hit(prefix + source.address(), limit, window);
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", wait).retryAfter(wait);
        }
    }

    private Response cacheable(Object body) {
        return Response.ok(body).header("Cache-Control", "public, max-age=" + config.publicMaxAgeSeconds()).build();
    }
}
