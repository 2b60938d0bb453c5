package vn.danvan.reception.portal;

import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.PortalPetitionsApi;
import vn.danvan.api.model.PortalPetitionCreate;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.security.Roles;

/** /api/v1/portal/petitions — online petitions forwarded by the provincial portal. */
@Idempotent
public class PortalPetitionResource implements PortalPetitionsApi {

    private final PortalPetitionService service;

    @Context
    UriInfo uriInfo;

    PortalPetitionResource(PortalPetitionService service) {
        this.service = service;
    }

    @Override
    @Transactional
    public Response submitPortalPetition(PortalPetitionCreate request, String idempotencyKey) {
        PortalPetitionService.Submission submission = service.submit(request);
        if (!submission.created()) {
            return Response.ok(submission.receipt()).build();
        }
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/receptions/{id}")
                .build(submission.receipt().getReceptionId()), submission.receipt());
    }
}
