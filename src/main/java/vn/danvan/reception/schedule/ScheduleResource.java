package vn.danvan.reception.schedule;

import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.ReceptionScheduleDelta;
import vn.danvan.api.ReceptionSchedulesApi;
import vn.danvan.api.model.ReceptionScheduleCreate;
import vn.danvan.api.model.ReceptionScheduleOutcome;
import vn.danvan.api.model.ReceptionSchedulePage;
import vn.danvan.api.model.ReceptionScheduleUpdate;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.UUID;

/** /api/v1/reception-schedules — the reception schedule. */
@Idempotent
public class ScheduleResource implements ReceptionSchedulesApi {

    private final DeltaReader deltas;
    private final ScheduleService service;
    private final ScheduleMapper mapper;
    private final AppClock clock;

    @Context
    UriInfo uriInfo;

    ScheduleResource(ScheduleService service, ScheduleMapper mapper, AppClock clock, DeltaReader deltas) {
        this.deltas = deltas;
        this.service = service;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Response listReceptionSchedules(UUID organizationId, LocalDate from, LocalDate to, ReceptionType sessionType,
                                           Boolean missed, String q, Integer pageSize, String pageToken) {
        Page<ScheduleEntity> page = service.list(q, organizationId, from, to, sessionType, missed,
                PageRequest.of(pageSize, pageToken));
        LocalDate today = clock.today();
        return Response.ok(new ReceptionSchedulePage().items(page.items().stream().map(s -> mapper.toApi(s, today)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createReceptionSchedule(ReceptionScheduleCreate request, String idempotencyKey) {
        ScheduleEntity created = service.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/reception-schedules/{id}").build(created.id), mapper.toApi(created, clock.today()), created.version);
    }

    @Override
    public Response getReceptionSchedule(UUID scheduleId) {
        return single(service.get(scheduleId));
    }

    @Override
    @Transactional
    public Response updateReceptionSchedule(UUID scheduleId, String ifMatch, ReceptionScheduleUpdate request) {
        return single(service.update(scheduleId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response recordReceptionScheduleOutcome(UUID scheduleId, ReceptionScheduleOutcome request,
                                                   String idempotencyKey, String ifMatch) {
        return single(service.recordOutcome(scheduleId, ifMatch, request));
    }

    private Response single(ScheduleEntity entity) {
        return Responses.single(mapper.toApi(entity, clock.today()), entity.version);
    }

    @Override
    public Response syncReceptionSchedules(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(ScheduleQueries.SYNC, deltaToken, pageToken, pageSize,
                schedules -> { var today = clock.today(); return schedules.stream().map(s -> mapper.toApi(s, today)).toList(); }, (changed, removed, next, delta) -> new ReceptionScheduleDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }
}
