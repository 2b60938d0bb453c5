package vn.danvan.mobilization.settings;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.sync.DeltaReader;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.AppraisalCriterionDelta;
import vn.danvan.api.model.RegistrationWindowDelta;
import vn.danvan.api.MobilizationSettingsApi;
import vn.danvan.api.model.AppraisalCriterionCreate;
import vn.danvan.api.model.AppraisalCriterionPage;
import vn.danvan.api.model.AppraisalCriterionUpdate;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.RegistrationReopeningCreate;
import vn.danvan.api.model.RegistrationWindowCreate;
import vn.danvan.api.model.RegistrationWindowPage;
import vn.danvan.api.model.RegistrationWindowUpdate;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;

import java.util.UUID;

/** Registration windows and appraisal criteria of the provinces (data per province and phase). */
@Idempotent
public class MobilizationSettingsResource implements MobilizationSettingsApi {

    private final ProvinceSettingsAccess access;
    private final DeltaReader deltas;
    private final RegistrationWindows windows;
    private final AppraisalCriteria criteria;
    private final SettingsMapper mapper;
    private final SettingsHistories.Windows windowHistory;
    private final SettingsHistories.Criteria criterionHistory;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    private final RegistrationReopenings reopenings;
    private final RegistrationWindowViews windowViews;

    MobilizationSettingsResource(RegistrationWindows windows, AppraisalCriteria criteria, SettingsMapper mapper, DeltaReader deltas,
                                 ProvinceSettingsAccess access, RegistrationReopenings reopenings,
                                 RegistrationWindowViews windowViews, SettingsHistories.Windows windowHistory,
                                 SettingsHistories.Criteria criterionHistory, RecordHistories histories) {
        this.reopenings = reopenings;
        this.windowViews = windowViews;
        this.windowHistory = windowHistory;
        this.criterionHistory = criterionHistory;
        this.histories = histories;
        this.access = access;
        this.deltas = deltas;
        this.windows = windows;
        this.criteria = criteria;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Response listRegistrationWindows(UUID provinceId, Integer year, Integer pageSize, String pageToken) {
        Page<RegistrationWindowEntity> page = windows.list(provinceId, year, PageRequest.of(pageSize, pageToken));
        return Response.ok(new RegistrationWindowPage().items(windowViews.of(page.items()))
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createRegistrationWindow(RegistrationWindowCreate request, String idempotencyKey) {
        RegistrationWindowEntity created = windows.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/mobilization-registration-windows/{id}").build(created.id),
                windowViews.of(created), created.version);
    }

    @Override
    @Transactional
    public Response getRegistrationWindow(UUID windowId) {
        RegistrationWindowEntity window = windows.get(windowId);
        return Responses.single(windowViews.of(window), window.version);
    }

    @Override
    @Transactional
    public Response updateRegistrationWindow(UUID windowId, String ifMatch, RegistrationWindowUpdate request) {
        RegistrationWindowEntity window = windows.update(windowId, ifMatch, request);
        return Responses.single(windowViews.of(window), window.version);
    }

    @Override
    @Transactional
    public Response deleteRegistrationWindow(UUID windowId, String ifMatch) {
        windows.delete(windowId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response reopenRegistrationWindow(UUID windowId, RegistrationReopeningCreate request, String idempotencyKey) {
        RegistrationReopeningEntity created = reopenings.create(windowId, request);
        return Responses.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/mobilization-registration-windows/{windowId}/reopenings/{id}")
                        .build(created.windowId, created.id), windowViews.of(created), created.version);
    }

    @Override
    @Transactional
    public Response getRegistrationReopening(UUID windowId, UUID reopeningId) {
        RegistrationReopeningEntity reopening = reopenings.get(windowId, reopeningId);
        return Responses.single(windowViews.of(reopening), reopening.version);
    }

    @Override
    @Transactional
    public Response withdrawRegistrationReopening(UUID windowId, UUID reopeningId, String ifMatch) {
        reopenings.withdraw(windowId, reopeningId, ifMatch);
        return Responses.noContent();
    }

    @Override
    @Transactional
    public Response listAppraisalCriteria(UUID provinceId, MobilizationPhase phase, Integer pageSize, String pageToken) {
        Page<AppraisalCriterionEntity> page = criteria.list(provinceId, phase, PageRequest.of(pageSize, pageToken));
        return Response.ok(new AppraisalCriterionPage().items(page.items().stream()
                .map(mapper::toApi).toList()).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createAppraisalCriterion(AppraisalCriterionCreate request, String idempotencyKey) {
        AppraisalCriterionEntity created = criteria.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/mobilization-appraisal-criteria/{id}").build(created.id), mapper.toApi(created),
                created.version);
    }

    @Override
    @Transactional
    public Response getAppraisalCriterion(UUID criterionId) {
        AppraisalCriterionEntity criterion = criteria.get(criterionId);
        return Responses.single(mapper.toApi(criterion), criterion.version);
    }

    @Override
    @Transactional
    public Response updateAppraisalCriterion(UUID criterionId, String ifMatch, AppraisalCriterionUpdate request) {
        AppraisalCriterionEntity criterion = criteria.update(criterionId, ifMatch, request);
        return Responses.single(mapper.toApi(criterion), criterion.version);
    }

    @Override
    @Transactional
    public Response deleteAppraisalCriterion(UUID criterionId, String ifMatch) {
        criteria.delete(criterionId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    public Response syncRegistrationWindows(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(access.syncCollection("registration-windows", RegistrationWindowEntity.class),
                deltaToken, pageToken, pageSize, windowViews::of,
                (changed, removed, next, delta) -> new RegistrationWindowDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response syncAppraisalCriteria(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(access.syncCollection("appraisal-criteria", AppraisalCriterionEntity.class),
                deltaToken, pageToken, pageSize, items -> items.stream().map(mapper::toApi).toList(),
                (changed, removed, next, delta) -> new AppraisalCriterionDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response listRegistrationWindowHistory(UUID windowId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(windowHistory, windowId, PageRequest.of(pageSize, pageToken))).build();
    }

    @Override
    public Response listAppraisalCriterionHistory(UUID criterionId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(criterionHistory, criterionId, PageRequest.of(pageSize, pageToken))).build();
    }
}
