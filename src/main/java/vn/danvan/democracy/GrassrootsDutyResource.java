package vn.danvan.democracy;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.GrassrootsDutiesApi;
import vn.danvan.api.model.GrassrootsDutyCreate;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.api.model.GrassrootsDutyList;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;

import java.time.LocalDate;

/** /api/v1/grassroots-duties — the law's catalogue kept as data. */
@Idempotent
public class GrassrootsDutyResource implements GrassrootsDutiesApi {

    private final GrassrootsDutyService duties;
    private final GrassrootsMapper mapper;

    @Context
    UriInfo uriInfo;

    GrassrootsDutyResource(GrassrootsDutyService duties, GrassrootsMapper mapper) {
        this.duties = duties;
        this.mapper = mapper;
    }

    @Override
    public Response listGrassrootsDuties(GrassrootsDutyKind kind, String code, LocalDate asOf) {
        return Response.ok(new GrassrootsDutyList().items(duties.list(kind, code, asOf).stream().map(mapper::toApi).toList()))
                .build();
    }

    @Override
    @Transactional
    public Response createGrassrootsDuty(GrassrootsDutyCreate request, String idempotencyKey) {
        GrassrootsDutyEntity duty = duties.add(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/grassroots-duties").queryParam("code", duty.code)
                .build(), mapper.toApi(duty), duty.version);
    }
}
