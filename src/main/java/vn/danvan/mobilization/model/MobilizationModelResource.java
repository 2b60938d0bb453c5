package vn.danvan.mobilization.model;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.sync.DeltaReader;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.MobilizationModel;
import vn.danvan.api.model.MobilizationModelDelta;
import vn.danvan.api.MobilizationModelsApi;
import vn.danvan.api.model.AppraisalRequest;
import vn.danvan.api.model.Commendation;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationModelCreate;
import vn.danvan.api.model.MobilizationModelPage;
import vn.danvan.api.model.MobilizationModelUpdate;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.api.model.OutstandingSelection;
import vn.danvan.api.model.ProgressReportCreate;
import vn.danvan.api.model.ProgressReportPage;
import vn.danvan.api.model.ReasonRequest;
import vn.danvan.api.model.Recognition;
import vn.danvan.api.model.Rejection;
import vn.danvan.mobilization.statistics.ModelStatistics;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** /api/v1/mobilization-models — models and exemplars, their lifecycle actions, lineage, reports and statistics. */
@Idempotent
public class MobilizationModelResource implements MobilizationModelsApi {


    private final DeltaReader deltas;
    private final ModelService service;
    private final ModelLifecycle lifecycle;
    private final ModelAccess access;
    private final ModelQueries queries;
    private final ModelStatistics statistics;
    private final ReplicationLineage lineage;
    private final ProgressReports reports;
    private final ModelRepository repository;
    private final ModelMapper mapper;
    private final ProgressReportMapper reportMapper;
    private final ModelFiles files;
    private final AttachmentResponses attachmentResponses;
    private final ModelHistory history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    MobilizationModelResource(ModelService service, ModelLifecycle lifecycle, ModelAccess access, ModelQueries queries,
                              ModelStatistics statistics, ReplicationLineage lineage, ProgressReports reports,
                              ModelRepository repository, ModelMapper mapper, ProgressReportMapper reportMapper,
                              ModelFiles files, AttachmentResponses attachmentResponses, DeltaReader deltas,
                              ModelHistory history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.deltas = deltas;
        this.service = service;
        this.lifecycle = lifecycle;
        this.access = access;
        this.queries = queries;
        this.statistics = statistics;
        this.lineage = lineage;
        this.reports = reports;
        this.repository = repository;
        this.mapper = mapper;
        this.reportMapper = reportMapper;
        this.files = files;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    @Transactional
    public Response listMobilizationModels(String q, MobilizationKind kind, MobilizationField field,
                                           MobilizationLevel level, MobilizationStatus status, MobilizationPhase phase,
                                           Integer year, UUID organizationId, UUID replicationOfId, Boolean published,
                                           String sort, Integer pageSize, String pageToken) {
        Page<ModelCard> page = queries.list(new ModelQueries.Filter(q, kind, field, level, status, phase,
                year, organizationId, replicationOfId, published), sort, PageRequest.of(pageSize, pageToken));
        Map<UUID, Integer> counts = repository.countReplications(page.items().stream().map(m -> m.id).toList());
        return Response.ok(new MobilizationModelPage()
                .items(page.items().stream().map(m -> mapper.toSummary(m, counts.getOrDefault(m.id, 0))).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createMobilizationModel(MobilizationModelCreate request, String idempotencyKey) {
        MobilizationModelEntity created = service.create(request, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/mobilization-models/{id}").build(created.id),
                mapper.toApi(created, 0), created.version);
    }

    @Override
    public Response getMobilizationStatistics(MobilizationPhase phase, Integer year, UUID organizationId,
                                              Integer organizationLimit) {
        return Response.ok(statistics.compute(phase, year, organizationId, organizationLimit)).build();
    }

    @Override
    @Transactional
    public Response getMobilizationModel(UUID modelId) {
        return single(access.get(modelId));
    }

    @Override
    @Transactional
    public Response updateMobilizationModel(UUID modelId, String ifMatch, MobilizationModelUpdate request) {
        return single(service.update(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response deleteMobilizationModel(UUID modelId, String ifMatch) {
        service.delete(modelId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response registerMobilizationModel(UUID modelId, String idempotencyKey, String ifMatch) {
        return single(lifecycle.register(modelId, ifMatch));
    }

    @Override
    @Transactional
    public Response appraiseMobilizationModel(UUID modelId, AppraisalRequest request, String idempotencyKey,
                                              String ifMatch) {
        return single(lifecycle.appraise(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response recognizeMobilizationModel(UUID modelId, Recognition request, String idempotencyKey, String ifMatch) {
        return single(lifecycle.recognize(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response rejectMobilizationModel(UUID modelId, Rejection request, String idempotencyKey, String ifMatch) {
        return single(lifecycle.reject(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response selectOutstandingMobilizationModel(UUID modelId, OutstandingSelection request,
                                                       String idempotencyKey, String ifMatch) {
        return single(lifecycle.selectOutstanding(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response commendMobilizationModel(UUID modelId, Commendation request, String idempotencyKey, String ifMatch) {
        return single(lifecycle.commend(modelId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response returnMobilizationModel(UUID modelId, ReasonRequest request, String idempotencyKey, String ifMatch) {
        return single(lifecycle.returnForRevision(modelId, ifMatch, request.getReason()));
    }

    @Override
    @Transactional
    public Response withdrawMobilizationModel(UUID modelId, ReasonRequest request, String idempotencyKey,
                                              String ifMatch) {
        return single(lifecycle.withdraw(modelId, ifMatch, request.getReason()));
    }

    @Override
    @Transactional
    public Response publishMobilizationModel(UUID modelId, String idempotencyKey, String ifMatch) {
        return single(lifecycle.publish(modelId, ifMatch));
    }

    @Override
    @Transactional
    public Response unpublishMobilizationModel(UUID modelId, String ifMatch) {
        lifecycle.unpublish(modelId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response getMobilizationModelLineage(UUID modelId) {
        return Response.ok(lineage.of(modelId)).build();
    }

    @Override
    @Transactional
    public Response listMobilizationProgressReports(UUID modelId, Integer pageSize, String pageToken) {
        Page<ProgressReportEntity> page = reports.list(modelId, PageRequest.of(pageSize, pageToken));
        return Response.ok(new ProgressReportPage().items(page.items().stream().map(reportMapper::toApi).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createMobilizationProgressReport(UUID modelId, ProgressReportCreate request, String idempotencyKey) {
        ProgressReportEntity created = reports.create(modelId, request);
        return Responses.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/mobilization-models/{id}/progress-reports/{reportId}").build(modelId, created.id),
                reportMapper.toApi(created), created.version);
    }

    @Override
    @Transactional
    public Response listMobilizationModelPhotos(UUID modelId) {
        return attachmentResponses.list(files.list(ModelFiles.Kind.PHOTO, modelId));
    }

    @Override
    @Transactional
    public Response uploadMobilizationModelPhoto(UUID modelId, String fileName, File body, String idempotencyKey) {
        return upload(ModelFiles.Kind.PHOTO, modelId, fileName, body);
    }

    @Override
    @Transactional
    public Response downloadMobilizationModelPhoto(UUID modelId, UUID attachmentId) {
        return attachmentResponses.download(files.open(ModelFiles.Kind.PHOTO, modelId, attachmentId));
    }

    @Override
    @Transactional
    public Response listMobilizationModelDocuments(UUID modelId) {
        return attachmentResponses.list(files.list(ModelFiles.Kind.DOCUMENT, modelId));
    }

    @Override
    @Transactional
    public Response uploadMobilizationModelDocument(UUID modelId, String fileName, File body, String idempotencyKey) {
        return upload(ModelFiles.Kind.DOCUMENT, modelId, fileName, body);
    }

    @Override
    @Transactional
    public Response downloadMobilizationModelDocument(UUID modelId, UUID attachmentId) {
        return attachmentResponses.download(files.open(ModelFiles.Kind.DOCUMENT, modelId, attachmentId));
    }

    private Response upload(ModelFiles.Kind kind, UUID modelId, String fileName, File body) {
        String contentType = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        AttachmentEntity attachment = files.upload(kind, modelId, fileName, contentType, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/mobilization-models/{id}/" + kind.path + "/{attachmentId}/content")
                .build(modelId, attachment.id));
    }

    private Response single(MobilizationModelEntity model) {
        return Responses.single(mapper.toApi(model, repository.countReplications(model.id)), model.version);
    }

    @Override
    public Response syncMobilizationModels(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(ModelQueries.SYNC, deltaToken, pageToken, pageSize,
                this::withReplicationCounts, (changed, removed, next, delta) -> new MobilizationModelDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    /** Models as officials see them, their replication counts read in one query for the page. */
    private List<MobilizationModel> withReplicationCounts(List<MobilizationModelEntity> models) {
        Map<UUID, Integer> counts = repository.countReplications(models.stream().map(m -> m.id).toList());
        return models.stream().map(m -> mapper.toApi(m, counts.getOrDefault(m.id, 0))).toList();
    }

    @Override
    public Response listMobilizationModelHistory(UUID modelId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, modelId, PageRequest.of(pageSize, pageToken))).build();
    }
}
