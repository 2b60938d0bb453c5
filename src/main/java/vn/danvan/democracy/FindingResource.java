package vn.danvan.democracy;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.GrassrootsFindingsApi;
import vn.danvan.api.model.GrassrootsFindingCreate;
import vn.danvan.api.model.GrassrootsFindingHandling;
import vn.danvan.api.model.GrassrootsFindingPage;
import vn.danvan.api.model.GrassrootsFindingStatus;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /api/v1/grassroots-findings and the compliance summary. */
@Idempotent
public class FindingResource implements GrassrootsFindingsApi {

    private final FindingService findings;
    private final ComplianceService compliance;
    private final CommuneReach reach;
    private final GrassrootsMapper mapper;
    private final RecordHistories histories;
    private final GrassrootsHistories.Findings history;

    @Context
    UriInfo uriInfo;

    FindingResource(FindingService findings, ComplianceService compliance, CommuneReach reach, GrassrootsMapper mapper,
                    RecordHistories histories,
                    GrassrootsHistories.Findings history) {
        this.history = history;
        this.histories = histories;
        this.findings = findings;
        this.compliance = compliance;
        this.reach = reach;
        this.mapper = mapper;
    }

    @Override
    public Response listGrassrootsFindings(UUID organizationId, GrassrootsFindingStatus status, String q, Integer pageSize,
                                           String pageToken) {
        Page<FindingEntity> page = findings.list(organizationId, status, q, PageRequest.of(pageSize, pageToken));
        var names = reach.names(page.items().stream().map(f -> f.organizationId).distinct().toList());
        return Response.ok(new GrassrootsFindingPage().items(page.items().stream().map(f -> mapper.toApi(f, names)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createGrassrootsFinding(GrassrootsFindingCreate request, String idempotencyKey) {
        FindingEntity created = findings.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/grassroots-findings/{id}").build(created.id),
                view(created), created.version);
    }

    @Override
    public Response getGrassrootsFinding(UUID findingId) {
        FindingEntity finding = findings.get(findingId);
        return Responses.single(view(finding), finding.version);
    }

    @Override
    @Transactional
    public Response handleGrassrootsFinding(UUID findingId, String ifMatch, GrassrootsFindingHandling request,
                                            String idempotencyKey) {
        FindingEntity finding = findings.handle(findingId, ifMatch, request);
        return Responses.single(view(finding), finding.version);
    }

    @Override
    public Response summarizeGrassrootsCompliance(UUID organizationId, LocalDate from, LocalDate to) {
        return Response.ok(compliance.summary(organizationId, from, to)).build();
    }

    private vn.danvan.api.model.GrassrootsFinding view(FindingEntity finding) {
        return mapper.toApi(finding, reach.names(List.of(finding.organizationId)));
    }

    @Override
    public Response listGrassrootsFindingHistory(UUID findingId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, findingId, PageRequest.of(pageSize, pageToken))).build();
    }
}
