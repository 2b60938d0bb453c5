package vn.danvan.evaluation.scoring;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.EvaluationsApi;
import vn.danvan.api.model.EvaluationCreate;
import vn.danvan.api.model.EvaluationPage;
import vn.danvan.api.model.EvaluationReopeningCreate;
import vn.danvan.api.model.EvaluationScoring;
import vn.danvan.api.model.EvaluationStatus;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.io.File;
import java.util.UUID;

/** /api/v1/evaluations and /api/v1/evaluation-ranking — scoring, finalising, reopening, ranking. */
@Idempotent
public class EvaluationResource implements EvaluationsApi {

    private final Evaluations evaluations;
    private final EvaluationQueries queries;
    private final EvaluationViews views;
    private final EvaluationHistory history;
    private final RecordHistories histories;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    EvaluationResource(Evaluations evaluations, EvaluationQueries queries, EvaluationViews views,
                       EvaluationHistory history, RecordHistories histories, AttachmentService attachments,
                       AttachmentResponses attachmentResponses) {
        this.evaluations = evaluations;
        this.queries = queries;
        this.views = views;
        this.history = history;
        this.histories = histories;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    @Transactional
    public Response listEvaluations(UUID provinceId, Integer year, UUID organizationId, EvaluationStatus status,
                                    Integer pageSize, String pageToken) {
        Page<EvaluationEntity> page = queries.list(provinceId, year, organizationId, status,
                PageRequest.of(pageSize, pageToken));
        return Response.ok(new EvaluationPage().items(views.of(page.items())).nextPageToken(page.nextPageToken()))
                .build();
    }

    @Override
    @Transactional
    public Response openEvaluation(EvaluationCreate request, String idempotencyKey) {
        EvaluationEntity evaluation = evaluations.open(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/evaluations/{id}").build(evaluation.id),
                views.of(evaluation), evaluation.version);
    }

    @Override
    @Transactional
    public Response getEvaluation(UUID evaluationId) {
        EvaluationEntity evaluation = evaluations.get(evaluationId);
        return Responses.single(views.of(evaluation), evaluation.version);
    }

    @Override
    @Transactional
    public Response scoreEvaluation(UUID evaluationId, String ifMatch, EvaluationScoring request) {
        EvaluationEntity evaluation = evaluations.score(evaluationId, ifMatch, request);
        return Responses.single(views.of(evaluation), evaluation.version);
    }

    @Override
    @Transactional
    public Response finaliseEvaluation(UUID evaluationId, String ifMatch, String idempotencyKey) {
        EvaluationEntity evaluation = evaluations.finalise(evaluationId, ifMatch);
        return Responses.single(views.of(evaluation), evaluation.version);
    }

    @Override
    @Transactional
    public Response reopenEvaluation(UUID evaluationId, String ifMatch, EvaluationReopeningCreate request,
                                     String idempotencyKey) {
        EvaluationEntity evaluation = evaluations.reopen(evaluationId, ifMatch, request.getReason());
        return Responses.single(views.of(evaluation), evaluation.version);
    }

    @Override
    @Transactional
    public Response getEvaluationRanking(UUID provinceId, Integer year) {
        return Response.ok(queries.ranking(provinceId, year)).build();
    }

    @Override
    public Response listEvaluationHistory(UUID evaluationId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, evaluationId, PageRequest.of(pageSize, pageToken))).build();
    }

    @Override
    @Transactional
    public Response listEvaluationAttachments(UUID evaluationId) {
        evaluations.get(evaluationId);
        return attachmentResponses.list(attachments.list(Evaluations.ATTACHMENT_OWNER, evaluationId));
    }

    @Override
    @Transactional
    public Response uploadEvaluationAttachment(UUID evaluationId, String fileName, File body, String idempotencyKey) {
        EvaluationEntity evaluation = evaluations.forAttachment(evaluationId);
        AttachmentEntity attachment = attachments.upload(Evaluations.ATTACHMENT_OWNER, evaluation.id,
                AttachmentPolicy.DOCUMENTS_AND_IMAGES, fileName,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(), evaluation.organizationId,
                body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/evaluations/{id}/attachments/{attachmentId}/content").build(evaluation.id, attachment.id));
    }

    @Override
    @Transactional
    public Response downloadEvaluationAttachment(UUID evaluationId, UUID attachmentId) {
        evaluations.get(evaluationId);
        return attachmentResponses.download(attachments.open(Evaluations.ATTACHMENT_OWNER, evaluationId, attachmentId));
    }
}
