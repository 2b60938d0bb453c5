package vn.danvan.reception.portal;

import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.organization.OrganizationTreeQueries;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.PublicReceptionApi;
import vn.danvan.api.model.PublishedCaseResultPage;
import vn.danvan.api.model.PublishedReceptionSchedulePage;
import vn.danvan.reception.ReceptionConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.reception.casefile.CaseQueries;
import vn.danvan.reception.schedule.ScheduleEntity;
import vn.danvan.reception.schedule.ScheduleService;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * /api/v1/public — what anyone may read: the published schedule, published results and the status of
 * an online petition. Built by PortalMapper into the contract's public models, which hold no personal data.
 */
@Idempotent
public class PublicReceptionResource implements PublicReceptionApi {

    static final String RATE_KEY = "petition-status:";

    private final ScheduleService schedules;
    private final PortalPetitionService petitions;
    private final OrganizationTreeQueries organizations;
    private final CaseQueries cases;
    private final RateLimiter limiter;
    private final RequestSource source;
    private final ReceptionConfig config;
    private final PortalMapper mapper;

    PublicReceptionResource(ScheduleService schedules, PortalPetitionService petitions, OrganizationTreeQueries organizations,
                            CaseQueries cases, RateLimiter limiter, RequestSource source, ReceptionConfig config,
                            PortalMapper mapper) {
        this.mapper = mapper;
        this.schedules = schedules;
        this.petitions = petitions;
        this.organizations = organizations;
        this.cases = cases;
        this.limiter = limiter;
        this.source = source;
        this.config = config;
    }

    @Override
    public Response listPublishedReceptionSchedules(UUID organizationId, LocalDate from, String q, Integer pageSize,
                                                    String pageToken) {
        Page<ScheduleEntity> page = schedules.published(q, organizationId, from, PageRequest.of(pageSize, pageToken));
        Map<UUID, String> orgNames = organizations.names(page.items().stream().map(s -> s.organizationId).distinct().toList());
        return Response.ok(new PublishedReceptionSchedulePage()
                .items(page.items().stream().map(s -> mapper.toPublished(s, orgNames)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    public Response listPublishedCaseResults(UUID organizationId, LocalDate from, LocalDate to, String q, Integer pageSize,
                                             String pageToken) {
        Page<CaseEntity> page = cases.published(q, organizationId, from, to, PageRequest.of(pageSize, pageToken));
        Map<UUID, String> orgNames = organizations.names(page.items().stream().map(c -> c.organizationId).distinct().toList());
        return Response.ok(new PublishedCaseResultPage()
                .items(page.items().stream().map(c -> mapper.toPublished(c, orgNames)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response lookUpPetitionStatus(String trackingCode, String secret) {
        long wait = limiter.hit(RATE_KEY + source.address(), config.statusLookupsPerSource(),
                config.statusLookupWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "reception.status-lookups-exceeded", wait)
                    .retryAfter(wait);
        }
        return Response.ok(petitions.status(trackingCode, secret)).build();
    }
}
