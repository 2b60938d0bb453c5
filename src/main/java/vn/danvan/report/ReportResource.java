package vn.danvan.report;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.ReportsApi;
import vn.danvan.api.model.ConsolidationNarrative;
import vn.danvan.api.model.RecurringReportRequestCreate;
import vn.danvan.api.model.Report;
import vn.danvan.api.model.ReportRequestCreate;
import vn.danvan.api.model.ReportRequestSeries;
import vn.danvan.api.model.ReportReturn;
import vn.danvan.api.model.ReportUpdate;
import vn.danvan.platform.document.AdministrativeDocumentWriter;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;

import java.util.List;
import java.util.UUID;

/** /api/v1/report-requests and /api/v1/reports — periodic reports. */
@Idempotent
public class ReportResource implements ReportsApi {

    private final ReportService service;
    private final ReportViews views;
    private final ReportDocuments documents;

    @Context
    UriInfo uriInfo;

    ReportResource(ReportService service, ReportViews views, ReportDocuments documents) {
        this.service = service;
        this.views = views;
        this.documents = documents;
    }

    @Override
    @Transactional
    public Response createReportRequest(ReportRequestCreate request, String idempotencyKey) {
        ReportRequestEntity created = service.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/report-requests/{id}").build(created.id),
                views.request(created, null), created.version);
    }

    @Override
    @Transactional
    public Response createRecurringReportRequests(RecurringReportRequestCreate request, String idempotencyKey) {
        UUID seriesId = UUID.randomUUID();
        List<ReportRequestEntity> created = service.createRecurring(request, seriesId);
        return Response.status(Response.Status.CREATED).entity(new ReportRequestSeries().seriesId(seriesId)
                .requests(created.stream().map(r -> views.request(r, null)).toList())).build();
    }

    @Override
    @Transactional
    public Response getReportRequest(UUID requestId) {
        ReportRequestEntity request = service.request(requestId);
        return Responses.single(views.request(request, null), request.version);
    }

    @Override
    @Transactional
    public Response sendReportReminders(UUID requestId, String idempotencyKey) {
        int reminded = service.remind(requestId);
        ReportRequestEntity request = service.request(requestId);
        return Responses.single(views.request(request, reminded), request.version);
    }

    @Override
    @Transactional
    public Response getConsolidatedReport(UUID requestId) {
        ReportRequestEntity request = service.request(requestId);
        return Responses.single(views.consolidation(request), request.version);
    }

    @Override
    @Transactional
    public Response updateConsolidationNarrative(UUID requestId, String ifMatch, ConsolidationNarrative narrative) {
        ReportRequestEntity request = service.writeNarrative(requestId, ifMatch, narrative);
        return Responses.single(views.consolidation(request), request.version);
    }

    @Override
    @Transactional
    public Response exportConsolidatedReport(UUID requestId) {
        ReportRequestEntity request = service.request(requestId);
        return docx(documents.consolidation(views.consolidation(request), request.title), "tong-hop-" + requestId);
    }

    @Override
    @Transactional
    public Response getReport(UUID reportId) {
        return single(service.report(reportId));
    }

    @Override
    @Transactional
    public Response updateReport(UUID reportId, String ifMatch, ReportUpdate request) {
        return single(service.update(reportId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response submitReport(UUID reportId, String ifMatch, String idempotencyKey) {
        return single(service.submit(reportId, ifMatch));
    }

    @Override
    @Transactional
    public Response returnReport(UUID reportId, String ifMatch, ReportReturn request, String idempotencyKey) {
        return single(service.returnToUnit(reportId, ifMatch, request.getReason()));
    }

    @Override
    @Transactional
    public Response acceptReport(UUID reportId, String ifMatch, String idempotencyKey) {
        return single(service.accept(reportId, ifMatch));
    }

    @Override
    @Transactional
    public Response exportReport(UUID reportId) {
        ReportEntity entity = service.report(reportId);
        Report report = views.report(entity);
        return docx(documents.report(report, service.request(entity.requestId, false).requestingOrganizationId),
                "bao-cao-" + reportId);
    }

    private Response single(ReportEntity report) {
        return Responses.single(views.report(report), report.version);
    }

    private static Response docx(byte[] content, String name) {
        return Response.ok(content, AdministrativeDocumentWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"").build();
    }
}
