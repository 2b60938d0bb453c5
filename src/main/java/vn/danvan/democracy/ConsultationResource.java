package vn.danvan.democracy;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.GrassrootsConsultationsApi;
import vn.danvan.api.model.GrassrootsCommentAnswer;
import vn.danvan.api.model.GrassrootsCommentCreate;
import vn.danvan.api.model.GrassrootsCommentPage;
import vn.danvan.api.model.GrassrootsConsultationClosing;
import vn.danvan.api.model.GrassrootsConsultationCreate;
import vn.danvan.api.model.GrassrootsConsultationPage;
import vn.danvan.api.model.GrassrootsConsultationStatus;
import vn.danvan.api.model.GrassrootsHamletResultCreate;
import vn.danvan.api.model.PersonalDataReadList;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.platform.time.AppClock;

import java.util.List;
import java.util.UUID;

/** /api/v1/grassroots-consultations and /api/v1/grassroots-comments — matters put to the people, and their comments. */
@Idempotent
public class ConsultationResource implements GrassrootsConsultationsApi {

    private final ConsultationService consultations;
    private final GrassrootsCommentService comments;
    private final CommuneReach reach;
    private final GrassrootsMapper mapper;
    private final AppClock clock;
    private final GrassrootsCommentViews commentViews;
    private final PersonalDataAccessLog accessLog;
    private final RecordHistories histories;
    private final GrassrootsHistories.Consultations history;

    @Context
    UriInfo uriInfo;

    ConsultationResource(ConsultationService consultations, GrassrootsCommentService comments, CommuneReach reach,
                         GrassrootsMapper mapper, AppClock clock, GrassrootsCommentViews commentViews,
                         PersonalDataAccessLog accessLog,
                         RecordHistories histories,
                         GrassrootsHistories.Consultations history) {
        this.history = history;
        this.histories = histories;
        this.consultations = consultations;
        this.comments = comments;
        this.reach = reach;
        this.mapper = mapper;
        this.clock = clock;
        this.commentViews = commentViews;
        this.accessLog = accessLog;
    }

    @Override
    public Response listGrassrootsConsultations(UUID organizationId, GrassrootsConsultationStatus status, Boolean overdue,
                                                String q, Integer pageSize, String pageToken) {
        Page<ConsultationEntity> page = consultations.list(organizationId, status, overdue, q, PageRequest.of(pageSize, pageToken));
        var names = reach.names(page.items().stream().map(c -> c.organizationId).distinct().toList());
        var today = clock.today();
        return Response.ok(new GrassrootsConsultationPage().items(page.items().stream()
                .map(c -> mapper.toApi(c, names, today)).toList()).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createGrassrootsConsultation(GrassrootsConsultationCreate request, String idempotencyKey) {
        ConsultationEntity created = consultations.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/grassroots-consultations/{id}").build(created.id),
                view(created), created.version);
    }

    @Override
    @Transactional
    public Response getGrassrootsConsultation(UUID consultationId) {
        return single(consultations.get(consultationId));
    }

    @Override
    @Transactional
    public Response recordGrassrootsHamletResult(UUID consultationId, String ifMatch, GrassrootsHamletResultCreate request,
                                                 String idempotencyKey) {
        return single(consultations.recordHamletResult(consultationId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response closeGrassrootsConsultation(UUID consultationId, String ifMatch, GrassrootsConsultationClosing request,
                                                String idempotencyKey) {
        return single(consultations.close(consultationId, ifMatch, request, comments.count(consultationId),
                comments.authorNames(consultationId)));
    }

    @Override
    @Transactional
    public Response listGrassrootsComments(UUID consultationId, Boolean answered, Integer pageSize, String pageToken) {
        var page = comments.list(consultationId, answered, PageRequest.of(pageSize, pageToken));
        return Response.ok(new GrassrootsCommentPage().items(commentViews.many(page.items(),
                PersonalDataAccessLog.Purpose.LIST)).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response recordGrassrootsComment(UUID consultationId, GrassrootsCommentCreate request, String idempotencyKey) {
        GrassrootsCommentEntity comment = comments.record(consultationId, request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/grassroots-consultations/{id}/comments")
                .build(consultationId), commentViews.one(comment), comment.version);
    }

    @Override
    @Transactional
    public Response answerGrassrootsComment(UUID commentId, String ifMatch, GrassrootsCommentAnswer request,
                                            String idempotencyKey) {
        GrassrootsCommentEntity comment = comments.answer(commentId, ifMatch, request);
        return Responses.single(commentViews.one(comment), comment.version);
    }

    @Override
    public Response listGrassrootsCommentPersonalDataReads(UUID commentId) {
        GrassrootsCommentEntity comment = comments.get(commentId);
        return Response.ok(new PersonalDataReadList()
                .items(accessLog.reads(PersonalDataAccessLog.Subject.GRASSROOTS_COMMENT, comment.id))).build();
    }

    private Response single(ConsultationEntity consultation) {
        return Responses.single(view(consultation), consultation.version);
    }

    private vn.danvan.api.model.GrassrootsConsultation view(ConsultationEntity consultation) {
        return mapper.toApi(consultation, reach.names(List.of(consultation.organizationId)), clock.today());
    }

    @Override
    public Response listGrassrootsConsultationHistory(UUID consultationId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, consultationId, PageRequest.of(pageSize, pageToken))).build();
    }
}
